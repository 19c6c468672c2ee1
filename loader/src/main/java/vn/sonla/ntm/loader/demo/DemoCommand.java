package vn.sonla.ntm.loader.demo;

import vn.sonla.ntm.loader.Command;
import vn.sonla.ntm.loader.Log;
import vn.sonla.ntm.loader.Options;
import vn.sonla.ntm.loader.Services;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code demo}: the demo content of {@link DemoScenario}, loaded as the demo realm's users through the services' APIs.
 * Running it again writes nothing; a run cut short is completed by the next.
 */
public final class DemoCommand implements Command {

    private final Log log;

    public DemoCommand(Log log) {
        this.log = log;
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "demo data of the demo realm: assessments in every state, obstacles, roadmaps, funding 2019-2021 (idempotent)";
    }

    @Override
    public int run(Services services, Options options) {
        long started = System.nanoTime();
        Tally tally = new Tally();
        JsonNode set = services.criteria().version(DemoAssessments.COORDINATOR, DemoScenario.SET_CODE, DemoScenario.SET_VERSION);
        if (!set.path("status").asText().equals("PUBLISHED")) {
            throw new IllegalStateException(DemoScenario.SET_CODE + " v" + DemoScenario.SET_VERSION + " is " + set.path("status").asText()
                    + ", not PUBLISHED: the demo assesses communes against it");
        }
        new DemoAssessments(services.assessment(), set, log, tally).load(DemoScenario.ASSESSMENTS);
        DemoRoadmapsAndObstacles desk = new DemoRoadmapsAndObstacles(services.assessment(), log, tally);
        desk.roadmaps(DemoScenario.ROADMAPS);
        desk.obstacles(DemoScenario.OBSTACLES);
        new DemoFunding(services.funding(), log, tally).load(DemoScenario.PLANS, DemoScenario.FUNDING_YEARS);
        long ms = (System.nanoTime() - started) / 1_000_000;
        log.info("demo data " + (tally.writes() == 0 ? "complete, nothing to add" : "loaded") + " in " + ms + " ms: " + tally.summary());
        return 0;
    }
}
