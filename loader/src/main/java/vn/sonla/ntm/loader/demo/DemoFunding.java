package vn.sonla.ntm.loader.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import vn.sonla.ntm.loader.Log;
import vn.sonla.ntm.loader.client.FundingClient;
import vn.sonla.ntm.loader.demo.DemoScenario.Allocation;
import vn.sonla.ntm.loader.demo.DemoScenario.Line;
import vn.sonla.ntm.loader.demo.DemoScenario.PlanCase;
import vn.sonla.ntm.loader.http.Reply;

/**
 * Capital plans of the province and four districts for each demo year, approved by the finance planner, allocated
 * to districts and communes, disbursed in two instalments (one in the last year), and one disbursement reversed in
 * part. Every record is found again by its plan (year × unit), line number and document reference, so nothing is
 * written twice.
 */
final class DemoFunding {

    static final String FINANCE = "finance";

    private final FundingClient api;
    private final Log log;
    private final Tally tally;

    DemoFunding(FundingClient api, Log log, Tally tally) {
        this.api = api;
        this.log = log;
        this.tally = tally;
    }

    void load(List<PlanCase> plans, List<Integer> years) {
        for (int y = 0; y < years.size(); y++) {
            int year = years.get(y);
            int scale = DemoScenario.YEAR_SCALE[y];
            boolean lastYear = y == years.size() - 1;
            for (PlanCase p : plans) {
                JsonNode plan = approvedPlan(p, year, scale);
                String writer = p.unitCode().equals(DemoScenario.PROVINCE) ? FINANCE : p.drafter();
                for (Allocation a : p.allocations()) {
                    JsonNode allocation = allocation(plan, a, writer, year);
                    disbursements(allocation, a, p, writer, year, lastYear);
                }
            }
        }
    }

    private JsonNode approvedPlan(PlanCase p, int year, int scale) {
        Optional<JsonNode> found = api.findPlan(FINANCE, year, p.unitCode());
        long id;
        if (found.isEmpty()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("year", year);
            body.put("unitCode", p.unitCode());
            body.put("title", p.title() + " năm " + year);
            body.put("note", DemoScenario.NOTE);
            body.put("lines", p.lines().stream().map(l -> line(l, scale)).toList());
            id = api.draftPlan(p.drafter(), body).body().path("id").asLong();
            tally.wrote("capital plans drafted");
        } else {
            id = found.get().path("id").asLong();
        }
        Reply plan = api.plan(FINANCE, id);
        if (plan.body().path("status").asText().equals("DRAFT")) {
            plan = api.approve(FINANCE, id, plan.ifMatch(), "DEMO-KHV-" + p.unitCode() + "-" + year + "/QĐ-UBND",
                    year + "-03-15", DemoScenario.ISSUER);
            tally.wrote("capital plans approved");
            log.info("capital plan " + p.unitCode() + " " + year + ": approved, " + plan.body().path("total").asLong() + " đồng");
        } else if (found.isPresent()) {
            tally.found("capital plans");
        }
        return plan.body();
    }

    private static Map<String, Object> line(Line l, int scale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sourceCode", l.sourceCode());
        body.put("fieldCode", l.fieldCode());
        body.put("criterionCode", l.criterionCode());
        if (l.valuation() == null) {
            body.put("amount", roundMillions(l.amount() * scale / 1000));
        } else {
            long quantity = l.valuation().quantity() * scale / 1000;
            body.put("amount", quantity * l.valuation().unitValue());
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("quantity", quantity);
            v.put("unit", l.valuation().unit());
            v.put("unitValue", l.valuation().unitValue());
            v.put("basis", l.valuation().basis());
            body.put("valuation", v);
        }
        body.put("note", DemoScenario.NOTE);
        return body;
    }

    private JsonNode allocation(JsonNode plan, Allocation a, String writer, int year) {
        long planId = plan.path("id").asLong();
        JsonNode line = null;
        for (JsonNode l : plan.path("lines")) {
            if (l.path("lineNo").asInt() == a.lineNo()) {
                line = l;
            }
        }
        if (line == null) {
            throw new IllegalStateException("plan " + planId + " has no line " + a.lineNo());
        }
        String ref = "DEMO-PB-" + year + "-" + plan.path("unit").path("code").asText() + "-L" + a.lineNo() + "-" + a.recipientCode()
                + "/QĐ-UBND";
        for (JsonNode existing : api.allocationsOfPlan(FINANCE, planId)) {
            if (ref.equals(existing.path("documentRef").asText()) && existing.path("reverses").isNull()) {
                tally.found("allocations");
                return existing;
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recipientCode", a.recipientCode());
        body.put("amount", roundMillions(line.path("amount").asLong() * a.perMille() / 1000));
        body.put("date", year + "-04-10");
        body.put("documentRef", ref);
        body.put("note", DemoScenario.NOTE);
        tally.wrote("allocations");
        return api.allocate(writer, planId, line.path("id").asLong(), body).body();
    }

    private void disbursements(JsonNode allocation, Allocation a, PlanCase p, String writer, int year, boolean lastYear) {
        long allocationId = allocation.path("id").asLong();
        long amount = allocation.path("amount").asLong();
        List<JsonNode> existing = api.transactions(FINANCE, allocationId);
        String[] dates = {year + "-06-30", year + "-11-30"};
        int instalments = lastYear ? 1 : DemoScenario.DISBURSED.length;
        JsonNode first = null;
        for (int i = 0; i < instalments; i++) {
            String ref = "DEMO-GN-" + year + "-" + p.unitCode() + "-L" + a.lineNo() + "-" + a.recipientCode() + "-" + (i + 1);
            JsonNode tx = existing.stream().filter(t -> ref.equals(t.path("documentRef").asText())).findFirst().orElse(null);
            if (tx == null) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", "DISBURSEMENT");
                body.put("amount", roundMillions(amount * DemoScenario.DISBURSED[i] / 1000));
                body.put("date", dates[i]);
                body.put("documentRef", ref);
                body.put("note", DemoScenario.NOTE);
                tx = api.record(writer, allocationId, body).body();
                tally.wrote("disbursements");
            } else {
                tally.found("disbursements");
            }
            if (i == 0) {
                first = tx;
            }
        }
        if (p.unitCode().equals(DemoScenario.REVERSED_UNIT) && year == DemoScenario.REVERSED_YEAR && a.lineNo() == DemoScenario.REVERSED_LINE
                && a.recipientCode().equals(DemoScenario.REVERSED_RECIPIENT) && first != null) {
            long txId = first.path("id").asLong();
            boolean reversed = existing.stream().anyMatch(t -> t.path("reverses").isNumber() && t.path("reverses").asLong() == txId);
            if (reversed) {
                tally.found("reversals");
                return;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("amount", roundMillions(first.path("amount").asLong() / 5));
            body.put("date", year + "-12-20");
            body.put("documentRef", "DEMO-TH-" + year + "-" + a.recipientCode() + "/QĐ-UBND");
            body.put("reason", DemoScenario.REVERSAL_REASON);
            api.reverseTransaction(writer, txId, body);
            tally.wrote("reversals");
            log.info("disbursement " + first.path("documentRef").asText() + ": a fifth reversed");
        }
    }

    /** Whole millions of đồng, as officials plan them. */
    static long roundMillions(long dong) {
        return Math.max(1_000_000L, Math.round(dong / 1_000_000.0) * 1_000_000L);
    }
}
