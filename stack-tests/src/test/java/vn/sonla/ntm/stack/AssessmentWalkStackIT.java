package vn.sonla.ntm.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.sonla.ntm.stack.Http.as;
import static vn.sonla.ntm.stack.Http.etag;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Issue 3, end to end through the real Keycloak: one assessment of Xã Chiềng Nơi (04141, Huyện Mai Sơn, 2019; not a
 * pilot) against the national set {@code ntm-xa-2016-2020} version 1, walked from DRAFT to RECOGNISED by the demo
 * users, with every refusal on the way that the roles promise:
 *
 * <ol>
 *   <li>{@code district-125} opens it and enters a value for each of the 49 indicators that meets its threshold (read
 *       from criteria-service), with If-Match (a stale ETag is refused 412), attaches a small PDF, and submits;</li>
 *   <li>{@code district-116} can neither read nor change it, {@code observer} reads it but may not write (403);</li>
 *   <li>each owning {@code appraiser-<dept>} (the departments the snapshot names) agrees on exactly its criteria, and an
 *       appraiser trying a criterion it does not own is refused 403;</li>
 *   <li>{@code coordinator} returns it once with a reason; {@code district-125} corrects and resubmits; the departments
 *       agree again; the coordinator records the recognition by decision;</li>
 *   <li>the unit's detail shows the recognition, the assessment's audit trail has the transitions in order, and the
 *       audit chain verifies intact.</li>
 * </ol>
 *
 * Runs against the fresh databases {@code ./ntm test} creates: a second run against the same stack finds the
 * assessment already there and says so.
 */
class AssessmentWalkStackIT {

    private static final String SET = "ntm-xa-2016-2020";
    private static final int VERSION = 1;
    private static final String COMMUNE = "04141";
    private static final String DISTRICT = "125";
    private static final int YEAR = 2019;

    private static final String DISTRICT_OFFICER = "district-125";
    private static final String OTHER_DISTRICT = "district-116";
    private static final String COORDINATOR = "coordinator";
    private static final String OBSERVER = "observer";

    private static final String DECISION_NUMBER = "2468/QĐ-UBND";
    private static final String DECISION_DATE = "2019-12-20";
    private static final String RETURN_REASON = "Chỉ tiêu 1.1: thiếu biên bản thẩm tra quy hoạch có chữ ký của UBND huyện";

    private String assessments() {
        return "/api/v1/assessments";
    }

