package vn.sonla.ntm.gateway.decision;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.sonla.ntm.gateway.Services.ASSESSMENT;
import static vn.sonla.ntm.gateway.Services.CRITERIA;
import static vn.sonla.ntm.gateway.Services.FUNDING;
import static vn.sonla.ntm.gateway.Services.json;

import java.io.ByteArrayInputStream;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import vn.sonla.ntm.gateway.GatewayTest;
import vn.sonla.ntm.gateway.Services;
import vn.sonla.ntm.testing.Tokens;

/** Decision support at the gateway, over stubbed services (the services' own rules are their tests'). */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DecisionResourceTest extends GatewayTest {

    static final long M = 1_000_000L;
    static final String SET = "sonla-ntm-nang-cao-xa-2018-2020";
    static final ObjectMapper JSON = new ObjectMapper();

    static String commune(String code, String name, String district, boolean pilot, int met, int required, String criteria) {
        return """
                {"assessmentId":%d,"unitCode":"%s","unitName":"%s","districtCode":"%s","pilot":%s,"year":2020,"state":"SUBMITTED",
                 "criteriaSetCode":"%s","criteriaSetVersion":1,"criteriaMet":%d,"criteriaTotal":17,"criteriaRequired":%d,
                 "criteriaStillNeeded":%d,"standardReached":%s,"costToStandard":null,"criteriaForStandard":[],"costOfAllPriced":0,
                 "criteriaPriced":0,"criteriaUnpriced":[],"criteria":[%s],"estimates":[],"explanationVi":"x","explanationEn":"x"}"""
                .formatted(Math.abs(code.hashCode()), code, name, district, pilot, SET, met, required, Math.max(0, required - met),
                        met >= required, criteria);
    }

    static String criterion(String code, String field, long amount) {
        return """
                {"criterionCode":"%s","priced":true,"total":%d,"byField":{"%s":%d},
                 "indicators":[{"indicatorCode":"%s.1","criterionCode":"%s","status":"NOT_MET","cost":%d,"fieldCode":"%s","basis":"ESTIMATE"}]}"""
                .formatted(code, amount, field, amount, code, code, amount, field);
    }

    /** Chiềng Ban (pilot) lacks roads 500 + culture 400; Chiềng Mai roads 400; Hát Lót culture 400. */
    static final String GAP_COSTS = "[" + String.join(",",
            commune("04120", "Xã Chiềng Ban", "125", true, 15, 17, criterion("2", "HT_GIAO_THONG", 500 * M) + "," + criterion("6", "VAN_HOA", 400 * M)),
            commune("04132", "Xã Chiềng Mai", "125", false, 16, 17, criterion("2", "HT_GIAO_THONG", 400 * M)),
            commune("04135", "Xã Hát Lót", "125", false, 16, 17, criterion("6", "VAN_HOA", 400 * M))) + "]";

    static final String FIELDS = "[{\"code\":\"HT_GIAO_THONG\",\"infrastructure\":true},{\"code\":\"VAN_HOA\",\"infrastructure\":false}]";

    static String request(String extra) {
        return "{\"year\":2020,\"criteriaSetCode\":\"" + SET + "\",\"budget\":{\"sources\":[{\"sourceCode\":\"NSTW_DTPT\",\"amount\":" + 1_000 * M
                + ",\"allowedFields\":[\"HT_GIAO_THONG\",\"VAN_HOA\"]}]" + extra + "}";
    }

    void stubProposalData() {
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/gap-costs/communes")).withQueryParam("criteriaSetCode", WireMock.equalTo(SET))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(GAP_COSTS)));
        services.stub(get(urlPathEqualTo(FUNDING + "/api/v1/spending-fields"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(FIELDS)));
    }

    @Test
    void aProposalPutsThePilotFirstExplainsEveryCommuneAndIsKeptAsAScenario() throws Exception {
        stubProposalData();
        String token = Tokens.coordinator();

        given().auth().oauth2(token).contentType(ContentType.JSON).body(request("}")).post("/api/v1/decision/proposals").then()
                .statusCode(200).body("degraded", empty())
                .body("proposal.method", equalTo("DYNAMIC_PROGRAMMING")).body("proposal.provenOptimal", equalTo(true))
                .body("proposal.score.pilotsReached", equalTo(1)).body("proposal.score.communesReached", equalTo(1))
                .body("proposal.proposedTotal", equalTo((int) (900 * M)))
                .body("proposal.communes[0].unitCode", equalTo("04120"))
                .body("proposal.communes[0].explanationVi", startsWith("Xã Chiềng Ban (xã thí điểm) được chọn vì còn thiếu 2 tiêu chí"))
                .body("proposal.communes.find { it.unitCode == '04132' }.explanationVi", containsString("chưa được chọn"));
        assertThat(services.count(WireMock.getRequestedFor(urlPathEqualTo(ASSESSMENT + "/api/v1/gap-costs/communes"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token)))).isEqualTo(1);

        // pinned Chiềng Mai: it and Hát Lót reach the standard instead (800 million), the pilot is explained
        given().auth().oauth2(token).contentType(ContentType.JSON).body(request("},\"pinned\":[\"04132\"]")).post("/api/v1/decision/proposals")
                .then().statusCode(200).body("proposal.score.communesReached", equalTo(2)).body("proposal.proposedTotal", equalTo((int) (800 * M)));
        // a 30 % infrastructure cap (300 million) leaves only culture: Hát Lót
        given().auth().oauth2(token).contentType(ContentType.JSON).body(request(",\"infrastructureMaxSharePercent\":30}"))
                .post("/api/v1/decision/proposals").then().statusCode(200)
                .body("proposal.score.communesReached", equalTo(1)).body("proposal.infrastructureProposed", equalTo(0))
                .body("proposal.communes.find { it.reachesStandard && !it.alreadyReached }.unitCode", equalTo("04135"));

        // kept as a scenario: funding-service receives the inputs, the result and the lines
        services.stub(post(urlPathEqualTo(FUNDING + "/api/v1/scenarios")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":51,\"status\":\"PROPOSED\",\"version\":0}")));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(request("},\"save\":true,\"title\":\"Phương án thử\""))
                .post("/api/v1/decision/proposals").then().statusCode(200).body("scenario.id", equalTo(51));
        assertThat(services.count(postRequestedFor(urlPathEqualTo(FUNDING + "/api/v1/scenarios"))
                .withRequestBody(matchingJsonPath("$.lines[0].recipientCode", WireMock.equalTo("04120")))
                .withRequestBody(matchingJsonPath("$.title", WireMock.equalTo("Phương án thử")))
                .withRequestBody(matchingJsonPath("$.result.score.communesReached", WireMock.equalTo("1")))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token)))).isEqualTo(1);

        // Excel
        byte[] xlsx = given().auth().oauth2(token).contentType(ContentType.JSON).body(request("}"))
                .post("/api/v1/decision/proposals?format=xlsx").then().statusCode(200)
                .contentType(DecisionExcel.MEDIA_TYPE).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheet("Xã").getRow(0).getCell(0).getStringCellValue()).isEqualTo("PHƯƠNG ÁN PHÂN BỔ VỐN NĂM 2020");
            assertThat(wb.getSheet("Xã").getRow(5).getCell(1).getStringCellValue()).isEqualTo("Xã Chiềng Ban");
            assertThat(wb.getSheet("Dòng vốn").getRow(7).getCell(4).getNumericCellValue()).isEqualTo(900 * M);
        }
    }

    static org.hamcrest.Matcher<String> startsWith(String prefix) {
        return org.hamcrest.Matchers.startsWith(prefix);
    }

    @Test
    void badProposalsAreRefusedNamingTheFieldAndAMissingServiceIsSaid() {
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body("{\"year\":2020,\"criteriaSetCode\":\"" + SET + "\"}")
                .post("/api/v1/decision/proposals").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem(containsString("budget")));
        given().auth().oauth2(Tokens.district("125")).contentType(ContentType.JSON).body(request("}")).post("/api/v1/decision/proposals")
                .then().statusCode(403);
        stubProposalData();
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body(request("},\"pinned\":[\"09999\"]"))
                .post("/api/v1/decision/proposals").then().statusCode(422).body("errors[0].field", equalTo("pinned[0]"));

        services.down(FUNDING);
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body(request("}")).post("/api/v1/decision/proposals")
                .then().statusCode(200).body("degraded", contains("funding")).body("proposal.score.communesReached", equalTo(1));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body(request(",\"infrastructureMaxSharePercent\":30}"))
                .post("/api/v1/decision/proposals").then().statusCode(503).contentType("application/problem+json");
        services.down(ASSESSMENT);
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body(request("}")).post("/api/v1/decision/proposals")
                .then().statusCode(503).header("Retry-After", "5");
    }

    @Test
    void theDistrictRankingJoinsGapCostsWithThisYearsAllocationsAndTheScorecardGetsItsGapCost() {
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/gap-costs/communes")).withQueryParam("districtCode", WireMock.equalTo("125"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(GAP_COSTS)));
        services.stub(get(urlPathEqualTo(FUNDING + "/api/v1/summary/districts/125")).willReturn(json("funding-district.json")));

        given().auth().oauth2(Tokens.district("125")).queryParam("criteriaSetCode", SET).queryParam("year", 2020)
                .get("/api/v1/decision/districts/125/ranking").then().statusCode(200).body("degraded", empty())
                .body("communes.unitCode", contains("04120", "04132", "04135")).body("communes.rank", contains(1, 2, 3))
                .body("communes[1].allocatedThisYear", equalTo(644_000_000)).body("communes[0].pilot", equalTo(true));
        given().auth().oauth2(Tokens.district("125")).get("/api/v1/decision/districts/125/ranking").then().statusCode(400)
                .body("errors[0].field", equalTo("criteriaSetCode"));

        services.down(FUNDING);
        given().auth().oauth2(Tokens.coordinator()).queryParam("criteriaSetCode", SET).queryParam("year", 2020)
                .get("/api/v1/decision/districts/125/ranking").then().statusCode(200).body("degraded", contains("funding"))
                .body("communes[1].allocatedThisYear", nullValue());

        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/gap-costs/communes")).withQueryParam("unitCode", WireMock.equalTo("04132"))
                .atPriority(2).willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("[" + commune("04132",
                        "Xã Chiềng Mai", "125", false, 16, 17, criterion("2", "HT_GIAO_THONG", 400 * M)) + "]")));
        given().auth().oauth2(Tokens.commune("04132", "125")).queryParam("criteriaSetCode", SET).get("/api/v1/decision/communes/04132/gap-cost")
                .then().statusCode(200).body("gapCost.unitCode", equalTo("04132")).body("degraded", empty());
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/gap-costs/communes")).withQueryParam("unitCode", WireMock.equalTo("04135"))
                .atPriority(2).willReturn(Services.problem(403, "a commune account reads only its own commune")));
        given().auth().oauth2(Tokens.commune("04132", "125")).queryParam("criteriaSetCode", SET).get("/api/v1/decision/communes/04135/gap-cost")
                .then().statusCode(403).body("detail", containsString("own commune"));
        services.down(ASSESSMENT);
        given().auth().oauth2(Tokens.coordinator()).queryParam("criteriaSetCode", SET).get("/api/v1/decision/communes/04132/gap-cost")
                .then().statusCode(200).body("degraded", contains("assessment")).body("gapCost", nullValue());
    }

    /**
     * The 2016–2020 set (own) against a derived version: roads 2.2 raised to ≥ 80 %, schools 5.1 to ≥ 90 %, a new indicator
     * 17.9 in criterion 17, and "at least 17 of 19". Commune L (everything exactly at the old thresholds) loses the
     * standard; commune W (no cultural house 6.1, else comfortably above) gains it.
     */
    @Test
    void theWhatIfJudgesTheLatestValuesAgainstAnotherVersionAndExportsToExcel() throws Exception {
        ObjectNode own = (ObjectNode) JSON.readTree(Services.resource("criteria-version.json"));
        ObjectNode target = own.deepCopy();
        target.put("code", "ntm-xa-thu-nghiem");
        target.put("status", "DRAFT");
        target.set("recognitionRule", JSON.readTree("{\"kind\":\"AT_LEAST\",\"minimum\":17}"));
        for (JsonNode g : target.path("groups")) {
            for (JsonNode c : g.path("criteria")) {
                for (JsonNode i : c.path("indicators")) {
                    if (i.path("code").asText().equals("2.2")) {
                        ((ObjectNode) i.path("thresholds").get(0)).put("value", 80);
                    }
                    if (i.path("code").asText().equals("5.1")) {
                        ((ObjectNode) i.path("thresholds").get(0)).put("value", 90);
                    }
                }
                if (c.path("code").asText().equals("17")) {
                    ((ArrayNode) c.path("indicators")).add(JSON.readTree("{\"code\":\"17.9\",\"nameVi\":\"Chỉ tiêu mới\",\"kind\":\"BOOLEAN\","
                            + "\"thresholds\":[{\"comparator\":\"achieved\"}]}"));
                }
            }
        }
        services.stub(get(urlPathEqualTo(CRITERIA + "/api/v1/criteria-sets/ntm-xa-thu-nghiem/versions/1"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(target.toString())));
        services.stub(get(urlPathEqualTo(CRITERIA + "/api/v1/criteria-sets/ntm-xa-2016-2020/versions/1"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(own.toString())));
        ObjectNode passing = JSON.createObjectNode();
        for (JsonNode g : own.path("groups")) {
            for (JsonNode c : g.path("criteria")) {
                for (JsonNode i : c.path("indicators")) {
                    JsonNode t = i.path("thresholds").get(0);
                    switch (t.path("comparator").asText()) {
                        case "achieved" -> passing.put(i.path("code").asText(), true);
                        case "none" -> passing.put(i.path("code").asText(), false);
                        default -> passing.set(i.path("code").asText(), t.path("value"));
                    }
                }
            }
        }
        ObjectNode w = passing.deepCopy();
        w.put("6.1", false);
        w.put("2.2", 95);
        w.put("5.1", 95);
        String latest = "[" + latest("04120", "Xã L", passing) + "," + latest("04132", "Xã W", w) + "]";
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/gap-costs/latest-values"))
                .withQueryParam("criteriaSetCode", WireMock.equalTo("ntm-xa-2016-2020"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(latest)));

        Map<String, String> query = Map.of("criteriaSetCode", "ntm-xa-thu-nghiem", "version", "1", "fromSetCode", "ntm-xa-2016-2020");
        given().auth().oauth2(Tokens.coordinator()).queryParams(query).get("/api/v1/decision/what-if").then().statusCode(200)
                .body("gains", equalTo(1)).body("loses", equalTo(1))
                .body("outcomes.unitCode", contains("04132", "04120"))
                .body("outcomes[1].change", equalTo("LOSES")).body("outcomes[1].scoreAfter", equalTo("16/19"))
                .body("outcomes[1].causes.indicatorCode", contains("2.2", "5.1", "17.9"))
                .body("outcomes[1].missingBecauseNew", contains("17.9"))
                .body("outcomes[0].change", equalTo("GAINS")).body("outcomes[0].scoreBefore", equalTo("18/19"))
                .body("summaryVi", startsWith("Theo bộ tiêu chí ntm-xa-thu-nghiem v1: 2 xã được đánh giá lại; 1 xã đạt chuẩn mới, 1 xã mất chuẩn"));

        byte[] xlsx = given().auth().oauth2(Tokens.coordinator()).queryParams(query).queryParam("format", "xlsx")
                .get("/api/v1/decision/what-if").then().statusCode(200).contentType(DecisionExcel.MEDIA_TYPE).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(5).getCell(5).getStringCellValue()).isEqualTo("Đạt chuẩn mới");
            assertThat(wb.getSheetAt(0).getRow(6).getCell(7).getStringCellValue()).isEqualTo("17.9");
        }

        given().auth().oauth2(Tokens.coordinator()).queryParam("criteriaSetCode", "ntm-xa-thu-nghiem").queryParam("fromSetCode", "x")
                .get("/api/v1/decision/what-if").then().statusCode(400).body("errors[0].field", equalTo("version"));
        services.stub(get(urlPathEqualTo(CRITERIA + "/api/v1/criteria-sets/ntm-xa-thu-nghiem/versions/2")).willReturn(Services.problem(404, "no")));
        given().auth().oauth2(Tokens.observer()).queryParams(Map.of("criteriaSetCode", "ntm-xa-thu-nghiem", "version", "2", "fromSetCode",
                "ntm-xa-2016-2020")).get("/api/v1/decision/what-if").then().statusCode(404);
    }

    static String latest(String code, String name, JsonNode values) {
        return "{\"assessmentId\":1,\"unitCode\":\"" + code + "\",\"unitName\":\"" + name + "\",\"districtCode\":\"125\",\"year\":2020,"
                + "\"state\":\"APPRAISED\",\"criteriaSetCode\":\"ntm-xa-2016-2020\",\"criteriaSetVersion\":1,\"communeClass\":null,\"values\":"
                + values + "}";
    }

    @Test
    void theForecastCountsAppraisalAndFullyFundedGapsWhenTheDeadlineLeavesTime() {
        String summary = """
                {"provinceCode":"14","year":2026,"plans":[{"code":"111/KH-UBND","criteriaSetCode":"%s","targets":[
                  {"code":"advanced-2030","kind":"RECOGNISED_COUNT","description":"Ít nhất 03 xã đạt chuẩn nâng cao","deadline":"2030-12-31",
                   "progress":{"value":1,"required":3,"status":"AT_RISK","counted":[{"unitCode":"04027","unitName":"Xã Mường Sang"}],
                   "inPipeline":[{"unitCode":"04120","unitName":"Xã Chiềng Ban","detail":"submitted"}],"outstanding":[]}}]}]}"""
                .formatted(SET);
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/summary/province/14"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(summary)));
        String gaps = "[" + commune("04132", "Xã Chiềng Mai", "125", false, 16, 17, criterion("2", "HT_GIAO_THONG", 400 * M))
                .replace("\"costToStandard\":null", "\"costToStandard\":" + 400 * M) + ","
                + commune("04135", "Xã Hát Lót", "125", false, 16, 17, criterion("6", "VAN_HOA", 900 * M))
                .replace("\"costToStandard\":null", "\"costToStandard\":" + 900 * M) + "]";
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/gap-costs/communes"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(gaps)));
        services.stub(get(urlPathEqualTo(FUNDING + "/api/v1/summary/districts/125")).willReturn(json("funding-district.json")));

        // Chiềng Mai: 644 million allocated ≥ 400 needed → counts; Hát Lót 805 < 900 → does not
        given().auth().oauth2(Tokens.coordinator()).queryParam("planCode", "111/KH-UBND").queryParam("year", 2026)
                .get("/api/v1/decision/forecast").then().statusCode(200).body("degraded", empty())
                .body("targets[0].forecast.outlook", equalTo("ON_TRACK")).body("targets[0].forecast.likely", equalTo(3))
                .body("targets[0].forecast.counted.unitCode", contains("04120", "04132"))
                .body("targets[0].forecast.notFunded.unitCode", contains("04135"));
        given().auth().oauth2(Tokens.coordinator()).queryParam("planCode", "111/KH-UBND").queryParam("year", 2026).queryParam("worksDays", 3650)
                .get("/api/v1/decision/forecast").then().statusCode(200)
                .body("targets[0].forecast.outlook", equalTo("AT_RISK"))
                .body("targets[0].forecast.reasonVi", containsString("không kịp: thi công cần khoảng 3650 ngày"));
        // a department reads the targets but not the gap costs: its forecast counts the pipeline only
        String appraiser = Tokens.appraiser("snn");
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/gap-costs/communes")).withHeader("Authorization",
                WireMock.equalTo("Bearer " + appraiser)).atPriority(1).willReturn(Services.problem(403, "gap costs are read by ...")));
        given().auth().oauth2(appraiser).queryParam("planCode", "111/KH-UBND").queryParam("year", 2026)
                .get("/api/v1/decision/forecast").then().statusCode(200).body("degraded", empty())
                .body("targets[0].forecast.likely", equalTo(2)).body("targets[0].forecast.outlook", equalTo("AT_RISK"));
        given().auth().oauth2(Tokens.coordinator()).queryParam("planCode", "99/KH").queryParam("year", 2026)
                .get("/api/v1/decision/forecast").then().statusCode(404);
        given().auth().oauth2(Tokens.coordinator()).get("/api/v1/decision/forecast").then().statusCode(400)
                .body("errors[0].field", equalTo("planCode"));
        services.down(FUNDING);
        given().auth().oauth2(Tokens.coordinator()).queryParam("planCode", "111/KH-UBND").queryParam("year", 2026)
                .get("/api/v1/decision/forecast").then().statusCode(200).body("degraded", contains("funding"))
                .body("targets[0].forecast.likely", equalTo(2));
    }
}
