package vn.sonla.ntm.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.OffsetDateTime;
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
class ReadModelResourceTest {

    @OidcWireMock
    WireMockServer server;

    @BeforeEach
    void catalogue() {
        Api.stubCatalogue(server);
    }

    @Test
    void theProvinceSummaryCountsCommunesByLevelPerDistrictAndShowsPilotsAndPlan111() {
        given().auth().oauth2(Tokens.observer()).queryParam("year", 2020).get("/api/v1/summary/province/14").then().statusCode(200)
                .body("referenceDate", equalTo("2020-12-31"))
                .body("levelsByDistrict", hasSize(12))
                .body("levelsByDistrict.find { it.districtCode == '116' }.communes", equalTo(12))
                .body("levelsByDistrict.find { it.districtCode == '116' }.communesByLevel.ADVANCED", equalTo(1))
                .body("levelsByDistrict.find { it.districtCode == '116' }.communesByLevel.BASIC", equalTo(4))
                .body("pilots.unitCode", containsInAnyOrder("04120", "04027", "03658"))
                .body("pilots.find { it.unitCode == '04120' }.level", equalTo("ADVANCED"))
                .body("plans[0].code", equalTo("111/KH-UBND"))
                .body("plans[0].targets.find { it.code == 'advanced-communes-2020' }.progress.status", equalTo("MET"));
        given().auth().oauth2(Tokens.observer()).queryParam("year", 2019).get("/api/v1/summary/province/14").then().statusCode(200)
                .body("levelsByDistrict.find { it.districtCode == '116' }.communesByLevel.BASIC", equalTo(5));
        given().auth().oauth2(Tokens.district("125")).get("/api/v1/summary/province/14").then().statusCode(403);
        given().auth().oauth2(Tokens.observer()).queryParam("year", "soon").get("/api/v1/summary/province/14").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().auth().oauth2(Tokens.observer()).queryParam("year", 2026).get("/api/v1/summary/province/14").then().statusCode(200)
                .body("levelsByDistrict", hasSize(1)).body("levelsByDistrict[0].communes", equalTo(75));
    }

