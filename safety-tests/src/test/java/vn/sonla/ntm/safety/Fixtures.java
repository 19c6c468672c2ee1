package vn.sonla.ntm.safety;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.sonla.ntm.safety.Stack.Service;

/**
 * The records the safety tests work on, made for the purpose through the public APIs by the demo users who would make
 * them (never demo data ids): a criteria set of the suite's own (two criteria: 1 owned by sgtvt, 2 by syt) and
 * assessments of Xã Chiềng Ban (04120, Huyện Mai Sơn) against it in each workflow state, obstacles, pilots, plans,
 * recognitions, capital plans, allocations, transactions, funding sources, departments. Every code the suite writes
 * carries the run's id, so a second run on the same databases makes new ones.
 */
final class Fixtures {

    /** This run's id: a-z0-9, five characters. */
    static final String RUN = Long.toString(System.currentTimeMillis() / 1000 % 60_466_176L, 36);

    static final String COMMUNE = "04120";
    static final String DISTRICT = "125";
    static final String PROVINCE = "14";
    /** The other communes of Huyện Mai Sơn in 2019 (accounts commune-04105 … commune-04165 exist for all of them). */
    static final List<String> MAI_SON = List.of("04105", "04108", "04111", "04114", "04117", "04123", "04126", "04129",
            "04132", "04135", "04138", "04141", "04144", "04147", "04150", "04153", "04156", "04159", "04162", "04165");
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Map<String, Set<Integer>> ASSESSMENT_YEARS = new LinkedHashMap<>();
    private static final List<String> SAFETY_SETS = new ArrayList<>();
    private static final Set<String> PLAN_SLOTS_USED = new HashSet<>();
    private static Deque<String> freePilotCommunes;
    private static Fixture guidance;

    private Fixtures() {
    }

    /** A record made for the tests: its properties (id, etag, codes) and how to read its current ETag again. */
    static final class Fixture {
        final String kind;
        final Map<String, Object> props = new LinkedHashMap<>();
        private Runnable refresher = () -> { };

        Fixture(String kind) {
            this.kind = kind;
        }

        Fixture put(String key, Object value) {
            props.put(key, value);
            return this;
        }

        String str(String key) {
            Object v = get(key);
            if (v == null) {
                throw new IllegalStateException("fixture " + kind + " has no property " + key + " (has " + props.keySet() + ")");
            }
            return v instanceof JsonNode n && n.isTextual() ? n.asText() : String.valueOf(v);
        }

        /** A property; {@code etagVersion} is the number inside the current ETag (a batch item's {@code version}). */
        Object get(String key) {
            if (key.equals("etagVersion") && props.containsKey("etag")) {
                return Long.parseLong(etag().replaceAll("[^0-9]", ""));
            }
            return props.get(key);
        }

        String etag() {
            return str("etag");
        }

        Fixture refresh() {
            refresher.run();
            return this;
        }

        Fixture refresher(Runnable r) {
            this.refresher = r;
            return this;
        }

        @Override
        public String toString() {
            return kind + props.entrySet().stream().filter(e -> !(e.getValue() instanceof JsonNode))
                    .map(e -> e.getKey() + "=" + e.getValue()).toList();
        }
    }

