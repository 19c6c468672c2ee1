package vn.sonla.ntm.assessment.gapcost;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.sonla.ntm.assessment.Api;
import vn.sonla.ntm.assessment.Fixtures;
import vn.sonla.ntm.rules.IndicatorValue;
import vn.sonla.ntm.testing.Tokens;

/**
 * Gap costing against the real database with signed tokens. Chiềng Chung (04129, Mai Sơn) meets everything but roads
 * 2.2 (64 % of ≥ 70 %: 6 points short) and the cultural house 6.1; Hát Lót (04135) misses only 6.1, uncosted.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class GapCostResourceTest {

    static final String SET = Fixtures.SET_2016;
    static final String MAI_SON = "125";
    static final long M = 1_000_000L;

    @OidcWireMock
    WireMockServer server;

    @BeforeEach
    void catalogue() {
        Api.stubCatalogue(server);
    }

    static long assessment(String unit, Map<String, IndicatorValue> overrides) {
        String district = Tokens.district(MAI_SON);
        long id = Api.openOk(district, unit, 2020);
        Map<String, IndicatorValue> values = new java.util.LinkedHashMap<>(Fixtures.passingValues(Fixtures.set2016()));
        values.putAll(overrides);
        Api.putValues(district, id, Fixtures.valuesJson(values)).then().statusCode(200);
        return id;
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void unitCostsAndDistrictEstimatesPriceTheGapsAndRankTheCommunes() {
        long chiengChung = assessment("04129", Map.of("2.2", IndicatorValue.of("64"), "6.1", IndicatorValue.of(false)));
        long hatLot = assessment("04135", Map.of("6.1", IndicatorValue.of(false)));

        // the office's unit cost: only the coordinator, every field named when wrong
        String unitCost = "{\"mode\":\"PER_SHORTFALL_UNIT\",\"amountPerUnit\":" + 150 * M
                + ",\"unit\":\"điểm %\",\"fieldCode\":\"HT_GIAO_THONG\",\"basis\":\"Đơn giá tham khảo 2019 (minh họa)\"}";
        as(Tokens.district(MAI_SON)).body(unitCost).put("/api/v1/gap-costs/unit-costs/" + SET + "/2.2").then().statusCode(403);
        as(Tokens.coordinator()).body("{\"mode\":\"PER_QUANTITY\",\"amountPerUnit\":0,\"fieldCode\":\"giao thông\",\"basis\":\" \"}")
                .put("/api/v1/gap-costs/unit-costs/" + SET + "/2.2").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("amountPerUnit", "fieldCode", "basis", "unit"));
        String etag = as(Tokens.coordinator()).body(unitCost).put("/api/v1/gap-costs/unit-costs/" + SET + "/2.2").then().statusCode(200)
                .body("amountPerUnit", equalTo((int) (150 * M))).extract().header("ETag");
        as(Tokens.coordinator()).body(unitCost).put("/api/v1/gap-costs/unit-costs/" + SET + "/2.2").then().statusCode(428);
        as(Tokens.coordinator()).header("If-Match", "\"99\"").body(unitCost).put("/api/v1/gap-costs/unit-costs/" + SET + "/2.2").then()
                .statusCode(412);
        as(Tokens.coordinator()).header("If-Match", etag).body(unitCost).put("/api/v1/gap-costs/unit-costs/" + SET + "/2.2").then()
                .statusCode(200);
        given().auth().oauth2(Tokens.district(MAI_SON)).queryParam("criteriaSetCode", SET).get("/api/v1/gap-costs/unit-costs").then()
                .statusCode(200).body("indicatorCode", hasItem("2.2"));

        // the district's estimate: its own communes only, open indicators only, amount xor quantity, shares adding up to 100
        String estimate = "{\"fieldCode\":\"HT_VAN_HOA\",\"amount\":" + 2_000 * M
                + ",\"sources\":[{\"sourceCode\":\"NSTW_DTPT\",\"percent\":70},{\"sourceCode\":\"CONG_DONG\",\"percent\":30}],\"note\":\"Nhà văn hóa xã\"}";
        String path = "/api/v1/gap-costs/assessments/" + chiengChung + "/estimates/6.1";
        as(Tokens.district("116")).body(estimate).put(path).then().statusCode(403);
        as(Tokens.commune("04129", MAI_SON)).body(estimate).put(path).then().statusCode(403);
        as(Tokens.district(MAI_SON)).body("{\"fieldCode\":\"VAN_HOA\",\"amount\":5,\"quantity\":2,\"sources\":[{\"sourceCode\":\"NS_TINH\",\"percent\":90}]}")
                .put(path).then().statusCode(400).body("errors.field", contains("amount", "sources"));
        as(Tokens.district(MAI_SON)).body(estimate).put("/api/v1/gap-costs/assessments/" + chiengChung + "/estimates/1.1").then()
                .statusCode(422).body("errors[0].field", equalTo("indicatorCode")).body("detail", containsString("met"));
        as(Tokens.district(MAI_SON)).body(estimate).put("/api/v1/gap-costs/assessments/" + chiengChung + "/estimates/99.9").then()
                .statusCode(422).body("errors[0].field", equalTo("indicatorCode"));
        String estimateTag = as(Tokens.district(MAI_SON)).body(estimate).put(path).then().statusCode(200)
                .body("sources", hasSize(2)).body("unitCode", equalTo("04129")).extract().header("ETag");
        as(Tokens.district(MAI_SON)).body(estimate).put(path).then().statusCode(428);
        as(Tokens.district(MAI_SON)).header("If-Match", estimateTag).body(estimate.replace("\"amount\":" + 2_000 * M, "\"amount\":" + 1_800 * M))
                .put(path).then().statusCode(200).body("amount", equalTo((int) (1_800 * M)));

        // the priced gaps: 6 points × 150 = 900 million for roads, 1 800 million for the house → 2 700 million to the standard
        given().auth().oauth2(Tokens.commune("04129", MAI_SON)).get("/api/v1/gap-costs/assessments/" + chiengChung).then().statusCode(200)
                .body("criteriaStillNeeded", equalTo(2)).body("costToStandard", equalTo(2_700 * M))
                .body("criteria.find { it.criterionCode == '2' }.indicators[0].basis", equalTo("UNIT_COST_SHORTFALL"))
                .body("criteria.find { it.criterionCode == '2' }.byField.HT_GIAO_THONG", equalTo((int) (900 * M)))
                .body("criteria.find { it.criterionCode == '6' }.indicators[0].basis", equalTo("ESTIMATE"))
                .body("explanationVi", equalTo("Còn thiếu 2 tiêu chí; chi phí thấp nhất để đạt chuẩn 2.700 triệu đồng (tiêu chí 2, 6)."));
        given().auth().oauth2(Tokens.commune("04135", MAI_SON)).get("/api/v1/gap-costs/assessments/" + chiengChung).then().statusCode(403);

        // the ranking: nearest first; a district sees its own, a commune itself
        given().auth().oauth2(Tokens.district(MAI_SON)).queryParam("criteriaSetCode", SET).queryParam("year", 2020)
                .get("/api/v1/gap-costs/communes").then().statusCode(200)
                .body("findAll { it.unitCode in ['04129', '04135'] }.unitCode", contains("04135", "04129"))
                .body("find { it.unitCode == '04135' }.costToStandard", nullValue())
                .body("find { it.unitCode == '04135' }.criteriaUnpriced", contains("6"))
                .body("find { it.unitCode == '04129' }.unitName", equalTo("Xã Chiềng Chung"))
                .body("districtCode.unique()", contains(MAI_SON));
        given().auth().oauth2(Tokens.district("116")).queryParam("criteriaSetCode", SET).queryParam("districtCode", MAI_SON)
                .get("/api/v1/gap-costs/communes").then().statusCode(403);
        // a Mai Sơn commune named outright: refused to another district, not answered with an empty list
        given().auth().oauth2(Tokens.district("116")).queryParam("criteriaSetCode", SET).queryParam("unitCode", "04129")
                .get("/api/v1/gap-costs/communes").then().statusCode(403);
        given().auth().oauth2(Tokens.district(MAI_SON)).queryParam("criteriaSetCode", SET).queryParam("unitCode", "04129")
                .get("/api/v1/gap-costs/communes").then().statusCode(200);
        given().auth().oauth2(Tokens.commune("04135", MAI_SON)).queryParam("criteriaSetCode", SET).get("/api/v1/gap-costs/communes").then()
                .statusCode(200).body("unitCode", contains("04135")).body("assessmentId", contains((int) hatLot));
        given().auth().oauth2(Tokens.appraiser("snn")).queryParam("criteriaSetCode", SET).get("/api/v1/gap-costs/communes").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).get("/api/v1/gap-costs/communes").then().statusCode(400)
                .body("errors[0].field", equalTo("criteriaSetCode"));

        // the latest values, for the what-if
        given().auth().oauth2(Tokens.district(MAI_SON)).queryParam("criteriaSetCode", SET).get("/api/v1/gap-costs/latest-values").then()
                .statusCode(200).body("find { it.unitCode == '04129' }.values.'2.2'", equalTo(64))
                .body("find { it.unitCode == '04129' }.values.'6.1'", equalTo(false))
                .body("find { it.unitCode == '04129' }.criteriaSetVersion", equalTo(1));
        given().auth().oauth2(Tokens.district("116")).queryParam("criteriaSetCode", SET).queryParam("districtCode", MAI_SON)
                .get("/api/v1/gap-costs/latest-values").then().statusCode(403);

        // every change audited; removal with If-Match
        given().auth().oauth2(Tokens.observer()).get("/api/v1/units/04129/audit").then().statusCode(200)
                .body("action", hasItem("gap-estimate.create")).body("action", hasItem("gap-estimate.revise"));
        String current = given().auth().oauth2(Tokens.coordinator()).queryParam("criteriaSetCode", SET).get("/api/v1/gap-costs/unit-costs")
                .then().extract().jsonPath().getString("find { it.indicatorCode == '2.2' }.version");
        given().auth().oauth2(Tokens.coordinator()).delete("/api/v1/gap-costs/unit-costs/" + SET + "/2.2").then().statusCode(428);
        given().auth().oauth2(Tokens.coordinator()).header("If-Match", "\"" + current + "\"")
                .delete("/api/v1/gap-costs/unit-costs/" + SET + "/2.2").then().statusCode(204);
        given().auth().oauth2(Tokens.observer()).get("/api/v1/gap-costs/unit-costs/" + SET + "/2.2/audit").then().statusCode(200)
                .body("action", contains("gap-unit-cost.create", "gap-unit-cost.revise", "gap-unit-cost.delete"));
        given().auth().oauth2(Tokens.coordinator()).get("/api/v1/gap-costs/assessments/" + chiengChung).then().statusCode(200)
                .body("costToStandard", nullValue())
                .body("criteria.find { it.criterionCode == '2' }.indicators[0].howVi", equalTo("chưa có ước tính của huyện và chưa có đơn giá"));
        given().auth().oauth2(Tokens.observer()).get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }
}