    @Test
    void oneMaiSonCommuneFromDraftToRecognition() {
        SetVersion set = readTheSetVersionFromCriteriaService();
        theCommuneIsMaiSonsIn2019AndHasNoAssessmentYet();

        // --- DRAFT: district-125 opens the assessment and fills it in -------------------------------------------------
        Response opened = as(DISTRICT_OFFICER, Stack.assessment(),
                Map.of("unitCode", COMMUNE, "year", YEAR, "criteriaSetCode", SET, "criteriaSetVersion", VERSION))
                .when().post(assessments())
                .then().statusCode(201).extract().response();
        long id = opened.jsonPath().getLong("id");
        String path = assessments() + "/" + id;
        assertThat(opened.jsonPath().getString("state")).isEqualTo("DRAFT");
        assertThat(opened.jsonPath().getString("districtCode")).isEqualTo(DISTRICT);
        assertThat(opened.jsonPath().getString("unitName")).isEqualTo("Xã Chiềng Nơi");
        assertThat(opened.jsonPath().getInt("evaluation.criteriaTotal")).isEqualTo(19);
        assertThat(opened.jsonPath().getInt("evaluation.criteriaMet")).isZero();
        assertThat(departmentsOf(opened)).as("the snapshot names the same owners as criteria-service")
                .isEqualTo(set.ownerByCriterion());
        String draftEtag = etag(opened);

        outsidersAreRefused(path, draftEtag, set.firstIndicator());

        Response filled = as(DISTRICT_OFFICER, Stack.assessment(), Map.of("values", set.valuesMeetingEveryThreshold()))
                .header("If-Match", draftEtag)
                .when().put(path)
                .then().statusCode(200).extract().response();
        JsonPath evaluation = filled.jsonPath().setRoot("evaluation");
        assertThat(evaluation.getInt("criteriaMet")).as("criteria met after entering values at the thresholds").isEqualTo(19);
        assertThat(evaluation.getBoolean("standardReached")).isTrue();
        assertThat(evaluation.getLong("indicatorsMissing")).isZero();
        assertThat(evaluation.getInt("gap.criteriaStillNeeded")).isZero();
        List<String> indicatorStatuses = evaluation.getList("criteria.indicators.status.flatten()", String.class);
        assertThat(indicatorStatuses).hasSize(49).containsOnly("MET");

        as(DISTRICT_OFFICER, Stack.assessment(), Map.of("values", set.valuesMeetingEveryThreshold()))
                .header("If-Match", draftEtag)
                .when().put(path)
                .then().statusCode(412);

        byte[] pdf = Pdf.onePage("Bien ban tham tra quy hoach xa Chieng Mai, huyen Mai Son, nam 2019");
        Response uploaded = as(DISTRICT_OFFICER, Stack.assessment())
                .contentType("application/pdf")
                .queryParam("fileName", "biên bản thẩm tra quy hoạch.pdf")
                .header("If-Match", etag(filled))
                .body(pdf)
                .when().post(path + "/values/" + set.firstIndicator() + "/evidence")
                .then().statusCode(201).extract().response();
        long evidenceId = uploaded.jsonPath().getLong("id");
        assertThat(uploaded.jsonPath().getString("mediaType")).isEqualTo("application/pdf");
        assertThat(uploaded.jsonPath().getLong("sizeBytes")).isEqualTo(pdf.length);
        assertThat(uploaded.jsonPath().getString("sha256")).isEqualTo(sha256(pdf));

        // --- SUBMITTED: district-125 submits; nothing is editable any more ---------------------------------------------
        Response submitted = transition(DISTRICT_OFFICER, path + "/submit", read(DISTRICT_OFFICER, path), Map.of(), "SUBMITTED");
        assertThat(submitted.jsonPath().getString("submittedBy")).isEqualTo(DISTRICT_OFFICER);
        as(DISTRICT_OFFICER, Stack.assessment(), Map.of("value", true))
                .header("If-Match", etag(submitted))
                .when().put(path + "/values/" + set.firstIndicator())
                .then().statusCode(409);

        byte[] downloaded = as("appraiser-" + set.ownerByCriterion().get(set.firstCriterion()), Stack.assessment())
                .accept("application/pdf")
                .when().get(path + "/evidence/" + evidenceId)
                .then().statusCode(200).header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertThat(downloaded).as("the evidence as the owning department downloads it").isEqualTo(pdf);
        as(OTHER_DISTRICT, Stack.assessment()).accept("application/pdf")
                .when().get(path + "/evidence/" + evidenceId)
                .then().statusCode(403);

        // --- IN_APPRAISAL → APPRAISED, round 1 -------------------------------------------------------------------------
        anAppraiserMayNotJudgeACriterionItDoesNotOwn(path, set);
        appraiseEveryCriterionByItsOwner(path, set, 1);

        // --- RETURNED once with a reason, corrected and resubmitted, appraised again ----------------------------------
        Response returned = transition(COORDINATOR, path + "/return", read(COORDINATOR, path), Map.of("reason", RETURN_REASON), "RETURNED");
        assertThat(returned.jsonPath().getInt("round")).isEqualTo(2);
        assertThat(returned.jsonPath().getString("returnReason")).isEqualTo(RETURN_REASON);
        assertThat(returned.jsonPath().getList("verdicts")).as("the new round starts without verdicts").isEmpty();
        assertThat(returned.jsonPath().getList("earlierVerdicts")).as("round 1's verdicts stay in history").hasSize(19);

        Map<String, Object> corrected = new LinkedHashMap<>(set.valuesMeetingEveryThreshold().get(set.firstIndicator()));
        corrected.put("note", "Bổ sung biên bản thẩm tra có chữ ký của UBND huyện Mai Sơn");
        Response correction = as(DISTRICT_OFFICER, Stack.assessment(), corrected)
                .header("If-Match", etag(returned))
                .when().put(path + "/values/" + set.firstIndicator())
                .then().statusCode(200).extract().response();
        transition(DISTRICT_OFFICER, path + "/submit", correction, Map.of(), "SUBMITTED");
        appraiseEveryCriterionByItsOwner(path, set, 2);

        // --- RECOGNISED by the coordinator's decision ------------------------------------------------------------------
        as(OBSERVER, Stack.assessment(), decision())
                .header("If-Match", etag(read(OBSERVER, path)))
                .when().post(path + "/recognise")
                .then().statusCode(403);
        Response recognised = transition(COORDINATOR, path + "/recognise", read(COORDINATOR, path), decision(), "RECOGNISED");
        long recognitionId = recognised.jsonPath().getLong("recognitionId");

        theUnitShowsTheRecognition(id, recognitionId);
        theAuditTrailHasTheTransitionsInOrder(path);
        theAuditChainIsIntact();
    }

