package vn.sonla.ntm.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;
import vn.sonla.ntm.testing.Tokens;

/**
 * The batch endpoints (ADR 0071): same rules and scopes as the single endpoints, all or nothing, one audit entry per record.
 * Runs on a database of its own (a test profile restarts the application, and Flyway cleans at every start): the units it
 * registers and the recognitions it records must not show in other tests' counts of Sơn La.
 */
@QuarkusTest
@TestProfile(BatchResourceTest.OwnDatabase.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class BatchResourceTest {

    /** A profile of its own, so that the application (and Flyway's clean) starts again before and after this class. */
    public static class OwnDatabase implements QuarkusTestProfile {
    }

    static final String MAI_SON = "125";

    @OidcWireMock
    WireMockServer server;

    @BeforeEach
    void catalogue() {
        Api.stubCatalogue(server);
    }

    // ---- units ---------------------------------------------------------------------------------------------------

    static String unit(String code, String name, String type, String level, String parent, String province, String from, String to) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"level\":\"" + level + "\","
                + "\"parentCode\":" + (parent == null ? "null" : "\"" + parent + "\"") + ",\"provinceCode\":\"" + province + "\","
                + "\"validFrom\":" + (from == null ? "null" : "\"" + from + "\"") + ",\"validTo\":" + (to == null ? "null" : "\"" + to + "\"")
                + ",\"source\":\"test\"}";
    }

    static io.restassured.response.Response registerUnits(String token, String units, String lineage) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"units\":[" + units + "],\"lineage\":[" + lineage + "]}").post("/api/v1/units/batch");
    }

    @Test
    void aCoordinatorRegistersAProvinceWithItsDistrictCommunesAndTheirSuccessorInOneBatch() {
        String units = String.join(",",
                // children before their parents: the batch is checked as a whole
                unit("90001", "Xã Thử Một", "Xã", "COMMUNE", "901", "90", null, "2025-06-30"),
                unit("90002", "Xã Thử Hai", "Xã", "COMMUNE", "901", "90", null, "2025-06-30"),
                unit("901", "Huyện Thử", "Huyện", "DISTRICT", "90", "90", null, "2025-06-30"),
                unit("90", "Tỉnh Thử", "Tỉnh", "PROVINCE", null, "90", null, null),
                unit("90001", "Xã Thử Mới", "Xã", "COMMUNE", "90", "90", "2025-07-01", null));
        String lineage = "{\"predecessorCode\":\"90001\",\"successorCode\":\"90001\",\"successorValidFrom\":\"2025-07-01\",\"kind\":\"FULL\"},"
                + "{\"predecessorCode\":\"90002\",\"successorCode\":\"90001\",\"successorValidFrom\":\"2025-07-01\",\"kind\":\"FULL\"}";
        registerUnits(Tokens.coordinator(), units, lineage).then().statusCode(201)
                .body("units", equalTo(5)).body("lineageLinks", equalTo(2)).body("communes", equalTo(3));

        given().auth().oauth2(Tokens.observer()).queryParam("at", "2020-12-31").get("/api/v1/units/90002").then().statusCode(200)
                .body("name", equalTo("Xã Thử Hai")).body("parent.code", equalTo("901"))
                .body("lineage.successors.code", hasItem("90001"));
        given().auth().oauth2(Tokens.observer()).queryParam("at", "2026-01-01").get("/api/v1/units/90001").then().statusCode(200)
                .body("name", equalTo("Xã Thử Mới")).body("lineage.predecessors", hasSize(2));
        given().auth().oauth2(Tokens.observer()).queryParam("level", "COMMUNE").queryParam("parentCode", "901")
                .queryParam("at", "2020-12-31").get("/api/v1/units").then().statusCode(200).body("total", equalTo(2));
        // one audit entry per unit and per link
        given().auth().oauth2(Tokens.coordinator()).get("/api/v1/units/90001/audit").then().statusCode(200)
                .body("action", hasItem("unit.register")).body("action", hasItem("unit.lineage"))
                .body("findAll { it.action == 'unit.register' }", hasSize(2));
        given().auth().oauth2(Tokens.coordinator()).get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));
        // the published status knows the new communes at once
        given().auth().oauth2(Tokens.externalSystem()).get("/api/v1/commune-status/90002").then().statusCode(200)
                .body("unitName", equalTo("Xã Thử Hai"));

        // the same unit again: 409, nothing written
        registerUnits(Tokens.coordinator(), unit("90", "Tỉnh Thử", "Tỉnh", "PROVINCE", null, "90", null, null), "")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("units[0]"));
    }

    @Test
    void onlyTheCoordinatorRegistersUnits() {
        String province = unit("91", "Tỉnh Cấm", "Tỉnh", "PROVINCE", null, "91", null, null);
        registerUnits(Tokens.district(MAI_SON), province, "").then().statusCode(403).contentType("application/problem+json");
        registerUnits(Tokens.observer(), province, "").then().statusCode(403);
        registerUnits(Tokens.appraiser("snn"), province, "").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"units\":[" + province + "]}").post("/api/v1/units/batch").then().statusCode(401);
        given().auth().oauth2(Tokens.observer()).get("/api/v1/units/91").then().statusCode(404);
    }

    @Test
    void oneBadUnitRefusesTheWholeBatchNamingEachFault() {
        String units = String.join(",",
                unit("92", "Tỉnh Lỗi", "Tỉnh", "PROVINCE", null, "92", null, null),
                unit("921", "Huyện Lỗi", "Huyện", "DISTRICT", "92", "92", null, null),
                unit("9210", "Xã Mã Sai", "Xã", "COMMUNE", "921", "92", null, null),
                unit("92100", "Xã Không Cha", "Xã", "COMMUNE", "929", "92", null, null),
                unit("92101", "Xã Sai Tỉnh", "Xã", "COMMUNE", "125", "92", null, "2025-06-30"));
        String lineage = "{\"predecessorCode\":\"92999\",\"successorCode\":\"92100\",\"kind\":\"FULL\"}";
        registerUnits(Tokens.coordinator(), units, lineage).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("units[2].code"))
                .body("errors.field", hasItem("units[3].parentCode"))
                .body("errors.field", hasItem("units[4].parentCode"))
                .body("errors.field", hasItem("lineage[0].predecessorCode"));
        given().auth().oauth2(Tokens.observer()).get("/api/v1/units/92").then().statusCode(404);
        given().auth().oauth2(Tokens.observer()).get("/api/v1/units/921").then().statusCode(404);
    }

    // ---- assessments ---------------------------------------------------------------------------------------------

    static String passingObject() {
        return Fixtures.valuesJson(Fixtures.passingValues(Fixtures.set2016())).replaceFirst("^\\{\"values\":", "").replaceFirst("}$", "");
    }

    static String item(String unitCode, int year, String valuesObject) {
        return "{\"unitCode\":\"" + unitCode + "\",\"year\":" + year + ",\"criteriaSetCode\":\"" + Fixtures.SET_2016
                + "\",\"criteriaSetVersion\":1" + (valuesObject == null ? "" : ",\"values\":" + valuesObject) + "}";
    }

    static io.restassured.response.Response post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/assessments/batch" + path);
    }

    static String passing() {
        return passingObject();
    }

    static long count(String unitCode, int year) {
        return given().auth().oauth2(Tokens.coordinator()).queryParam("unitCode", unitCode).queryParam("year", year)
                .get("/api/v1/assessments").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void aDistrictOpensItsCommunesAssessmentsWithValuesThenTheWorkflowRunsInBatchesToRecognition() {
        String district = Tokens.district(MAI_SON);
        JsonPath opened = post(district, "", "{\"items\":[" + item("04111", 2017, passing()) + "," + item("04114", 2017, passing()) + ","
                + item("04117", 2017, "{\"2.1\":{\"value\":10}}") + "]}")
                .then().statusCode(201).body("count", equalTo(3)).body("items.state", everyItem(equalTo("DRAFT")))
                .body("items[0].criteriaMet", equalTo(19)).body("items[2].criteriaMet", equalTo(0)).extract().jsonPath();
        List<Long> ids = opened.getList("items.id", Long.class);
        given().auth().oauth2(district).get("/api/v1/assessments/" + ids.get(0)).then().statusCode(200)
                .body("districtCode", equalTo(MAI_SON)).body("values", hasSize(Fixtures.passingValues(Fixtures.set2016()).size()))
                .body("evaluation.score", equalTo("19/19"));
        given().auth().oauth2(district).get("/api/v1/assessments/" + ids.get(0) + "/audit").then().statusCode(200)
                .body("", hasSize(1)).body("[0].action", equalTo("assessment.open")).body("[0].after", containsString("\"values\""));

        // submit the two complete ones; a stale version refuses the batch and nothing moves
        String stale = "{\"items\":[{\"id\":" + ids.get(0) + ",\"version\":0},{\"id\":" + ids.get(1) + ",\"version\":99}]}";
        post(district, "/submissions", stale).then().statusCode(412).body("errors[0].field", equalTo("items[1]"));
        given().auth().oauth2(district).get("/api/v1/assessments/" + ids.get(0)).then().body("state", equalTo("DRAFT"));
        post(district, "/submissions", "{\"items\":[{\"id\":" + ids.get(0) + "}]}").then().statusCode(428);
        List<Long> versions = opened.getList("items.version", Long.class);
        post(district, "/submissions", "{\"items\":[{\"id\":" + ids.get(0) + ",\"version\":" + versions.get(0) + "},{\"id\":" + ids.get(1)
                + ",\"version\":" + versions.get(1) + "}]}").then().statusCode(200).body("items.state", everyItem(equalTo("SUBMITTED")));

        // every department gives its verdicts on both, in one batch each; another department's criterion is refused
        CriteriaSetDocument set = Fixtures.set2016();
        Map<String, List<String>> byDepartment = new LinkedHashMap<>();
        set.criteria().forEach(c -> byDepartment.computeIfAbsent(c.departmentCode(), k -> new ArrayList<>()).add(c.code()));
        String someone = byDepartment.keySet().iterator().next();
        String othersCriterion = byDepartment.entrySet().stream().filter(e -> !e.getKey().equals(someone)).findFirst().orElseThrow()
                .getValue().get(0);
        post(Tokens.appraiser(someone), "/appraisals", "{\"items\":[" + verdicts(ids.get(0), byDepartment.get(someone)) + ","
                + verdicts(ids.get(1), List.of(othersCriterion)) + "]}").then().statusCode(403).body("errors[0].field", equalTo("items[1]"));
        given().auth().oauth2(district).get("/api/v1/assessments/" + ids.get(0)).then().body("state", equalTo("SUBMITTED"));
        post(district, "/appraisals", "{\"items\":[" + verdicts(ids.get(0), byDepartment.get(someone)) + "]}").then().statusCode(403);
        byDepartment.forEach((department, criteria) -> post(Tokens.appraiser(department), "/appraisals",
                "{\"items\":[" + verdicts(ids.get(0), criteria) + "," + verdicts(ids.get(1), criteria) + "]}").then().statusCode(200));
        JsonPath appraised = given().auth().oauth2(district).get("/api/v1/assessments/" + ids.get(0)).then().statusCode(200)
                .body("state", equalTo("APPRAISED")).body("verdicts", hasSize(19)).extract().jsonPath();
        long v0 = Long.parseLong(given().auth().oauth2(district).get("/api/v1/assessments/" + ids.get(0)).header("ETag").replace("\"", ""));
        long v1 = Long.parseLong(given().auth().oauth2(district).get("/api/v1/assessments/" + ids.get(1)).header("ETag").replace("\"", ""));

        // recognise one and return the other: the coordinator's; a district is refused
        String decision = ",\"decisionNumber\":\"12/QĐ-UBND\",\"decisionDate\":\"2017-12-20\",\"issuingBody\":\"UBND tỉnh Sơn La\"";
        post(district, "/recognitions", "{\"items\":[{\"id\":" + ids.get(0) + ",\"version\":" + v0 + decision + "}]}").then().statusCode(403);
        post(Tokens.coordinator(), "/recognitions", "{\"items\":[{\"id\":" + ids.get(0) + ",\"version\":" + v0 + decision + "}]}")
                .then().statusCode(200).body("items[0].state", equalTo("RECOGNISED")).body("items[0].recognitionId", notNullValue());
        post(Tokens.coordinator(), "/returns", "{\"items\":[{\"id\":" + ids.get(1) + ",\"version\":" + v1 + ",\"reason\":\"Thiếu biên bản\"}]}")
                .then().statusCode(200).body("items[0].state", equalTo("RETURNED"));
        given().auth().oauth2(Tokens.observer()).queryParam("at", "2017-12-31").get("/api/v1/units/04111").then().statusCode(200)
                .body("recognitions.decisionNumber", hasItem("12/QĐ-UBND"));
        given().auth().oauth2(district).get("/api/v1/assessments/" + ids.get(0) + "/audit").then().statusCode(200)
                .body("action", hasItem("assessment.submit")).body("action", hasItem("assessment.appraise"))
                .body("action", hasItem("assessment.recognise"));
        given().auth().oauth2(Tokens.coordinator()).get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));
        // the recognition reached the published status in the same transaction
        given().auth().oauth2(Tokens.externalSystem()).get("/api/v1/commune-status/04111").then().statusCode(200);
        assert appraised.getString("state").equals("APPRAISED");
    }

    static String verdicts(long id, List<String> criteria) {
        return "{\"id\":" + id + ",\"verdicts\":[" + criteria.stream().map(c -> "{\"criterionCode\":\"" + c + "\",\"verdict\":\"AGREE\"}")
                .collect(Collectors.joining(",")) + "]}";
    }

    @Test
    void oneItemOutsideTheDistrictRefusesTheBatchAndNothingIsOpened() {
        String district = Tokens.district(MAI_SON);
        post(district, "", "{\"items\":[" + item("04141", 2016, passing()) + "," + item("03646", 2016, passing()) + "]}")
                .then().statusCode(403).contentType("application/problem+json").body("errors[0].field", equalTo("items[1]"))
                .body("detail", containsString("nothing in this batch was written"));
        org.assertj.core.api.Assertions.assertThat(count("04141", 2016)).isZero();
        post(Tokens.observer(), "", "{\"items\":[" + item("04141", 2016, passing()) + "]}").then().statusCode(403);
        post(Tokens.appraiser("snn"), "", "{\"items\":[" + item("04141", 2016, passing()) + "]}").then().statusCode(403);
    }

    @Test
    void badValuesAndDuplicatesAreNamedPerItemAndNothingIsOpened() {
        String district = Tokens.district(MAI_SON);
        post(district, "", "{\"items\":[" + item("04144", 2016, passing()) + "," + item("04147", 2016, "{\"9.9\":{\"value\":1},\"2.1\":{\"value\":\"x\"}}") + "]}")
                .then().statusCode(400).body("errors.field", hasItem("items[1].values.9.9")).body("errors.field", hasItem("items[1].values.2.1"));
        org.assertj.core.api.Assertions.assertThat(count("04144", 2016)).isZero();
        post(district, "", "{\"items\":[" + item("04144", 2016, null) + "," + item("04144", 2016, null) + "]}")
                .then().statusCode(409).body("errors[0].field", equalTo("items[1]"));
        org.assertj.core.api.Assertions.assertThat(count("04144", 2016)).isZero();
        post(district, "", "{\"items\":[" + item("04144", 2016, null) + "]}").then().statusCode(201);
        post(district, "", "{\"items\":[" + item("04147", 2016, null) + "," + item("04144", 2016, null) + "]}")
                .then().statusCode(409).body("errors[0].field", equalTo("items[1]"));
        org.assertj.core.api.Assertions.assertThat(count("04147", 2016)).isZero();
        post(district, "", "{\"items\":[" + item("04144", 1999, null) + "]}").then().statusCode(400);
        post(district, "", "{\"items\":[]}").then().statusCode(400);
    }
}