    static String unique() {
        return RUN + Integer.toString(COUNTER.incrementAndGet(), 36);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    // ---- calls as a demo user, straight to a service (fixtures are set-up, not what is tested) ------------------------

    static Http.Call as(String user, Service service, String method, String path) {
        return Http.method(method, service.url() + path).bearer(Tokens.user(user));
    }

    static Http.Reply send(String user, Service service, String method, String path, Object body, String ifMatch) {
        Http.Call call = as(user, service, method, path);
        if (body != null) {
            call.json(body);
        }
        if (ifMatch != null) {
            call.header("If-Match", ifMatch);
        }
        return call.send();
    }

    static String etagOf(long version) {
        return "\"" + version + "\"";
    }

    // ---- the kinds ------------------------------------------------------------------------------------------------

    private static final Map<String, Fixture> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * One fixture of a kind for the whole run, its ETag read again at every use: for requests that are refused (they
     * must change nothing) and for reads. A write that succeeds gets {@link #make(String)} instead.
     */
    static Fixture shared(String kind) {
        Fixture f = SHARED.get(kind);
        if (f == null) {
            boolean outer = SHARING.get();
            SHARING.set(true);
            try {
                f = make(kind);
            } finally {
                SHARING.set(outer);
            }
            SHARED.put(kind, f);
            return f;
        }
        return f.refresh();
    }

    /** Shared fixtures are 04120's own (commune-own reads them); fresh ones take other units first, 04120's years being few. */
    private static final ThreadLocal<Boolean> SHARING = ThreadLocal.withInitial(() -> false);

    static Fixture make(String kind) {
        return switch (kind) {
            case "set.new-code" -> newSetCode();
            case "set.draft" -> setDraft(newSetCode());
            case "set.published" -> publish(setDraft(newSetCode()));
            case "department.new-code" -> new Fixture(kind).put("code", "kt" + unique());
            case "department" -> department();
            case "assessment.slot" -> assessmentSlot();
            case "assessment.draft" -> openAssessment("district-125");
            case "assessment.filled" -> fill(openAssessment("district-125"));
            case "assessment.submitted" -> submit(fill(openAssessment("district-125")));
            case "assessment.appraised" -> appraise(submit(fill(openAssessment("district-125"))));
            case "assessment.evidence" -> attachEvidence(fill(openAssessment("district-125")));
            case "assessment.evidence-submitted" -> submit(attachEvidence(fill(openAssessment("district-125"))));
            case "recognition" -> recognition();
            case "obstacle" -> obstacle();
            case "obstacle.answered" -> answer(obstacle());
            case "pilot.slot" -> new Fixture(kind).put("unitCode", takePilotCommune());
            case "pilot" -> pilot();
            case "plan.new-code" -> new Fixture(kind).put("code", "KT-" + unique().toUpperCase(Locale.ROOT) + "/KH-UBND");
            case "plan" -> plan();
            case "roadmap" -> roadmap();
            case "capital-plan.slot" -> capitalPlanSlot(false);
            case "capital-plan.draft" -> capitalPlanDraft(capitalPlanSlot(false));
            case "capital-plan.approved" -> SHARING.get() ? ownApprovedPlan() : approve(capitalPlanDraft(capitalPlanSlot(false)));
            case "allocation" -> allocation();
            case "transaction" -> transaction();
            case "funding-source.new-code" -> new Fixture(kind).put("code", "KT_" + unique().toUpperCase(Locale.ROOT));
            case "funding-source" -> fundingSource();
            case "guidance" -> guidance();
            case "unit.new-period" -> unitPeriod();
            case "gap-estimate" -> gapEstimate();
            case "unit-cost" -> unitCost();
            case "scenario" -> scenario();
            case "scenario.accepted" -> acceptScenario(scenario());
            default -> throw new IllegalArgumentException("no fixture kind '" + kind + "'");
        };
    }

    // ---- criteria-service -------------------------------------------------------------------------------------------

    /** The suite's criteria-set document: two criteria, one indicator each, thresholds for every commune class. */
    static ObjectNode setDocument(String code) {
        return (ObjectNode) Json.read("""
                {"code": "%s", "nameVi": "Bộ tiêu chí kiểm thử an toàn", "nameEn": "Safety suite criteria set", "level": "BASIC",
                 "period": "2016-2025",
                 "legalBasis": {"number": "1/QĐ-KT", "date": "2016-01-01", "issuer": "Kiểm thử", "effectiveFrom": "2016-01-01"},
                 "recognitionRule": {"kind": "ALL_CRITERIA"},
                 "groups": [{"code": "I", "nameVi": "Nhóm kiểm thử", "criteria": [
                   {"code": "1", "nameVi": "Giao thông", "departmentCode": "sgtvt",
                    "indicators": [{"code": "1.1", "nameVi": "Đường trục xã", "kind": "BOOLEAN", "thresholds": [{"comparator": "achieved"}]}]},
                   {"code": "2", "nameVi": "Y tế", "departmentCode": "syt",
                    "indicators": [{"code": "2.1", "nameVi": "Tỷ lệ bảo hiểm y tế", "kind": "PERCENT", "unit": "%%",
                                    "thresholds": [{"comparator": ">=", "value": 50}]}]}]}]}
                """.formatted(code));
    }

    static Fixture newSetCode() {
        String code = "safety-" + unique();
        return new Fixture("set.new-code").put("code", code).put("version", 1).put("document", setDocument(code));
    }

    static Fixture setDraft(Fixture code) {
        Http.Reply r = send("coordinator", Service.CRITERIA, "POST", "/api/v1/criteria-sets/import", code.get("document"), null).expect(201);
        Fixture f = new Fixture("set.draft").put("code", code.str("code")).put("version", r.json().path("version").asInt())
                .put("etag", r.etag()).put("document", code.get("document"));
        return f.refresher(() -> f.put("etag", send("coordinator", Service.CRITERIA, "GET", versionPath(f), null, null).expect(200).etag()));
    }

    static String versionPath(Fixture set) {
        return "/api/v1/criteria-sets/" + set.str("code") + "/versions/" + set.str("version");
    }

    static Fixture publish(Fixture draft) {
        Http.Reply r = send("coordinator", Service.CRITERIA, "POST", versionPath(draft) + "/publish", null, draft.etag()).expect(200);
        draft.put("etag", r.etag());
        return draft;
    }

    static Fixture department() {
        String code = "kt" + unique();
        Http.Reply r = send("coordinator", Service.CRITERIA, "POST", "/api/v1/departments",
                Map.of("code", code, "nameVi", "Sở kiểm thử " + code, "validFrom", "2020-01-01"), null).expect(201);
        Fixture f = new Fixture("department").put("code", code).put("etag", r.etag());
        return f.refresher(() -> {
            for (JsonNode d : send("coordinator", Service.CRITERIA, "GET", "/api/v1/departments", null, null).expect(200).json()) {
                if (code.equals(d.path("code").asText()) && d.has("version")) {
                    f.put("etag", etagOf(d.path("version").asLong()));
                }
            }
        });
    }

    // ---- assessment-service -------------------------------------------------------------------------------------------

    /** A free (set, year) for an assessment of 04120: years 2010–2025 of each safety set, a new set when they run out. */
    static synchronized Fixture assessmentSlot() {
        for (String set : SAFETY_SETS) {
            Set<Integer> used = ASSESSMENT_YEARS.get(set);
            for (int year = 2010; year <= 2025; year++) {
                if (used.add(year)) {
                    return new Fixture("assessment.slot").put("setCode", set).put("year", year).put("unitCode", COMMUNE);
                }
            }
        }
        Fixture set = publish(setDraft(newSetCode()));
        SAFETY_SETS.add(set.str("code"));
        ASSESSMENT_YEARS.put(set.str("code"), new HashSet<>());
        return assessmentSlot();
    }

    static Fixture openAssessment(String user) {
        Fixture slot = assessmentSlot();
        Http.Reply r = send(user, Service.ASSESSMENT, "POST", "/api/v1/assessments",
                Map.of("unitCode", COMMUNE, "year", slot.get("year"), "criteriaSetCode", slot.str("setCode"), "criteriaSetVersion", 1), null)
                .expect(201);
        Fixture f = new Fixture("assessment").put("id", r.json().path("id").asLong()).put("etag", r.etag())
                .put("year", slot.get("year")).put("setCode", slot.str("setCode")).put("unitCode", COMMUNE);
        return f.refresher(() -> f.put("etag", send("coordinator", Service.ASSESSMENT, "GET", "/api/v1/assessments/" + f.str("id"), null, null)
                .expect(200).etag()));
    }

    static Map<String, Object> valuesMeetingEveryThreshold() {
        return Map.of("values", Map.of("1.1", Map.of("value", true), "2.1", Map.of("value", 80)));
    }

    static Fixture fill(Fixture a) {
        Http.Reply r = send("district-125", Service.ASSESSMENT, "PUT", "/api/v1/assessments/" + a.str("id"),
                valuesMeetingEveryThreshold(), a.etag()).expect(200);
        return a.put("etag", r.etag());
    }

    static Fixture submit(Fixture a) {
        Http.Reply r = send("district-125", Service.ASSESSMENT, "POST", "/api/v1/assessments/" + a.str("id") + "/submit", null, a.etag())
                .expect(200);
        return a.put("etag", r.etag());
    }

    static Fixture appraise(Fixture a) {
        send("appraiser-sgtvt", Service.ASSESSMENT, "POST", "/api/v1/assessments/" + a.str("id") + "/appraisals",
                Map.of("criterionCode", "1", "verdict", "AGREE"), null).expect(200);
        Http.Reply r = send("appraiser-syt", Service.ASSESSMENT, "POST", "/api/v1/assessments/" + a.str("id") + "/appraisals",
                Map.of("criterionCode", "2", "verdict", "AGREE"), null).expect(200);
        if (!"APPRAISED".equals(r.json().path("state").asText())) {
            throw new AssertionError("assessment " + a.str("id") + " not APPRAISED after both verdicts: " + r);
        }
        return a.put("etag", r.etag());
    }

    static Fixture attachEvidence(Fixture a) {
        Http.Reply r = as("district-125", Service.ASSESSMENT, "POST",
                "/api/v1/assessments/" + a.str("id") + "/values/1.1/evidence?fileName=kiem-thu.pdf")
                .header("If-Match", a.etag()).body(PDF, "application/pdf").send().expect(201);
        a.put("evidenceId", r.json().path("id").asLong());
        return a.refresh();
    }

    static Fixture recognise(Fixture a) {
        Http.Reply r = send("coordinator", Service.ASSESSMENT, "POST", "/api/v1/assessments/" + a.str("id") + "/recognise",
                Map.of("decisionNumber", "KT-" + unique() + "/QĐ-UBND", "decisionDate", a.str("year") + "-12-20",
                        "issuingBody", "UBND tỉnh Sơn La"), a.etag()).expect(200);
        return a.put("etag", r.etag()).put("recognitionId", r.json().path("recognitionId").asLong());
    }

    static Fixture recognition() {
        Fixture a = recognise(appraise(submit(fill(openAssessment("district-125")))));
        long id = a.get("recognitionId") instanceof Number n ? n.longValue() : Long.parseLong(a.str("recognitionId"));
        int year = Integer.parseInt(a.str("year"));
        Fixture f = new Fixture("recognition").put("id", id).put("assessmentId", a.str("id")).put("year", year)
                .put("revokeOn", LocalDate.of(year + 1, 3, 1).toString());
        return f.refresher(() -> {
            JsonNode unit = send("coordinator", Service.ASSESSMENT, "GET", "/api/v1/units/" + COMMUNE + "?at=" + year + "-06-30", null, null)
                    .expect(200).json();
            for (JsonNode r : unit.path("recognitions")) {
                if (r.path("id").asLong() == id) {
                    f.put("etag", etagOf(r.path("version").asLong()));
                }
            }
        }).refresh();
    }

    static Fixture obstacle() {
        Http.Reply r = send("district-125", Service.ASSESSMENT, "POST", "/api/v1/obstacles",
                Map.of("unitCode", COMMUNE, "title", "Vướng mắc kiểm thử " + unique(), "description", "Thiếu vốn đối ứng (kiểm thử)"), null)
                .expect(201);
        Fixture f = new Fixture("obstacle").put("id", r.json().path("id").asLong()).put("etag", r.etag());
        return f.refresher(() -> f.put("etag", send("coordinator", Service.ASSESSMENT, "GET", "/api/v1/obstacles/" + f.str("id"), null, null)
                .expect(200).etag()));
    }

    static Fixture answer(Fixture o) {
        Http.Reply r = send("coordinator", Service.ASSESSMENT, "POST", "/api/v1/obstacles/" + o.str("id") + "/answer",
                Map.of("answer", "Đã trả lời (kiểm thử)"), o.etag()).expect(200);
        return o.put("etag", r.etag());
    }

    /** A Mai Sơn commune that is not a pilot now (the pool is read once, then kept). */
    static synchronized String takePilotCommune() {
        if (freePilotCommunes == null) {
            Set<String> active = new HashSet<>();
            for (JsonNode p : items(send("coordinator", Service.ASSESSMENT, "GET", "/api/v1/pilots?all=true", null, null).expect(200).json())) {
                if (p.path("active").asBoolean(true)) {
                    active.add(p.path("unitCode").asText());
                }
            }
            freePilotCommunes = new ArrayDeque<>();
            MAI_SON.stream().filter(c -> !active.contains(c)).forEach(freePilotCommunes::add);
        }
        if (freePilotCommunes.isEmpty()) {
            throw new IllegalStateException("no Mai Sơn commune left that is not a pilot");
        }
        return freePilotCommunes.poll();
    }

    static synchronized void releasePilotCommune(String code) {
        if (freePilotCommunes != null) {
            freePilotCommunes.add(code);
        }
    }

    static Fixture pilot() {
        String unit = takePilotCommune();
        Http.Reply r = send("coordinator", Service.ASSESSMENT, "POST", "/api/v1/pilots",
                Map.of("unitCode", unit, "at", "2020-06-01", "basis", "Quyết định kiểm thử " + unique()), null).expect(201);
        return new Fixture("pilot").put("id", r.json().path("id").asLong()).put("etag", r.etag()).put("unitCode", unit);
    }

    static Fixture plan() {
        String code = "KT-" + unique().toUpperCase(Locale.ROOT) + "/KH-UBND";
        send("coordinator", Service.ASSESSMENT, "POST", "/api/v1/plans",
                Map.of("code", code, "title", "Kế hoạch kiểm thử", "provinceCode", PROVINCE, "startYear", 2021, "endYear", 2025), null)
                .expect(201);
        return new Fixture("plan").put("code", code);
    }

    /** The roadmap of 04120 to ADVANCED (one resource, rewritten: its ETag is read again before every use). */
    static Fixture roadmap() {
        Fixture f = new Fixture("roadmap").put("unitCode", COMMUNE).put("targetLevel", "ADVANCED");
        f.refresher(() -> {
            f.props.remove("etag");
            for (JsonNode r : items(send("coordinator", Service.ASSESSMENT, "GET", "/api/v1/roadmaps?unitCode=" + COMMUNE, null, null)
                    .expect(200).json())) {
                if ("ADVANCED".equals(r.path("targetLevel").asText())) {
                    f.put("etag", etagOf(r.path("version").asLong()));
                }
            }
            if (!f.props.containsKey("etag")) {
                Http.Reply created = send("district-125", Service.ASSESSMENT, "PUT", "/api/v1/roadmaps/" + COMMUNE + "/ADVANCED",
                        Map.of("targetYear", 2025, "status", "PLANNED"), null).expect(200);
                f.put("etag", created.etag());
            }
        });
        return f.refresh();
    }

    // ---- funding-service ---------------------------------------------------------------------------------------------

    /**
     * A (unit, year) without a capital plan yet: 04120's free years first when {@code ownCommune}, else Huyện Mai Sơn
     * and its other communes, years 2010–2025 (the units of 2019 existed until 30/6/2025).
     */
    static synchronized Fixture capitalPlanSlot(boolean ownCommune) {
        List<String> units = new ArrayList<>();
        if (ownCommune) {
            units.add(COMMUNE);
        }
        units.add(DISTRICT);
        units.addAll(MAI_SON);
        if (!ownCommune) {
            units.add(COMMUNE);
        }
        for (String unit : units) {
            for (int year = 2010; year <= 2025; year++) {
                String key = unit + "/" + year;
                if (PLAN_SLOTS_USED.contains(key)) {
                    continue;
                }
                PLAN_SLOTS_USED.add(key);
                long existing = send("coordinator", Service.FUNDING, "GET", "/api/v1/capital-plans?unitCode=" + unit + "&year=" + year, null, null)
                        .expect(200).json().path("total").asLong();
                if (existing == 0) {
                    return new Fixture("capital-plan.slot").put("unitCode", unit).put("year", year);
                }
            }
        }
        throw new IllegalStateException("no free (unit, year) for a capital plan in Mai Sơn");
    }

    static Fixture capitalPlanDraft(Fixture slot) {
        Http.Reply r = send("district-125", Service.FUNDING, "POST", "/api/v1/capital-plans",
                Map.of("year", slot.get("year"), "unitCode", slot.str("unitCode"), "title", "Kế hoạch vốn kiểm thử " + unique(),
                        "lines", List.of(Map.of("sourceCode", "NS_TINH", "fieldCode", "SAN_XUAT", "amount", 5_000_000_000L))), null)
                .expect(201);
        JsonNode plan = r.json();
        Fixture f = new Fixture("capital-plan").put("id", plan.path("id").asLong()).put("etag", r.etag())
                .put("lineId", plan.path("lines").path(0).path("id").asLong())
                .put("year", slot.get("year")).put("unitCode", slot.str("unitCode"));
        return f.refresher(() -> f.put("etag", send("coordinator", Service.FUNDING, "GET", "/api/v1/capital-plans/" + f.str("id"), null, null)
                .expect(200).etag()));
    }

    /**
     * The approved plan of 04120 the run reads and allocates from: a new one in a free year, or, when an earlier run on
     * these databases took every year, the plan that run approved (found by its title).
     */
    static Fixture ownApprovedPlan() {
        for (int year = 2010; year <= 2025; year++) {
            String key = COMMUNE + "/" + year;
            synchronized (Fixtures.class) {
                if (!PLAN_SLOTS_USED.add(key)) {
                    continue;
                }
            }
            JsonNode page = send("coordinator", Service.FUNDING, "GET", "/api/v1/capital-plans?unitCode=" + COMMUNE + "&year=" + year, null, null)
                    .expect(200).json();
            if (page.path("total").asLong() == 0) {
                return approve(capitalPlanDraft(new Fixture("capital-plan.slot").put("unitCode", COMMUNE).put("year", year)));
            }
        }
        JsonNode page = send("coordinator", Service.FUNDING, "GET", "/api/v1/capital-plans?unitCode=" + COMMUNE + "&status=APPROVED&size=500",
                null, null).expect(200).json();
        for (JsonNode p : items(page)) {
            if (p.path("title").asText().startsWith("Kế hoạch vốn kiểm thử")) {
                Fixture f = new Fixture("capital-plan").put("id", p.path("id").asLong()).put("etag", etagOf(p.path("version").asLong()))
                        .put("lineId", p.path("lines").path(0).path("id").asLong()).put("year", p.path("year").asInt()).put("unitCode", COMMUNE);
                return f.refresher(() -> f.put("etag", send("coordinator", Service.FUNDING, "GET", "/api/v1/capital-plans/" + f.str("id"), null, null)
                        .expect(200).etag()));
            }
        }
        throw new IllegalStateException("04120 has a capital plan in every year 2010-2025 and none of an earlier safety run");
    }

    static Fixture approve(Fixture plan) {
        Http.Reply r = send("finance", Service.FUNDING, "POST", "/api/v1/capital-plans/" + plan.str("id") + "/approve",
                Map.of("decisionNumber", "KHV-" + unique() + "/QĐ-UBND", "decisionDate", plan.str("year") + "-02-01",
                        "issuer", "UBND tỉnh Sơn La"), plan.etag()).expect(200);
        return plan.put("etag", r.etag());
    }

    /**
     * 100 000 000 đồng of the shared approved plan of 04120 (5 000 000 000 on its line) allocated to 04120 itself: every
     * allocation of the run comes from that one plan, so a run needs one free year of 04120.
     */
    static Fixture allocation() {
        Fixture plan = shared("capital-plan.approved");
        String date = plan.str("year") + "-04-01";
        Http.Reply r = send("finance", Service.FUNDING, "POST",
                "/api/v1/capital-plans/" + plan.str("id") + "/lines/" + plan.str("lineId") + "/allocations",
                Map.of("recipientCode", plan.str("unitCode"), "amount", 100_000_000L, "date", date, "documentRef", "PB-" + unique()), null)
                .expect(201);
        return new Fixture("allocation").put("id", r.json().path("id").asLong()).put("date", date)
                .put("planId", plan.str("id")).put("unitCode", plan.str("unitCode")).put("year", plan.str("year"));
    }

    /** A disbursement of 100 000 đồng from the shared allocation. */
    static Fixture transaction() {
        Fixture a = shared("allocation");
        Http.Reply r = send("finance", Service.FUNDING, "POST", "/api/v1/allocations/" + a.str("id") + "/transactions",
                Map.of("type", "DISBURSEMENT", "amount", 100_000L, "date", a.str("date"), "documentRef", "GN-" + unique()), null)
                .expect(201);
        return new Fixture("transaction").put("id", r.json().path("id").asLong()).put("date", a.str("date"))
                .put("allocationId", a.str("id"));
    }

    static Fixture fundingSource() {
        String code = "KT_" + unique().toUpperCase(Locale.ROOT);
        Http.Reply r = send("coordinator", Service.FUNDING, "POST", "/api/v1/funding-sources",
                Map.of("code", code, "nameVi", "Nguồn kiểm thử " + code, "nameEn", "Test source " + code, "kind", "MOBILISED",
                        "valuation", "CASH", "validFrom", "2020-01-01"), null).expect(201);
        Fixture f = new Fixture("funding-source").put("code", code).put("etag", r.etag());
        return f.refresher(() -> f.put("etag", send("coordinator", Service.FUNDING, "GET", "/api/v1/funding-sources/" + code, null, null)
                .expect(200).etag()));
    }

    static synchronized Fixture guidance() {
        if (guidance == null) {
            Fixture f = new Fixture("guidance");
            f.refresher(() -> f.put("etag", send("coordinator", Service.FUNDING, "GET", "/api/v1/guidance/infrastructure", null, null)
                    .expect(200).etag()));
            guidance = f;
        }
        return guidance.refresh();
    }

    /**
     * A one-day period of the synthetic province 97 (a GSO code no province has) that no unit holds yet: the unit batch
     * registers it without touching Sơn La's units or any view of them.
     */
    static synchronized Fixture unitPeriod() {
        long start = System.currentTimeMillis() / 1000 / 60 % 50_000 * 3;
        for (int i = 0; i < 1000; i++) {
            LocalDate day = LocalDate.of(1800, 1, 1).plusDays(start + COUNTER.incrementAndGet());
            if (send("coordinator", Service.ASSESSMENT, "GET", "/api/v1/units/97?at=" + day, null, null).status() == 404) {
                return new Fixture("unit.new-period").put("code", "97").put("day", day.toString());
            }
        }
        throw new IllegalStateException("no free day for the synthetic province 97");
    }

    /** Mai Sơn's estimate for the open indicator 2.1 of a draft of 04120 (no values: every indicator open). */
    static Fixture gapEstimate() {
        Fixture a = openAssessment("district-125");
        Http.Reply r = send("district-125", Service.ASSESSMENT, "PUT", "/api/v1/gap-costs/assessments/" + a.str("id") + "/estimates/2.1",
                Map.of("fieldCode", "Y_TE", "amount", 150_000_000L, "note", "Ước tính kiểm thử"), null).expect(200);
        return new Fixture("gap-estimate").put("id", a.str("id")).put("indicatorCode", "2.1").put("etag", r.etag());
    }

    /** The office's unit cost of indicator 2.1 of a criteria-set code of the run's own. */
    static Fixture unitCost() {
        String set = "safety-" + unique();
        Http.Reply r = send("coordinator", Service.ASSESSMENT, "PUT", "/api/v1/gap-costs/unit-costs/" + set + "/2.1",
                Map.of("mode", "PER_SHORTFALL_UNIT", "amountPerUnit", 2_000_000L, "unit", "điểm %", "fieldCode", "Y_TE",
                        "basis", "Đơn giá kiểm thử"), null).expect(200);
        return new Fixture("unit-cost").put("criteriaSetCode", set).put("indicatorCode", "2.1").put("etag", r.etag());
    }

    private static final Set<Integer> SCENARIO_YEARS = new HashSet<>();

    /** A proposal body of the province for a year: 100 million đồng of the provincial budget for 04120's production. */
    static Map<String, Object> proposal(int year) {
        return Map.of("year", year, "provinceCode", PROVINCE, "title", "Phương án kiểm thử " + unique(),
                "budget", Map.of("sources", List.of(Map.of("sourceCode", "NS_TINH", "amount", 1_000_000_000L, "allowedFields", List.of("SAN_XUAT"))),
                        "infrastructureMaxSharePercent", 50),
                "pinned", List.of(COMMUNE), "excluded", List.of(), "criteriaSetCode", "ntm-xa-2016-2020",
                "result", Map.of("summaryVi", "Phương án kiểm thử", "summaryEn", "Safety suite proposal", "communes", List.of()),
                "lines", List.of(Map.of("recipientCode", COMMUNE, "fieldCode", "SAN_XUAT", "sourceCode", "NS_TINH", "amount", 100_000_000L)));
    }

    /**
     * A PROPOSED scenario in a year of its own (2026–2100) that has no accepted scenario yet, so it can be accepted: one
     * accepted scenario per province and year. {@code otherId}: a second proposal of that year to compare with.
     */
    static Fixture scenario() {
        int year;
        synchronized (Fixtures.class) {
            year = 2026;
            while (year <= 2100 && (SCENARIO_YEARS.contains(year) || send("coordinator", Service.FUNDING, "GET",
                    "/api/v1/scenarios?year=" + year + "&status=ACCEPTED", null, null).expect(200).json().size() > 0)) {
                year++;
            }
            if (year > 2100) {
                throw new IllegalStateException("every year 2026-2100 has an accepted scenario");
            }
            SCENARIO_YEARS.add(year);
        }
        Http.Reply r = send("finance", Service.FUNDING, "POST", "/api/v1/scenarios", proposal(year), null).expect(201);
        Http.Reply other = send("finance", Service.FUNDING, "POST", "/api/v1/scenarios", proposal(year), null).expect(201);
        Fixture f = new Fixture("scenario").put("id", r.json().path("id").asLong()).put("etag", r.etag()).put("year", year)
                .put("otherId", other.json().path("id").asLong());
        return f.refresher(() -> f.put("etag", send("coordinator", Service.FUNDING, "GET", "/api/v1/scenarios/" + f.str("id"), null, null)
                .expect(200).etag()));
    }

    static Fixture acceptScenario(Fixture s) {
        Http.Reply r = send("finance", Service.FUNDING, "POST", "/api/v1/scenarios/" + s.str("id") + "/accept",
                Map.of("reason", "Chấp nhận (kiểm thử)"), s.etag()).expect(200);
        return s.put("etag", r.etag());
    }

    static Iterable<JsonNode> items(JsonNode page) {
        return page.isArray() ? page : page.path("items");
    }
}