    // ---- the steps --------------------------------------------------------------------------------------------------

    private SetVersion readTheSetVersionFromCriteriaService() {
        String body = as(DISTRICT_OFFICER, Stack.criteria())
                .when().get("/api/v1/criteria-sets/" + SET + "/versions/" + VERSION)
                .then().statusCode(200).extract().asString();
        JsonPath document = new JsonPath(body).using(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertThat(document.getString("status")).isEqualTo("PUBLISHED");
        return SetVersion.of(document);
    }

    private void theCommuneIsMaiSonsIn2019AndHasNoAssessmentYet() {
        JsonPath unit = as(DISTRICT_OFFICER, Stack.assessment())
                .queryParam("at", YEAR + "-12-31")
                .when().get("/api/v1/units/" + COMMUNE)
                .then().statusCode(200).extract().jsonPath();
        assertThat(unit.getString("parent.code")).isEqualTo(DISTRICT);
        assertThat(unit.getBoolean("pilot.designated")).as("the walk is about an ordinary commune, not a pilot").isFalse();

        int existing = as(DISTRICT_OFFICER, Stack.assessment())
                .queryParam("unitCode", COMMUNE).queryParam("year", YEAR).queryParam("criteriaSetCode", SET)
                .when().get(assessments())
                .then().statusCode(200).extract().jsonPath().getInt("total");
        assertThat(existing).as("assessments of %s in %d already in the stack's database: the walk needs the fresh databases "
                + "./ntm test creates (ntm_<service>_stack)", COMMUNE, YEAR).isZero();
    }

    /** district-116 neither reads nor changes another district's commune; the observer reads but does not write. */
    private void outsidersAreRefused(String path, String etag, String indicator) {
        as(OTHER_DISTRICT, Stack.assessment()).when().get(path).then().statusCode(403);
        as(OTHER_DISTRICT, Stack.assessment()).when().get(path + "/audit").then().statusCode(403);
        as(OTHER_DISTRICT, Stack.assessment(), Map.of("value", true))
                .header("If-Match", etag)
                .when().put(path + "/values/" + indicator)
                .then().statusCode(403);
        as(OTHER_DISTRICT, Stack.assessment()).header("If-Match", etag)
                .when().post(path + "/submit")
                .then().statusCode(403);

        as(OBSERVER, Stack.assessment()).when().get(path).then().statusCode(200);
        as(OBSERVER, Stack.assessment(), Map.of("value", true))
                .header("If-Match", etag)
                .when().put(path + "/values/" + indicator)
                .then().statusCode(403);

        assertThat(read(DISTRICT_OFFICER, path).jsonPath().getList("values")).as("nothing was written by the refused calls").isEmpty();
    }

    private void anAppraiserMayNotJudgeACriterionItDoesNotOwn(String path, SetVersion set) {
        String criterion = set.firstCriterion();
        String stranger = set.ownerByCriterion().values().stream()
                .filter(department -> !department.equals(set.ownerByCriterion().get(criterion)))
                .findFirst().orElseThrow();
        as("appraiser-" + stranger, Stack.assessment(), Map.of("criterionCode", criterion, "verdict", "AGREE"))
                .when().post(path + "/appraisals")
                .then().statusCode(403);
        Response after = read(COORDINATOR, path);
        assertThat(after.jsonPath().getString("state")).isEqualTo("SUBMITTED");
        assertThat(after.jsonPath().getList("verdicts")).isEmpty();
    }

    /** Each owning department agrees on exactly the criteria the snapshot gives it: the first verdict opens the appraisal, the last closes it. */
    private void appraiseEveryCriterionByItsOwner(String path, SetVersion set, int round) {
        Map<String, List<String>> criteriaByDepartment = new TreeMap<>();
        set.ownerByCriterion().forEach((criterion, department) ->
                criteriaByDepartment.computeIfAbsent(department, d -> new ArrayList<>()).add(criterion));
        int given = 0;
        Response last = null;
        for (Map.Entry<String, List<String>> department : criteriaByDepartment.entrySet()) {
            for (String criterion : department.getValue()) {
                last = as("appraiser-" + department.getKey(), Stack.assessment(), Map.of("criterionCode", criterion, "verdict", "AGREE"))
                        .when().post(path + "/appraisals")
                        .then().statusCode(200).extract().response();
                given++;
                assertThat(last.jsonPath().getString("state")).as("after %d of 19 verdicts in round %d", given, round)
                        .isEqualTo(given < set.ownerByCriterion().size() ? "IN_APPRAISAL" : "APPRAISED");
            }
        }
        JsonPath appraised = last.jsonPath();
        assertThat(appraised.getInt("round")).isEqualTo(round);
        assertThat(appraised.getInt("evaluation.criteriaAgreed")).isEqualTo(19);
        List<Map<String, Object>> verdicts = appraised.getList("verdicts");
        assertThat(verdicts).extracting(v -> v.get("criterionCode"), v -> v.get("verdict"), v -> v.get("departmentCode"), v -> v.get("appraiser"))
                .containsExactlyInAnyOrderElementsOf(set.ownerByCriterion().entrySet().stream()
                        .map(e -> tuple(e.getKey(), "AGREE", e.getValue(), "appraiser-" + e.getValue())).toList());
    }

    private void theUnitShowsTheRecognition(long assessmentId, long recognitionId) {
        JsonPath unit = as(DISTRICT_OFFICER, Stack.assessment())
                .queryParam("at", YEAR + "-12-31")
                .when().get("/api/v1/units/" + COMMUNE)
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> recognitions = unit.getList("recognitions");
        assertThat(recognitions).as("recognitions of %s", COMMUNE)
                .filteredOn(r -> ((Number) r.get("id")).longValue() == recognitionId)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.get("level")).isEqualTo("BASIC");
                    assertThat(r.get("decisionNumber")).isEqualTo(DECISION_NUMBER);
                    assertThat(r.get("decisionDate")).isEqualTo(DECISION_DATE);
                    assertThat(r.get("issuingBody")).isEqualTo("UBND tỉnh Sơn La");
                    assertThat(r.get("criteriaSetCode")).isEqualTo(SET);
                    assertThat(((Number) r.get("criteriaSetVersion")).intValue()).isEqualTo(VERSION);
                    assertThat(((Number) r.get("assessmentId")).longValue()).isEqualTo(assessmentId);
                    assertThat(r.get("revocation")).isNull();
                });
    }

    private void theAuditTrailHasTheTransitionsInOrder(String path) {
        List<Map<String, Object>> entries = as(DISTRICT_OFFICER, Stack.assessment())
                .when().get(path + "/audit")
                .then().statusCode(200).extract().jsonPath().getList("");
        assertThat(entries).extracting(e -> ((Number) e.get("seq")).longValue()).isSorted();
        assertThat(entries.get(0)).containsEntry("action", "assessment.open").containsEntry("actor", DISTRICT_OFFICER);
        assertThat(entries).extracting(e -> e.get("action")).contains("assessment.values", "evidence.upload");

        List<String> moves = new ArrayList<>();
        for (Map<String, Object> e : entries) {
            String action = (String) e.get("action");
            if (!List.of("assessment.submit", "assessment.appraise", "assessment.return", "assessment.recognise").contains(action)) {
                continue;
            }
            String from = new JsonPath((String) e.get("before")).getString("state");
            String to = new JsonPath((String) e.get("after")).getString("state");
            if (!from.equals(to)) {
                String actor = (String) e.get("actor");
                moves.add(from + " → " + to + " by " + (actor.startsWith("appraiser-") ? "appraiser-*" : actor));
            }
        }
        assertThat(moves).containsExactly(
                "DRAFT → SUBMITTED by district-125",
                "SUBMITTED → IN_APPRAISAL by appraiser-*",
                "IN_APPRAISAL → APPRAISED by appraiser-*",
                "APPRAISED → RETURNED by coordinator",
                "RETURNED → SUBMITTED by district-125",
                "SUBMITTED → IN_APPRAISAL by appraiser-*",
                "IN_APPRAISAL → APPRAISED by appraiser-*",
                "APPRAISED → RECOGNISED by coordinator");
        assertThat(entries).filteredOn(e -> "assessment.return".equals(e.get("action")))
                .singleElement().extracting(e -> e.get("reason")).isEqualTo(RETURN_REASON);
        assertThat(entries).filteredOn(e -> "assessment.recognise".equals(e.get("action")))
                .singleElement().extracting(e -> (String) e.get("reason")).asString().contains(DECISION_NUMBER);
        assertThat(entries).filteredOn(e -> "assessment.appraise".equals(e.get("action"))).hasSize(38);
    }

    private void theAuditChainIsIntact() {
        for (String reader : List.of(COORDINATOR, OBSERVER)) {
            JsonPath verification = as(reader, Stack.assessment())
                    .when().get("/api/v1/audit/verify")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(verification.getBoolean("intact")).as("audit chain as %s reads it: %s", reader, verification.getString("detail")).isTrue();
            assertThat(verification.getLong("entriesChecked")).isPositive();
        }
        as(DISTRICT_OFFICER, Stack.assessment()).when().get("/api/v1/audit/verify").then().statusCode(403);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private Response read(String user, String path) {
        return as(user, Stack.assessment()).when().get(path).then().statusCode(200).extract().response();
    }

    /** A workflow transition with the ETag of {@code current}, answered 200 in {@code expectedState}. */
    private static Response transition(String user, String path, Response current, Map<String, ?> body, String expectedState) {
        Response answer = as(user, Stack.assessment(), body)
                .header("If-Match", etag(current))
                .when().post(path)
                .then().statusCode(200).extract().response();
        assertThat(answer.jsonPath().getString("state")).as("%s by %s", path, user).isEqualTo(expectedState);
        return answer;
    }

    private static Map<String, String> decision() {
        return Map.of("decisionNumber", DECISION_NUMBER, "decisionDate", DECISION_DATE, "issuingBody", "UBND tỉnh Sơn La");
    }

    private static Map<String, String> departmentsOf(Response assessment) {
        Map<String, String> owners = new TreeMap<>(SetVersion.CRITERION_ORDER);
        List<Map<String, Object>> criteria = assessment.jsonPath().getList("evaluation.criteria");
        criteria.forEach(c -> owners.put((String) c.get("code"), (String) c.get("departmentCode")));
        return owners;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the walk needs of the set version, read from criteria-service: each criterion's owning department, and
     * for each indicator a value that meets its default threshold — true for "achieved", false (or 0) for "none",
     * the threshold itself for a comparison, the lower bound for a range.
     */
    record SetVersion(Map<String, String> ownerByCriterion, Map<String, Map<String, Object>> valuesMeetingEveryThreshold,
                      String firstCriterion, String firstIndicator) {

        /** "2" before "10": criteria in the catalogue's order. */
        static final java.util.Comparator<String> CRITERION_ORDER = java.util.Comparator.comparingInt(Integer::parseInt);

        static SetVersion of(JsonPath document) {
            Map<String, String> owners = new TreeMap<>(CRITERION_ORDER);
            Map<String, Map<String, Object>> values = new LinkedHashMap<>();
            List<Map<String, Object>> groups = document.getList("groups");
            for (Map<String, Object> group : groups) {
                for (Map<String, Object> criterion : listOf(group, "criteria")) {
                    String code = (String) criterion.get("code");
                    assertThat((String) criterion.get("departmentCode")).as("department of criterion %s", code).isNotBlank();
                    owners.put(code, (String) criterion.get("departmentCode"));
                    for (Map<String, Object> indicator : listOf(criterion, "indicators")) {
                        Map<String, Object> entry = new LinkedHashMap<>();
                        entry.put("value", meeting(indicator));
                        entry.put("dataSource", "Báo cáo của UBND xã Chiềng Nơi, tháng 12/2019");
                        values.put((String) indicator.get("code"), entry);
                    }
                }
            }
            assertThat(owners).as("criteria of %s v%d", SET, VERSION).hasSize(19);
            assertThat(values).as("indicators of %s v%d", SET, VERSION).hasSize(49);
            assertThat(new TreeSet<>(owners.values())).as("owning departments").hasSizeGreaterThan(1);
            return new SetVersion(owners, values, owners.keySet().iterator().next(), values.keySet().iterator().next());
        }

        private static Object meeting(Map<String, Object> indicator) {
            String code = (String) indicator.get("code");
            Map<String, Object> threshold = listOf(indicator, "thresholds").stream()
                    .filter(t -> t.get("communeClass") == null)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("indicator " + code + " has no threshold for every commune class"));
            String comparator = (String) threshold.get("comparator");
            // whole numbers come as Integer, the others as BigDecimal (exact: 26.7 stays 26.7)
            BigDecimal value = threshold.get("value") == null ? null : new BigDecimal(threshold.get("value").toString());
            return switch (comparator) {
                case "achieved" -> true;
                case "none" -> "BOOLEAN".equals(indicator.get("kind")) ? (Object) false : BigDecimal.ZERO;
                case ">=", "<=", "=", "between" -> value;
                default -> throw new AssertionError("indicator " + code + ": comparator " + comparator + " is not one the walk knows");
            };
        }

        @SuppressWarnings("unchecked")
        private static List<Map<String, Object>> listOf(Map<String, Object> node, String field) {
            Object value = node.get(field);
            return value == null ? List.of() : (List<Map<String, Object>>) value;
        }
    }
}
