package vn.sonla.ntm.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import vn.sonla.ntm.safety.Fixtures.Fixture;
import vn.sonla.ntm.safety.Stack.Service;

/**
 * Lost updates and double outcomes: rounds of clients writing the same record at the same instant (released together
 * by a latch), most with the ETag just read, some with the one of the round before. Each round exactly one wins and
 * every other gets 412; the record ends as a serial replay of the winners on a twin record would leave it, and the audit
 * chain grows by exactly one entry per win. Workflow transitions racing on one assessment (submit against edits,
 * recognise against return) produce one outcome, never two.
 */
@Order(3)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConcurrencySafetyIT {

    static final int ROUNDS = 10;
    static final int FRESH = 6;
    static final int STALE = 2;

    private static final ExecutorService POOL = Executors.newFixedThreadPool(FRESH + STALE + 2);

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    /** One client's write: who, what, with which If-Match. */
    record Write(String user, String method, String path, Object body, String ifMatch, boolean stale) {
    }

    record Outcome(Write write, Http.Reply reply) {
    }

    /** Sends every write at once (all threads wait on one latch) and returns the answers in the writes' order. */
    static List<Outcome> race(Service service, List<Write> writes) {
        CountDownLatch ready = new CountDownLatch(writes.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Http.Reply>> futures = new ArrayList<>();
        for (Write w : writes) {
            Http.Call call = Fixtures.as(w.user(), service, w.method(), w.path());
            if (w.body() != null) {
                call.json(w.body());
            }
            call.header("If-Match", w.ifMatch());
            futures.add(POOL.submit(() -> {
                ready.countDown();
                go.await();
                return call.send();
            }));
        }
        try {
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<Outcome> out = new ArrayList<>();
            for (int i = 0; i < writes.size(); i++) {
                out.add(new Outcome(writes.get(i), futures.get(i).get(60, TimeUnit.SECONDS)));
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError("a racing request did not finish: " + e, e);
        }
    }

    /** Exactly one 2xx; every other answer a 412 problem (the stale ones always). Returns the winner. */
    static Outcome oneWinner(String what, List<Outcome> outcomes, List<String> failures) {
        List<Outcome> wins = outcomes.stream().filter(o -> o.reply().is2xx()).toList();
        for (Outcome o : outcomes) {
            Report.inc("concurrency: racing requests sent");
            if (o.reply().is2xx()) {
                if (o.write().stale()) {
                    failures.add(what + ": a write with a stale ETag won: " + o.reply());
                }
                continue;
            }
            if (o.reply().status() != 412 || !o.reply().isProblem()) {
                failures.add(what + ": a loser got " + o.reply() + " (expected a 412 problem)");
            }
        }
        if (wins.size() != 1) {
            failures.add(what + ": " + wins.size() + " writes won (expected exactly one): "
                    + wins.stream().map(o -> o.write().user() + " " + o.reply().status()).toList());
        }
        Report.inc("concurrency: rounds with exactly one winner" + (wins.size() == 1 ? "" : " (FAILED)"));
        return wins.isEmpty() ? null : wins.get(0);
    }

    /**
     * {@link #ROUNDS} rounds of racing PUTs on one record: {@link #FRESH} writers with the ETag of the last win, {@link #STALE}
     * with the one before. Returns the bodies that won, in order.
     */
    static List<Object> rounds(String what, Service service, Fixture record, String path, String firstEtag, String[] writers,
                               java.util.function.BiFunction<Integer, Integer, Object> body, List<String> failures) {
        String previous = record.etag();
        String current = firstEtag;
        List<Object> winners = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<Write> writes = new ArrayList<>();
            for (int c = 0; c < FRESH + STALE; c++) {
                boolean stale = c >= FRESH;
                writes.add(new Write(writers[c % writers.length], "PUT", path, body.apply(round, c), stale ? previous : current, stale));
            }
            Outcome win = oneWinner(what + " round " + round, race(service, writes), failures);
            previous = current;
            if (win != null) {
                winners.add(win.write().body());
                current = win.reply().etag();
            } else {
                current = record.refresh().etag();
            }
        }
        return winners;
    }

    // ---- the same assessment, many editors ------------------------------------------------------------------------

    @Test
    @Order(1)
    void editorsOfOneAssessmentNeverLoseAnUpdate() {
        List<String> failures = new ArrayList<>();
        Fixture a = Fixtures.make("assessment.filled");
        Fixture twin = Fixtures.make("assessment.filled");
        String path = "/api/v1/assessments/" + a.str("id");
        String[] editors = {"district-125", "commune-04120", "coordinator"};
        long headBefore = Db.auditHead(Service.ASSESSMENT);
        long versionBefore = version(Service.ASSESSMENT, path);
        String previous = a.refresh().etag();
        // a first write so that the stale ETag of round 0 is a real older one
        Http.Reply first = Fixtures.send("district-125", Service.ASSESSMENT, "PUT", path, values(1, 0), previous).expect(200);
        Fixtures.send("district-125", Service.ASSESSMENT, "PUT", "/api/v1/assessments/" + twin.str("id"), values(1, 0), twin.refresh().etag())
                .expect(200);
        List<Object> winners = rounds("assessment", Service.ASSESSMENT, a.put("etag", previous), path, first.etag(), editors,
                (round, c) -> values(round + 2, c), failures);
        long head = Db.auditHead(Service.ASSESSMENT);
        assertThat(head - headBefore).as("audit entries of the assessment rounds (one per win, the first write included)")
                .isEqualTo(winners.size() + 2L);
        JsonNode end = Fixtures.send("coordinator", Service.ASSESSMENT, "GET", path, null, null).expect(200).json();
        assertThat(end.path("version").asLong()).as("version after %d won rounds", winners.size()).isEqualTo(versionBefore + 1 + winners.size());

        // the serial replay of the winners on the twin
        String twinPath = "/api/v1/assessments/" + twin.str("id");
        for (Object body : winners) {
            Fixtures.send("district-125", Service.ASSESSMENT, "PUT", twinPath, body, twin.refresh().etag()).expect(200);
        }
        JsonNode replay = Fixtures.send("coordinator", Service.ASSESSMENT, "GET", twinPath, null, null).expect(200).json();
        assertThat(valuesOf(end)).as("values after the races = values after the serial replay").isEqualTo(valuesOf(replay));
        assertThat(end.path("evaluation")).as("evaluation after the races = after the serial replay").isEqualTo(replay.path("evaluation"));
        Report.add("concurrency: assessment rounds", ROUNDS);
        assertThat(failures).isEmpty();
    }

    static Map<String, Object> values(int round, int client) {
        return Map.of("values", Map.of("1.1", Map.of("value", (round + client) % 2 == 0, "note", "vòng " + round + " người " + client),
                "2.1", Map.of("value", 1 + (round * 8 + client) % 99, "dataSource", "kiểm thử đồng thời " + round + "/" + client)));
    }

    static List<String> valuesOf(JsonNode assessment) {
        List<String> v = new ArrayList<>();
        for (JsonNode value : assessment.path("values")) {
            v.add(value.path("indicatorCode").asText() + "=" + value.path("value").asText() + " | " + value.path("note").asText() + " | "
                    + value.path("dataSource").asText());
        }
        v.sort(null);
        return v;
    }

    // ---- the same capital plan, many planners --------------------------------------------------------------------

    @Test
    @Order(2)
    void plannersOfOneCapitalPlanNeverLoseAnUpdate() {
        List<String> failures = new ArrayList<>();
        Fixture plan = Fixtures.make("capital-plan.draft");
        Fixture twin = Fixtures.make("capital-plan.draft");
        String path = "/api/v1/capital-plans/" + plan.str("id");
        String twinPath = "/api/v1/capital-plans/" + twin.str("id");
        String[] planners = {"district-125", "finance", "coordinator"};
        long headBefore = Db.auditHead(Service.FUNDING);
        long versionBefore = version(Service.FUNDING, path);
        String previous = plan.refresh().etag();
        Http.Reply first = Fixtures.send("finance", Service.FUNDING, "PUT", path, planBody(0, 0), previous).expect(200);
        Fixtures.send("finance", Service.FUNDING, "PUT", twinPath, planBody(0, 0), twin.refresh().etag()).expect(200);
        List<Object> winners = rounds("capital plan", Service.FUNDING, plan.put("etag", previous), path, first.etag(), planners,
                (round, c) -> planBody(round + 1, c), failures);
        assertThat(Db.auditHead(Service.FUNDING) - headBefore).as("funding audit entries of the plan rounds").isEqualTo(winners.size() + 2L);
        JsonNode end = Fixtures.send("coordinator", Service.FUNDING, "GET", path, null, null).expect(200).json();
        assertThat(end.path("version").asLong()).isEqualTo(versionBefore + 1 + winners.size());
        for (Object body : winners) {
            Fixtures.send("finance", Service.FUNDING, "PUT", twinPath, body, twin.refresh().etag()).expect(200);
        }
        JsonNode replay = Fixtures.send("coordinator", Service.FUNDING, "GET", twinPath, null, null).expect(200).json();
        assertThat(planOf(end)).as("plan after the races = plan after the serial replay").isEqualTo(planOf(replay));
        Report.add("concurrency: capital plan rounds", ROUNDS);
        assertThat(failures).isEmpty();
    }

    static Map<String, Object> planBody(int round, int client) {
        return Map.of("title", "Kế hoạch vốn kiểm thử đồng thời " + round + "/" + client, "note", "vòng " + round,
                "lines", List.of(Map.of("sourceCode", "NS_TINH", "fieldCode", "SAN_XUAT", "amount", 1_000_000L * (100 + round * 10 + client)),
                        Map.of("sourceCode", "NS_XA", "fieldCode", "VAN_HOA", "amount", 1_000L * (round + 1) * (client + 1))));
    }

    static List<String> planOf(JsonNode plan) {
        List<String> v = new ArrayList<>();
        v.add("title=" + plan.path("title").asText());
        v.add("note=" + plan.path("note").asText());
        v.add("total=" + plan.path("total").asLong());
        for (JsonNode l : plan.path("lines")) {
            v.add(l.path("lineNo").asInt() + ":" + l.path("sourceCode").asText() + "/" + l.path("fieldCode").asText() + "=" + l.path("amount").asLong());
        }
        return v;
    }

    // ---- transitions racing on one assessment ---------------------------------------------------------------------

    @Test
    @Order(3)
    void racingTransitionsOnOneAssessmentHaveOneOutcome() {
        List<String> failures = new ArrayList<>();
        int rounds = 4;
        for (int round = 0; round < rounds; round++) {
            // a filled draft: submissions against edits, all with the same ETag
            Fixture a = Fixtures.make("assessment.filled");
            String path = "/api/v1/assessments/" + a.str("id");
            String etag = a.refresh().etag();
            long head = Db.auditHead(Service.ASSESSMENT);
            List<Write> writes = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                writes.add(new Write(c % 2 == 0 ? "district-125" : "coordinator", "POST", path + "/submit", null, etag, false));
                writes.add(new Write("commune-04120", "PUT", path, values(round, c), etag, false));
            }
            Outcome win = oneWinner("submit against edits, round " + round, race(Service.ASSESSMENT, writes), failures);
            JsonNode end = Fixtures.send("coordinator", Service.ASSESSMENT, "GET", path, null, null).expect(200).json();
            if (win != null) {
                String expected = win.write().method().equals("POST") ? "SUBMITTED" : "DRAFT";
                if (!expected.equals(end.path("state").asText())) {
                    failures.add("submit against edits, round " + round + ": the winner was " + win.write().method() + " but the state is "
                            + end.path("state").asText());
                }
            }
            if (Db.auditHead(Service.ASSESSMENT) - head != 1) {
                failures.add("submit against edits, round " + round + ": " + (Db.auditHead(Service.ASSESSMENT) - head) + " audit entries");
            }

            // an appraised assessment: recognitions against returns
            Fixture b = Fixtures.make("assessment.appraised");
            String bPath = "/api/v1/assessments/" + b.str("id");
            String bEtag = b.refresh().etag();
            long bHead = Db.auditHead(Service.ASSESSMENT);
            List<Write> transitions = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                transitions.add(new Write("coordinator", "POST", bPath + "/recognise", Map.of("decisionNumber", "KT-" + Fixtures.unique() + "/QĐ-UBND",
                        "decisionDate", b.str("year") + "-12-20", "issuingBody", "UBND tỉnh Sơn La"), bEtag, false));
                transitions.add(new Write("coordinator", "POST", bPath + "/return", Map.of("reason", "Trả lại đồng thời " + c), bEtag, false));
            }
            Outcome bWin = oneWinner("recognise against return, round " + round, race(Service.ASSESSMENT, transitions), failures);
            JsonNode bEnd = Fixtures.send("coordinator", Service.ASSESSMENT, "GET", bPath, null, null).expect(200).json();
            if (bWin != null) {
                boolean recognised = bWin.write().path().endsWith("/recognise");
                boolean hasRecognition = !bEnd.path("recognitionId").isNull() && !bEnd.path("recognitionId").isMissingNode();
                if (recognised != hasRecognition || (recognised ? !"RECOGNISED".equals(bEnd.path("state").asText())
                        : "RECOGNISED".equals(bEnd.path("state").asText()))) {
                    failures.add("recognise against return, round " + round + ": winner " + bWin.write().path() + ", state "
                            + bEnd.path("state").asText() + ", recognitionId " + bEnd.path("recognitionId"));
                }
                Report.inc("concurrency: transition races won by " + (recognised ? "recognise" : "return"));
            }
            long entries = Db.auditHead(Service.ASSESSMENT) - bHead;
            if (entries < 1 || entries > 2) {
                failures.add("recognise against return, round " + round + ": " + entries + " audit entries");
            }
            recognitionsOf(b, failures, round);
        }
        Report.add("concurrency: workflow transition rounds", rounds * 2L);
        assertThat(failures).isEmpty();
    }

    /** At most one recognition row for the assessment, whatever the race. */
    private static void recognitionsOf(Fixture b, List<String> failures, int round) {
        try (var st = Db.connection(Service.ASSESSMENT).prepareStatement("select count(*) from recognition where assessment_id = ?")) {
            st.setLong(1, Long.parseLong(b.str("id")));
            try (var rs = st.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 1) {
                    failures.add("recognise against return, round " + round + ": " + rs.getLong(1) + " recognitions of one assessment");
                }
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError("recognitions of assessment " + b.str("id") + ": " + e.getMessage(), e);
        }
    }

    static long version(Service service, String path) {
        return Fixtures.send("coordinator", service, "GET", path, null, null).expect(200).json().path("version").asLong();
    }
}