    /** The summary is kept between changes (docs/decisions/0084): each change must show in the next read. */
    @Test
    void theProvinceSummaryShowsEveryChangeAtTheNextRead() {
        int drafts = draftsOf2020();
        assertThat(draftsOf2020()).as("read twice without a change").isEqualTo(drafts);
        Api.openOk(Tokens.district("126"), "04183", 2020);
        assertThat(draftsOf2020()).as("an assessment opened after the first read").isEqualTo(drafts + 1);
        // this year's summary, and a pilot designated today among the units of 1 July 2025
        given().auth().oauth2(Tokens.observer()).get("/api/v1/summary/province/14").then()
                .body("pilots.unitCode", not(hasItem("04186")));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"04186\",\"basis\":\"Quyết định thử nghiệm của UBND tỉnh\"}").post("/api/v1/pilots")
                .then().statusCode(201);
        given().auth().oauth2(Tokens.observer()).get("/api/v1/summary/province/14").then()
                .body("pilots.unitCode", hasItem("04186"));
        given().auth().oauth2(Tokens.district("126")).queryParam("year", 2020).get("/api/v1/summary/province/14").then()
                .statusCode(403); // a kept summary is still refused to a district
    }

    private static int draftsOf2020() {
        Integer drafts = given().auth().oauth2(Tokens.observer()).queryParam("year", 2020).get("/api/v1/summary/province/14")
                .then().statusCode(200).extract().jsonPath().get("assessmentsByState.DRAFT");
        return drafts == null ? 0 : drafts;
    }

    @Test
    void aDistrictSeesItsCommunesOneByOneAndNoOtherDistrict() {
        long id = Api.openOk(Tokens.district("126"), "04171", 2020);
        Api.putValues(Tokens.district("126"), id, "{\"values\":{\"4.1\":{\"value\":true},\"4.2\":{\"value\":96}}}").then().statusCode(200);
        given().auth().oauth2(Tokens.district("126")).queryParam("year", 2020).get("/api/v1/summary/districts/126").then().statusCode(200)
                .body("districtName", equalTo("Huyện Sông Mã"))
                .body("communes.unitCode", hasItem("04171"))
                .body("communes.find { it.unitCode == '04171' }.latestState", equalTo("DRAFT"))
                .body("communes.find { it.unitCode == '04171' }.criteriaMet", equalTo(1))
                .body("communes.find { it.unitCode == '04171' }.criteriaTotal", equalTo(19));
        given().auth().oauth2(Tokens.district("125")).queryParam("year", 2020).get("/api/v1/summary/districts/126").then().statusCode(403);
        given().auth().oauth2(Tokens.observer()).queryParam("year", 2026).get("/api/v1/summary/districts/126").then().statusCode(404);
    }

    /** The overview is kept between changes like the province summary (docs/decisions/0084); each reader's scope still applies. */
    @Test
    void aCommuneOverviewShowsEveryChangeAtTheNextRead() {
        String district = Tokens.district("119");
        given().auth().oauth2(district).get("/api/v1/communes/03739/overview").then().statusCode(200)
                .body("latestAssessments", hasSize(0)).body("openObstacles", hasSize(0));
        Api.openOk(district, "03739", 2020);
        given().auth().oauth2(district).get("/api/v1/communes/03739/overview").then().statusCode(200)
                .body("latestAssessments", hasSize(1)).body("latestAssessments[0].assessment.state", equalTo("DRAFT"));
        given().auth().oauth2(Tokens.appraiser("snn")).get("/api/v1/communes/03739/overview").then().statusCode(200)
                .body("latestAssessments", hasSize(0)); // the same kept overview, without the draft an appraiser may not see
        given().auth().oauth2(Tokens.commune("03739", "119")).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"03739\",\"title\":\"Thiếu đất xây nhà văn hóa\",\"description\":\"Chưa có quỹ đất\"}")
                .post("/api/v1/obstacles").then().statusCode(201);
        given().auth().oauth2(district).get("/api/v1/communes/03739/overview").then().statusCode(200)
                .body("openObstacles", hasSize(1));
        given().auth().oauth2(Tokens.district("116")).get("/api/v1/communes/03739/overview").then().statusCode(403);
    }

    @Test
    void aCommuneOverviewHasItsUnitRecognitionsLatestAssessmentWithGapAndOpenObstacles() {
        long id = Api.openOk(Tokens.district("119"), "03751", 2020);
        Api.putValues(Tokens.district("119"), id, "{\"values\":{\"3.1\":{\"value\":74}}}").then().statusCode(200);
        long obstacle = given().auth().oauth2(Tokens.commune("03751", "119")).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"03751\",\"criterionCode\":\"3\",\"title\":\"Thiếu vốn kiên cố hóa kênh\",\"description\":\"Cần 2 tỷ đồng\"}")
                .post("/api/v1/obstacles").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.commune("03754", "119")).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"03751\",\"title\":\"t\",\"description\":\"d\"}").post("/api/v1/obstacles").then().statusCode(403);
        given().auth().oauth2(Tokens.district("119")).get("/api/v1/communes/03751/overview").then().statusCode(200)
                .body("unit.code", equalTo("03751")).body("unit.lineage.successors", hasSize(1))
                .body("latestAssessments", hasSize(1))
                .body("latestAssessments[0].evaluation.criteria.find { it.code == '3' }.status", equalTo("NOT_MET"))
                .body("latestAssessments[0].evaluation.gap.criteriaStillNeeded", equalTo(19))
                .body("openObstacles.id", hasItem((int) obstacle));
        given().auth().oauth2(Tokens.district("116")).get("/api/v1/communes/03751/overview").then().statusCode(403);
        // an appraiser reading the overview does not see the draft
        given().auth().oauth2(Tokens.appraiser("snn")).get("/api/v1/communes/03751/overview").then().statusCode(200)
                .body("latestAssessments", hasSize(0));
        // the office answers and closes
        String etag = given().auth().oauth2(Tokens.coordinator()).get("/api/v1/obstacles/" + obstacle).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(Tokens.district("119")).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"answer\":\"x\"}").post("/api/v1/obstacles/" + obstacle + "/answer").then().statusCode(403);
        etag = given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"answer\":\"Lồng ghép vốn chương trình 135 năm 2021\"}").post("/api/v1/obstacles/" + obstacle + "/answer")
                .then().statusCode(200).body("status", equalTo("ANSWERED")).extract().header("ETag");
        given().auth().oauth2(Tokens.coordinator()).header("If-Match", etag).post("/api/v1/obstacles/" + obstacle + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        given().auth().oauth2(Tokens.commune("03751", "119")).queryParam("status", "CLOSED").get("/api/v1/obstacles").then().statusCode(200)
                .body("items.id", hasItem((int) obstacle)).body("items.unitCode", everyItem(equalTo("03751")));
    }

    @Test
    void aCommuneOverviewShowsOnlyTheLatestYearOfASetWithThatYearsValues() {
        long older = Api.openOk(Tokens.district("119"), "03757", 2019);
        Api.putValues(Tokens.district("119"), older, "{\"values\":{\"3.1\":{\"value\":96}}}").then().statusCode(200);
        long newer = Api.openOk(Tokens.district("119"), "03757", 2020);
        Api.putValues(Tokens.district("119"), newer, "{\"values\":{\"3.1\":{\"value\":12}}}").then().statusCode(200);
        given().auth().oauth2(Tokens.district("119")).queryParam("at", "2020-12-31").get("/api/v1/communes/03757/overview").then().statusCode(200)
                .body("latestAssessments", hasSize(1))
                .body("latestAssessments[0].assessment.id", equalTo((int) newer))
                .body("latestAssessments[0].assessment.year", equalTo(2020))
                .body("latestAssessments[0].evaluation.criteria.find { it.code == '3' }.status", equalTo("NOT_MET"));
    }

    @Test
    void aCommuneOverviewAtADateOpensTheUnitOfThatPeriodWhereACodeWasReused() {
        // 03664 was Xã Chiềng Xôm (TP Sơn La, advanced by 2020) until 30/6/2025, and is Phường Chiềng An since
        given().auth().oauth2(Tokens.coordinator()).get("/api/v1/communes/03664/overview").then().statusCode(200)
                .body("unit.name", equalTo("Phường Chiềng An")).body("unit.recognitions", hasSize(0));
        given().auth().oauth2(Tokens.coordinator()).queryParam("at", "2020-12-31").get("/api/v1/communes/03664/overview").then()
                .statusCode(200)
                .body("unit.name", equalTo("Xã Chiềng Xôm")).body("unit.parent.code", equalTo("116"))
                .body("unit.recognitions.level", hasItem("ADVANCED"));
        // the district of that period reads it then, and not the 2025 unit, which has no district
        given().auth().oauth2(Tokens.district("116")).queryParam("at", "2020-12-31").get("/api/v1/communes/03664/overview").then()
                .statusCode(200).body("unit.validTo", equalTo("2025-06-30"));
        given().auth().oauth2(Tokens.district("116")).get("/api/v1/communes/03664/overview").then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).queryParam("at", "31/12/2020").get("/api/v1/communes/03664/overview").then()
                .statusCode(400).body("errors[0].field", equalTo("at"));
    }

    @Test
    void externalSystemsReadOnlyPublishedFactsWithAChangeFeed() {
        String external = Tokens.externalSystem();
        given().auth().oauth2(external).get("/api/v1/commune-status/03664").then().statusCode(200)
                .body("unitName", equalTo("Phường Chiềng An")).body("highestRecognition", equalTo(null));
        var page = given().auth().oauth2(external).queryParam("size", 500).get("/api/v1/commune-status").then().statusCode(200)
                .body("total", equalTo(279)).extract().jsonPath();
        assertThat(page.getList("items.unitCode", String.class)).isSorted();
        given().auth().oauth2(external).queryParam("size", 500).get("/api/v1/commune-status").then()
                .body("items.find { it.unitCode == '03664' && it.validTo == '2025-06-30' }.highestRecognition.level", equalTo("ADVANCED"))
                .body("items.find { it.unitCode == '04120' }.pilot", equalTo(true));
        given().auth().oauth2(external).get("/api/v1/assessments").then().statusCode(403);
        given().auth().oauth2(external).get("/api/v1/summary/province/14").then().statusCode(403);

        // a change: the office designates a new pilot → the feed shows exactly that unit after the mark
        OffsetDateTime mark = OffsetDateTime.parse(given().auth().oauth2(external).queryParam("size", 1)
                .queryParam("updatedSince", "2000-01-01T00:00:00Z").get("/api/v1/commune-status").then().statusCode(200)
                .extract().jsonPath().getString("items[0].lastChanged"));
        List<String> before = given().auth().oauth2(external).queryParam("updatedSince", OffsetDateTime.now().toString())
                .get("/api/v1/commune-status").then().statusCode(200).extract().jsonPath().getList("items.unitCode");
        assertThat(before).isEmpty();
        String since = OffsetDateTime.now().toString();
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"04132\",\"basis\":\"Quyết định thử nghiệm của UBND tỉnh\"}").post("/api/v1/pilots")
                .then().statusCode(201);
        given().auth().oauth2(external).queryParam("updatedSince", since).get("/api/v1/commune-status").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].unitCode", equalTo("04132")).body("items[0].pilot", equalTo(true))
                .body("items[0].lastChanged", notNullValue());
        assertThat(mark).isNotNull();
        given().auth().oauth2(external).queryParam("updatedSince", "yesterday").get("/api/v1/commune-status").then().statusCode(400)
                .body("errors[0].field", equalTo("updatedSince"));
        given().auth().oauth2(external).get("/api/v1/commune-status/99999").then().statusCode(404);
    }
}
