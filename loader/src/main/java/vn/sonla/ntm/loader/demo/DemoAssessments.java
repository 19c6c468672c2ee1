package vn.sonla.ntm.loader.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import vn.sonla.ntm.loader.Log;
import vn.sonla.ntm.loader.client.AssessmentClient;
import vn.sonla.ntm.loader.demo.DemoScenario.AssessmentCase;
import vn.sonla.ntm.loader.demo.DemoScenario.Target;
import vn.sonla.ntm.loader.http.Reply;

/**
 * Brings each demo assessment to its state the way people would: the district (or commune) opens and fills it and
 * submits it, each responsible department appraises its criteria, the coordination office returns or recognises.
 * Idempotent and resumable: every step starts from the state the service reports, so a second run writes nothing
 * and a run cut short is finished by the next.
 */
final class DemoAssessments {

    static final String COORDINATOR = "coordinator";

    private final AssessmentClient api;
    private final List<IndicatorValues.Indicator> indicators;
    private final List<String> criteria;
    private final Map<String, String> owners;
    private final Log log;
    private final Tally tally;

    DemoAssessments(AssessmentClient api, JsonNode setVersion, Log log, Tally tally) {
        this.api = api;
        this.indicators = IndicatorValues.of(setVersion);
        this.criteria = IndicatorValues.criteria(indicators);
        this.owners = IndicatorValues.owners(indicators);
        this.log = log;
        this.tally = tally;
    }

    void load(List<AssessmentCase> cases) {
        for (AssessmentCase c : cases) {
            advance(c);
        }
    }

    /** The values a case enters: which criteria fall short and which miss a value follow from the case's key only. */
    Map<String, Map<String, Object>> valuesOf(AssessmentCase c) {
        Random random = new Random(IndicatorValues.seed(DemoScenario.SET_CODE + "/" + DemoScenario.SET_VERSION + "/" + c.key()));
        List<String> shuffled = new ArrayList<>(criteria);
        java.util.Collections.shuffle(shuffled, random);
        Set<String> failing = new HashSet<>(shuffled.subList(0, Math.min(c.failing(), shuffled.size())));
        Set<String> missing = new HashSet<>(shuffled.subList(Math.min(c.failing(), shuffled.size()),
                Math.min(c.failing() + c.missing(), shuffled.size())));
        return IndicatorValues.values(indicators, failing, missing, c.fill(), random);
    }

    /** The criteria whose departments give verdicts on this case, in catalogue order. */
    List<String> plannedVerdicts(AssessmentCase c) {
        int departments = switch (c.target()) {
            case IN_APPRAISAL -> DemoScenario.DEPARTMENTS_IN_APPRAISAL;
            case RETURNED -> DemoScenario.DEPARTMENTS_BEFORE_RETURN;
            case APPRAISED, RECOGNISED -> Integer.MAX_VALUE;
            default -> 0;
        };
        Set<String> chosen = new LinkedHashSet<>();
        for (String criterion : criteria) {
            if (chosen.size() < departments || chosen.contains(owners.get(criterion))) {
                chosen.add(owners.get(criterion));
            }
        }
        return criteria.stream().filter(cr -> chosen.contains(owners.get(cr))).toList();
    }

