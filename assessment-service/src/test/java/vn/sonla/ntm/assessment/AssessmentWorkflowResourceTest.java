package vn.sonla.ntm.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import vn.sonla.ntm.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AssessmentWorkflowResourceTest {

    static final String MAI_SON = "125";
    static final String CHIENG_BAN = "04120";

    @OidcWireMock
    WireMockServer server;

    @BeforeEach
    void catalogue() {
        Api.stubCatalogue(server);
    }

    @Test
    void chiengBanGoesFromDraftToRecognisedThroughEveryStepAndEachStepIsAudited() {
        String district = Tokens.district(MAI_SON);
        var created = Api.open(district, CHIENG_BAN, 2020).then().statusCode(201)
                .header("Location", containsString("/api/v1/assessments/")).header("ETag", notNullValue())
                .body("state", equalTo("DRAFT")).body("districtCode", equalTo(MAI_SON)).body("referenceDate", equalTo("2020-12-31"))
                .body("criteriaSet.code", equalTo(Fixtures.SET_2016)).body("evaluation.score", equalTo("0/19"))
                .extract();
        long id = created.jsonPath().getLong("id");

        // values: whole map with If-Match; everything met
        Api.putValues(district, id, Fixtures.valuesJson(Fixtures.passingValues(Fixtures.set2016()))).then().statusCode(200)
                .body("evaluation.score", equalTo("19/19")).body("evaluation.standardReached", equalTo(true))
                .body("evaluation.gap.criteriaStillNeeded", equalTo(0));

        // the commune may not submit in the district era; the district does
        Api.post(Tokens.commune(CHIENG_BAN, MAI_SON), id, "submit", null).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("district 125 submits"));
        Api.post(district, id, "submit", null).then().statusCode(200).body("state", equalTo("SUBMITTED"));
        Api.post(district, id, "submit", null).then().statusCode(409).contentType("application/problem+json");
        Api.putValues(district, id, "{\"values\":{}}").then().statusCode(409).body("detail", containsString("SUBMITTED"));

        // appraisal: only the owning department; the first verdict opens the appraisal
        appraise(Tokens.appraiser("syt"), id, "2", "AGREE", null).then().statusCode(403).body("detail", containsString("sgtvt"));
        appraise(Tokens.appraiser("sgtvt"), id, "2", "DISAGREE", null).then().statusCode(400).body("errors[0].field", equalTo("comment"));
        appraise(Tokens.district(MAI_SON), id, "2", "AGREE", null).then().statusCode(403);
        appraise(Tokens.appraiser("sgtvt"), id, "2", "DISAGREE", "Đường trục bản chưa đạt 70%").then().statusCode(200)
                .body("state", equalTo("IN_APPRAISAL")).body("verdicts", hasSize(1));

        // return: coordinator only, reason mandatory; verdicts kept in history
        Api.post(Tokens.coordinator(), id, "return", "{\"reason\":\"  \"}").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        Api.post(district, id, "return", "{\"reason\":\"x\"}").then().statusCode(403);
        Api.post(Tokens.coordinator(), id, "return", "{\"reason\":\"Bổ sung hồ sơ tiêu chí 2\"}").then().statusCode(200)
                .body("state", equalTo("RETURNED")).body("round", equalTo(2)).body("verdicts", hasSize(0))
                .body("earlierVerdicts", hasSize(1)).body("returnReason", equalTo("Bổ sung hồ sơ tiêu chí 2"));

        // corrected and resubmitted, then every department agrees
        given().auth().oauth2(district).contentType(ContentType.JSON).header("If-Match", Api.etag(district, id))
                .body("{\"value\":70,\"note\":\"đã cứng hóa thêm 3 km\",\"dataSource\":\"Phòng KT-HT\"}")
                .put("/api/v1/assessments/" + id + "/values/2.2").then().statusCode(200);
        Api.post(district, id, "submit", null).then().statusCode(200).body("state", equalTo("SUBMITTED"));
        Api.appraiseAll(id, Fixtures.set2016(), List.of());
        given().auth().oauth2(Tokens.coordinator()).get("/api/v1/assessments/" + id).then().body("state", equalTo("APPRAISED"))
                .body("evaluation.criteriaAgreed", equalTo(19));

        // recognition: coordinator, If-Match, the decision
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body("{\"decisionNumber\":\"2345/QĐ-UBND\",\"decisionDate\":\"2020-12-15\",\"issuingBody\":\"UBND tỉnh Sơn La\"}")
                .post("/api/v1/assessments/" + id + "/recognise").then().statusCode(428);
        Api.post(district, id, "recognise", "{\"decisionNumber\":\"1\",\"decisionDate\":\"2020-12-15\",\"issuingBody\":\"x\"}")
                .then().statusCode(403);
        Api.post(Tokens.coordinator(), id, "recognise", "{\"decisionNumber\":\"2345/QĐ-UBND\",\"decisionDate\":\"2020-12-15\"}")
                .then().statusCode(400).body("errors.field", hasItem("issuingBody"));
        long recognition = Api.post(Tokens.coordinator(), id, "recognise",
                        "{\"decisionNumber\":\"2345/QĐ-UBND\",\"decisionDate\":\"2020-12-15\",\"issuingBody\":\"UBND tỉnh Sơn La\"}")
                .then().statusCode(200).body("state", equalTo("RECOGNISED")).extract().jsonPath().getLong("recognitionId");
        given().auth().oauth2(Tokens.observer()).queryParam("at", "2020-12-31").get("/api/v1/units/" + CHIENG_BAN)
                .then().statusCode(200)
                .body("recognitions.find { it.id == " + recognition + " }.decisionNumber", equalTo("2345/QĐ-UBND"))
                .body("recognitions.find { it.id == " + recognition + " }.level", equalTo("BASIC"))
                .body("recognitions.find { it.id == " + recognition + " }.assessmentId", equalTo((int) id));

        var audit = given().auth().oauth2(Tokens.observer()).get("/api/v1/assessments/" + id + "/audit").then().statusCode(200)
                .body("action", hasItems("assessment.open", "assessment.values", "assessment.submit", "assessment.appraise",
                        "assessment.return", "assessment.value", "assessment.recognise"))
                .extract().jsonPath();
        List<String> actions = audit.getList("action");
        assertThat(actions.stream().filter(a -> a.equals("assessment.submit")).count()).isEqualTo(2);
        assertThat(actions.stream().filter(a -> a.equals("assessment.appraise")).count()).isEqualTo(20);
        int returned = actions.indexOf("assessment.return");
        assertThat(audit.getString("[" + returned + "].before")).contains("IN_APPRAISAL");
        assertThat(audit.getString("[" + returned + "].after")).contains("RETURNED");
        assertThat(audit.getString("[" + returned + "].reason")).isEqualTo("Bổ sung hồ sơ tiêu chí 2");
        assertThat(audit.getString("[" + returned + "].actor")).isEqualTo("coordinator");
    }

    @Test
    void recognitionIsRefusedWhileADepartmentDisagrees() {
        long id = Api.appraised("03658", "116", 2019, List.of("17"));
        Api.post(Tokens.coordinator(), id, "recognise",
                        "{\"decisionNumber\":\"9/QĐ-UBND\",\"decisionDate\":\"2019-12-20\",\"issuingBody\":\"UBND tỉnh Sơn La\"}")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("criterion 17")).body("detail", containsString("stnmt disagrees"));
        given().auth().oauth2(Tokens.coordinator()).get("/api/v1/assessments/" + id).then().body("state", equalTo("APPRAISED"));
    }

    @Test
    void recognitionIsRefusedWhenTheStandardIsNotReachedEvenIfEveryoneAgrees() {
        long id = Api.openOk(Tokens.district("116"), "03661", 2019);
        Api.putValues(Tokens.district("116"), id, "{\"values\":{\"3.1\":{\"value\":74}}}").then().statusCode(200)
                .body("evaluation.criteria.find { it.code == '3' }.indicators[0].explanation", equalTo("74% < 80% (required ≥ 80%)"));
        Api.post(Tokens.district("116"), id, "submit", null).then().statusCode(200);
        Api.appraiseAll(id, Fixtures.set2016(), List.of());
        Api.post(Tokens.coordinator(), id, "recognise",
                        "{\"decisionNumber\":\"9/QĐ-UBND\",\"decisionDate\":\"2019-12-20\",\"issuingBody\":\"UBND tỉnh Sơn La\"}")
                .then().statusCode(422).body("detail", containsString("the standard is not reached: 0/19"));
    }

    @Test
    void aDistrictWorksOnlyOnCommunesUnderItAndEveryRefusalIsAProblem() {
        Api.open(Tokens.district("116"), "04123", 2020).then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("not under district 116"));
        long id = Api.openOk(Tokens.district(MAI_SON), "04123", 2020);
        given().auth().oauth2(Tokens.district("116")).get("/api/v1/assessments/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.commune("04120", MAI_SON)).get("/api/v1/assessments/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.appraiser("sgtvt")).get("/api/v1/assessments/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.externalSystem()).get("/api/v1/assessments/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.financePlanner()).get("/api/v1/assessments/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.commune("04123", MAI_SON)).get("/api/v1/assessments/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.district("116")).queryParam("districtCode", MAI_SON).get("/api/v1/assessments").then().statusCode(403);
        given().auth().oauth2(Tokens.district(MAI_SON)).queryParam("year", 2020).get("/api/v1/assessments").then().statusCode(200)
                .body("items.districtCode", org.hamcrest.Matchers.everyItem(equalTo(MAI_SON)));
        given().auth().oauth2(Tokens.district(MAI_SON)).queryParam("state", "SLEEPING").get("/api/v1/assessments").then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
        given().auth().oauth2(Tokens.coordinator()).get("/api/v1/assessments/abc").then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().auth().oauth2(Tokens.coordinator()).get("/api/v1/assessments/987654321").then().statusCode(404);
        Api.open(Tokens.district(MAI_SON), "04123", 2020).then().statusCode(409);
        Api.open(Tokens.district(MAI_SON), "99999", 2020).then().statusCode(400).body("errors[0].field", equalTo("unitCode"));
        given().auth().oauth2(Tokens.district(MAI_SON)).contentType(ContentType.JSON).body("{\"unitCode\":\"04123\",\"year\":\"x\"}")
                .post("/api/v1/assessments").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().auth().oauth2(Tokens.district(MAI_SON)).contentType(ContentType.JSON).body("{\"unitCode\":\"04123\"}")
                .post("/api/v1/assessments").then().statusCode(400).body("errors.field", hasItems("year", "criteriaSetCode"));
    }

    @Test
    void badValuesAreRefusedNamingTheFieldAndNothingIsWritten() {
        String district = Tokens.district(MAI_SON);
        long id = Api.openOk(district, "04126", 2020);
        String before = Api.etag(district, id);
        Api.putValues(district, id, "{\"values\":{\"2.1\":{\"value\":120},\"99.9\":{\"value\":true},\"4.1\":{\"value\":\"yes\"},\"3.1\":{\"value\":85}}}")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("values.2.1", "values.99.9", "values.4.1"))
                .body("errors.find { it.field == 'values.2.1' }.message", equalTo("must be a percentage between 0 and 100"));
        given().auth().oauth2(district).get("/api/v1/assessments/" + id).then().body("values", hasSize(0)).header("ETag", equalTo(before));
        given().auth().oauth2(district).contentType(ContentType.JSON).header("If-Match", before).body("{\"value\":true}")
                .put("/api/v1/assessments/" + id + "/values/2.1").then().statusCode(400).body("errors[0].field", equalTo("values.2.1"));
        given().auth().oauth2(district).contentType(ContentType.JSON).header("If-Match", before).body("{\"value\":82.75,\"bogus\":1}")
                .put("/api/v1/assessments/" + id + "/values/3.1").then().statusCode(400).body("errors[0].field", equalTo("bogus"));
        given().auth().oauth2(district).contentType(ContentType.JSON).header("If-Match", before).body("{\"value\":82.75}")
                .put("/api/v1/assessments/" + id + "/values/3.1").then().statusCode(200)
                .body("values.find { it.indicatorCode == '3.1' }.value", equalTo(82.75f))
                .body("evaluation.criteria.find { it.code == '3' }.indicators.find { it.code == '3.1' }.explanation", equalTo("82.75% ≥ 80%"));
    }

    @Test
    void staleOrMissingIfMatchIsRefused() {
        String district = Tokens.district(MAI_SON);
        long id = Api.openOk(district, "04108", 2020);
        given().auth().oauth2(district).contentType(ContentType.JSON).body("{\"values\":{}}").put("/api/v1/assessments/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        String etag = Api.etag(district, id);
        Api.putValues(district, id, "{\"values\":{\"4.1\":{\"value\":true}}}").then().statusCode(200);
        given().auth().oauth2(district).contentType(ContentType.JSON).header("If-Match", etag).body("{\"values\":{}}")
                .put("/api/v1/assessments/" + id).then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(district).header("If-Match", etag).post("/api/v1/assessments/" + id + "/submit").then().statusCode(412);
    }

    @Test
    void ofTwoConcurrentSubmitsOnlyOneWins() throws Exception {
        String district = Tokens.district(MAI_SON);
        long id = Api.openOk(district, "04114", 2020);
        String etag = Api.etag(district, id);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> given().auth().oauth2(district).header("If-Match", etag)
                        .post("/api/v1/assessments/" + id + "/submit").statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var a : answers) {
                statuses.add(a.get());
            }
            assertThat(statuses).containsOnlyOnce(200);
            assertThat(statuses).filteredOn(s -> s != 200).allMatch(s -> s == 412 || s == 409);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(Tokens.observer()).get("/api/v1/assessments/" + id + "/audit").then()
                .body("findAll { it.action == 'assessment.submit' }", hasSize(1));
    }

    @Test
    void theSnapshotIsFetchedOnceAndANonPublishedVersionIsRefused() {
        long before = Api.catalogueCalls(server, Fixtures.SET_2016, 1);
        Api.openOk(Tokens.district(MAI_SON), "04117", 2020);
        Api.openOk(Tokens.district(MAI_SON), "04117", 2019);
        assertThat(Api.catalogueCalls(server, Fixtures.SET_2016, 1) - before).isLessThanOrEqualTo(1);
        Api.stubVersion(server, Fixtures.SET_2016, 7, Fixtures.json2016().replace("\"PUBLISHED\"", "\"DRAFT\"").replace("\"version\" : 1", "\"version\" : 7"));
        Api.open(Tokens.district(MAI_SON), "04117", 2020, Fixtures.SET_2016, 7).then().statusCode(422)
                .body("detail", containsString("DRAFT"));
        Api.open(Tokens.district(MAI_SON), "04117", 2020, Fixtures.SET_2016, 8).then().statusCode(422)
                .body("errors[0].field", equalTo("setVersion"));
    }

    @Test
    void theCoordinatorMovesManyAssessmentsAtOnceWithAReportPerId() {
        long a = Api.openOk(Tokens.district("118"), "03682", 2020);
        long b = Api.openOk(Tokens.district("118"), "03706", 2020);
        Api.post(Tokens.district("118"), b, "submit", null).then().statusCode(200);
        given().auth().oauth2(Tokens.district("118")).contentType(ContentType.JSON).body("{\"ids\":[" + a + "]}")
                .post("/api/v1/assessments/bulk/submit").then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body("{\"ids\":[" + a + "," + b + ",987654]}")
                .post("/api/v1/assessments/bulk/submit").then().statusCode(200)
                .body("succeeded", equalTo(1)).body("failed", equalTo(2))
                .body("results.find { it.id == " + a + " }.state", equalTo("SUBMITTED"))
                .body("results.find { it.id == " + b + " }.status", equalTo(409))
                .body("results.find { it.id == 987654 }.status", equalTo(404));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body("{\"ids\":[" + a + "," + b + "]}")
                .post("/api/v1/assessments/bulk/return").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body("{\"ids\":[" + a + "," + b + "],\"reason\":\"Thiếu biên bản\"}")
                .post("/api/v1/assessments/bulk/return").then().statusCode(200).body("succeeded", equalTo(2));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body("{\"ids\":[" + a + "]}")
                .post("/api/v1/assessments/bulk/explode").then().statusCode(400).body("errors[0].field", equalTo("action"));
    }

    private static io.restassured.response.Response appraise(String token, long id, String criterion, String verdict, String comment) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"criterionCode\":\"" + criterion + "\",\"verdict\":\"" + verdict + "\""
                        + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}")
                .post("/api/v1/assessments/" + id + "/appraisals");
    }
}