    private void advance(AssessmentCase c) {
        String label = "assessment " + c.unitCode() + " " + c.year();
        Optional<JsonNode> found = api.findAssessment(COORDINATOR, c.unitCode(), c.year(), DemoScenario.SET_CODE, DemoScenario.SET_VERSION);
        long id;
        if (found.isPresent()) {
            id = found.get().path("id").asLong();
        } else {
            id = api.open(c.editor(), c.unitCode(), c.year(), DemoScenario.SET_CODE, DemoScenario.SET_VERSION).body().path("id").asLong();
            tally.wrote("assessments opened");
        }
        boolean acted = false;
        for (int step = 0; step < 64; step++) {
            Reply r = api.assessment(COORDINATOR, id);
            JsonNode a = r.body();
            String state = a.path("state").asText();
            String pending = pendingVerdict(c, a);
            switch (state) {
                case "DRAFT", "RETURNED" -> {
                    if (state.equals("DRAFT") && a.path("values").isEmpty()) {
                        api.replaceValues(c.editor(), id, r.ifMatch(), valuesOf(c));
                        tally.wrote("assessment values entered");
                    } else if (Target.valueOf(state) == c.target()) {
                        finish(label, c, a, acted);
                        return;
                    } else if (state.equals("DRAFT")) {
                        api.submit(c.editor(), id, r.ifMatch());
                        tally.wrote("assessments submitted");
                    } else {
                        beyond(label, c, state);
                        return;
                    }
                }
                case "SUBMITTED", "IN_APPRAISAL" -> {
                    if (c.target() == Target.DRAFT || (state.equals("SUBMITTED") && c.target() == Target.SUBMITTED)) {
                        if (c.target() == Target.SUBMITTED) {
                            finish(label, c, a, acted);
                        } else {
                            beyond(label, c, state);
                        }
                        return;
                    }
                    if (pending != null) {
                        appraise(c, id, pending);
                    } else if (c.target() == Target.IN_APPRAISAL) {
                        finish(label, c, a, acted);
                        return;
                    } else if (c.target() == Target.RETURNED) {
                        api.returnForCorrection(COORDINATOR, id, r.ifMatch(), DemoScenario.RETURN_REASON);
                        tally.wrote("assessments returned");
                    } else {
                        throw new IllegalStateException(label + " is " + state + " with every planned verdict given");
                    }
                }
                case "APPRAISED" -> {
                    if (c.target() == Target.APPRAISED) {
                        finish(label, c, a, acted);
                        return;
                    } else if (c.target() == Target.RECOGNISED) {
                        if (!recognisable(c)) {
                            return;
                        }
                        api.recognise(COORDINATOR, id, r.ifMatch(), c.decisionNumber(), c.decisionDate(), DemoScenario.ISSUER);
                        tally.wrote("assessments recognised");
                    } else {
                        beyond(label, c, state);
                        return;
                    }
                }
                case "RECOGNISED" -> {
                    if (c.target() == Target.RECOGNISED) {
                        finish(label, c, a, acted);
                    } else {
                        beyond(label, c, state);
                    }
                    return;
                }
                default -> throw new IllegalStateException(label + " is in an unknown state " + state);
            }
            acted = true;
        }
        throw new IllegalStateException(label + " did not reach " + c.target() + " in 64 steps");
    }

    /** The first planned criterion without a verdict in the current round, or null. */
    private String pendingVerdict(AssessmentCase c, JsonNode a) {
        Set<String> judged = new HashSet<>();
        a.path("verdicts").forEach(v -> judged.add(v.path("criterionCode").asText()));
        return plannedVerdicts(c).stream().filter(cr -> !judged.contains(cr)).findFirst().orElse(null);
    }

    private void appraise(AssessmentCase c, long id, String criterion) {
        String department = owners.get(criterion);
        if (department == null) {
            throw new IllegalStateException("criterion " + criterion + " has no responsible department in the catalogue");
        }
        boolean disagree = c.target() == Target.RETURNED && criterion.equals(DemoScenario.DISPUTED_CRITERION);
        api.appraise("appraiser-" + department, id, criterion, disagree ? "DISAGREE" : "AGREE",
                disagree ? DemoScenario.DISAGREEMENT : null);
        tally.wrote("verdicts");
    }

    /** Never puts a demo recognition beside a real one: the commune must hold no recognition of a non-demo decision. */
    private boolean recognisable(AssessmentCase c) {
        JsonNode unit = api.unit(COORDINATOR, c.unitCode(), c.year() + "-12-31");
        for (JsonNode rec : unit.path("recognitions")) {
            if (!rec.path("decisionNumber").asText("").startsWith("DEMO-")) {
                log.warn("assessment " + c.key() + ": " + c.unitCode() + " holds a seeded " + rec.path("level").asText()
                        + " recognition; not adding a demo one beside it (left APPRAISED)");
                return false;
            }
        }
        return true;
    }

    private void finish(String label, AssessmentCase c, JsonNode a, boolean acted) {
        if (!acted) {
            tally.found("assessments");
        }
        log.info(label + " (" + a.path("unitName").asText() + "): " + a.path("state").asText() + ", "
                + a.path("evaluation").path("score").asText() + " criteria met" + (acted ? "" : " (already there)"));
    }

    private void beyond(String label, AssessmentCase c, String state) {
        tally.found("assessments");
        log.warn(label + " is " + state + ", past the demo's " + c.target() + "; left as it is");
    }
}
