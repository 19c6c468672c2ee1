package vn.sonla.ntm.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.sonla.ntm.gateway.Services.ASSESSMENT;
import static vn.sonla.ntm.gateway.Services.CRITERIA;
import static vn.sonla.ntm.gateway.Services.FUNDING;
import static vn.sonla.ntm.gateway.Services.json;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.sonla.ntm.testing.Tokens;

/** The composed views put the services' answers together, and every service got the caller's own token. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CompositionResourceTest extends GatewayTest {

    static final String VERSION_PATH = CRITERIA + "/api/v1/criteria-sets/ntm-xa-2016-2020/versions/1";

    @Test
    void theProvinceDashboardPutsAssessmentAndFundingSideBySide() {
        String token = Tokens.coordinator();
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/summary/province/14")).withQueryParam("year", WireMock.equalTo("2020"))
                .willReturn(json("assessment-province.json")));
        services.stub(get(urlPathEqualTo(FUNDING + "/api/v1/summary/province/14")).withQueryParam("year", WireMock.equalTo("2020"))
                .willReturn(json("funding-province.json")));

        given().auth().oauth2(token).get("/api/v1/dashboard/province?year=2020").then().statusCode(200)
                .body("provinceCode", equalTo("14"))
                .body("year", equalTo(2020))
                .body("referenceDate", equalTo("2020-12-31"))
                .body("levelsByDistrict", hasSize(12))
                .body("levelsByDistrict[0].communesByLevel", notNullValue())
                .body("assessmentsByState.RECOGNISED", notNullValue())
                .body("pilots.unitCode", contains("03658", "04027", "04120"))
                .body("plans[0].code", equalTo("111/KH-UBND"))
                .body("plans[0].targets[0].progress.counted", notNullValue())
                .body("fundingBySource", hasSize(11))
                .body("fundingBySource[0].planned", notNullValue())
                .body("fundingByDistrict", hasSize(5))
                .body("fundingTotal.disbursed", notNullValue())
                .body("degraded", empty());

        services.count(getRequestedFor(urlPathEqualTo(ASSESSMENT + "/api/v1/summary/province/14")));
        assertThat(services.count(getRequestedFor(urlPathEqualTo(ASSESSMENT + "/api/v1/summary/province/14"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token)))).isEqualTo(1);
        assertThat(services.count(getRequestedFor(urlPathEqualTo(FUNDING + "/api/v1/summary/province/14"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token)))).isEqualTo(1);
    }

    @Test
    void theProvinceDashboardDefaultsToThisYearAndTakesAnotherProvince() {
        String year = String.valueOf(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/summary/province/01")).withQueryParam("year", WireMock.equalTo(year))
                .willReturn(json("assessment-province.json")));
        services.stub(get(urlPathEqualTo(FUNDING + "/api/v1/summary/province/01")).withQueryParam("year", WireMock.equalTo(year))
                .willReturn(json("funding-province.json")));

        given().auth().oauth2(Tokens.observer()).get("/api/v1/dashboard/province?provinceCode=01").then().statusCode(200)
                .body("provinceCode", equalTo("01")).body("year", equalTo(Integer.parseInt(year))).body("degraded", empty());
        given().auth().oauth2(Tokens.observer()).get("/api/v1/dashboard/province?provinceCode=1x").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("provinceCode"));
        given().auth().oauth2(Tokens.observer()).get("/api/v1/dashboard/province?year=1999").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void theDistrictDashboardGoesCommuneByCommuneWithFundingBesideEach() {
        String token = Tokens.district("125");
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/summary/districts/125")).withQueryParam("year", WireMock.equalTo("2020"))
                .willReturn(json("assessment-district.json")));
        services.stub(get(urlPathEqualTo(FUNDING + "/api/v1/summary/districts/125")).withQueryParam("year", WireMock.equalTo("2020"))
                .willReturn(json("funding-district.json")));

        given().auth().oauth2(token).get("/api/v1/dashboard/districts/125?year=2020").then().statusCode(200)
                .body("districtCode", equalTo("125"))
                .body("districtName", equalTo("Huyện Mai Sơn"))
                .body("communes", hasSize(22))
                .body("communes.find { it.unitCode == '04123' }.assessment.latestState", equalTo("RECOGNISED"))
                .body("communes.find { it.unitCode == '04123' }.assessment.level", equalTo("BASIC"))
                .body("communes.find { it.unitCode == '04123' }.funding.planned", notNullValue())
                .body("communes.find { it.unitCode == '04105' }.funding", nullValue())
                .body("communesByLevel.ADVANCED", equalTo(1))
                .body("latestAssessmentsByState.DRAFT", equalTo(2))
                .body("pilots", contains("04120"))
                .body("districtFunding.code", equalTo("125"))
                .body("fundingTotal.planned", notNullValue())
                .body("degraded", empty());

        assertThat(services.count(getRequestedFor(urlPathEqualTo(ASSESSMENT + "/api/v1/summary/districts/125"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token)))).isEqualTo(1);
        assertThat(services.count(getRequestedFor(urlPathEqualTo(FUNDING + "/api/v1/summary/districts/125"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token)))).isEqualTo(1);
    }

    @Test
    void theScorecardHasTheUnitTheLatestAssessmentsTheirSetFundingAndObstacles() {
        String token = Tokens.commune("04138", "125");
        stubScorecard();

        given().auth().oauth2(token).get("/api/v1/communes/04138/scorecard").then().statusCode(200)
                .body("unitCode", equalTo("04138"))
                .body("unit.code", equalTo("04138"))
                .body("unit.lineage", notNullValue())
                .body("unit.recognitions", notNullValue())
                .body("latestAssessments", hasSize(1))
                .body("latestAssessments[0].evaluation.criteria", hasSize(19))
                .body("latestAssessments[0].evaluation.gap", notNullValue())
                .body("criteriaSets[0].code", equalTo("ntm-xa-2016-2020"))
                .body("criteriaSets[0].status", equalTo("PUBLISHED"))
                .body("criteriaSets[0].level", equalTo("BASIC"))
                .body("criteriaSets[0].legalNumber", equalTo("1980/QĐ-TTg"))
                .body("openObstacles", empty())
                .body("funding.bySource", notNullValue())
                .body("funding.byField", notNullValue())
                .body("degraded", empty());

        for (String path : new String[] {ASSESSMENT + "/api/v1/communes/04138/overview", FUNDING + "/api/v1/summary/communes/04138",
                VERSION_PATH}) {
            assertThat(services.count(getRequestedFor(urlPathEqualTo(path)).withHeader("Authorization", WireMock.equalTo("Bearer " + token))))
                    .as(path).isEqualTo(1);
        }
    }

    @Test
    void aScorecardAtADatePassesTheDayOnSoTheCodeMeansTheUnitOfThatPeriod() {
        stubScorecard();
        given().auth().oauth2(Tokens.district("125")).queryParam("at", "2020-12-31").get("/api/v1/communes/04138/scorecard").then()
                .statusCode(200).body("unit.code", equalTo("04138"));
        assertThat(services.count(getRequestedFor(urlPathEqualTo(ASSESSMENT + "/api/v1/communes/04138/overview"))
                .withQueryParam("at", WireMock.equalTo("2020-12-31")))).isEqualTo(1);

        given().auth().oauth2(Tokens.district("125")).get("/api/v1/communes/04138/scorecard").then().statusCode(200);
        assertThat(services.count(getRequestedFor(urlPathEqualTo(ASSESSMENT + "/api/v1/communes/04138/overview"))
                .withQueryParam("at", WireMock.absent()))).isEqualTo(1);

        given().auth().oauth2(Tokens.coordinator()).queryParam("at", "31/12/2020").get("/api/v1/communes/04138/scorecard").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("at"));
    }

    @Test
    void aScorecardWithoutFundingUnderThatCodeStillAnswersAndIsNotDegraded() {
        stubScorecard();
        services.stub(get(urlPathEqualTo(FUNDING + "/api/v1/summary/communes/04138")).atPriority(1)
                .willReturn(Services.problem(404, "No unit 04138 today")));

        given().auth().oauth2(Tokens.coordinator()).get("/api/v1/communes/04138/scorecard").then().statusCode(200)
                .body("unit.code", equalTo("04138")).body("funding", nullValue()).body("degraded", empty());
    }

    @Test
    void assessmentServicesRefusalIsTheAnswerUnchanged() {
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/summary/province/14"))
                .willReturn(Services.problem(403, "Districts read their own summaries")));
        services.stub(get(urlPathEqualTo(FUNDING + "/api/v1/summary/province/14")).willReturn(Services.problem(403, "no")));

        given().auth().oauth2(Tokens.district("125")).get("/api/v1/dashboard/province?year=2020").then().statusCode(403)
                .contentType("application/problem+json").body("detail", equalTo("Districts read their own summaries"));

        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/communes/99999/overview")).willReturn(Services.problem(404, "No commune 99999")));
        services.stub(get(urlPathEqualTo(FUNDING + "/api/v1/summary/communes/99999")).willReturn(Services.problem(404, "No commune")));
        given().auth().oauth2(Tokens.coordinator()).get("/api/v1/communes/99999/scorecard").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("No commune 99999"));
    }

    @Test
    void noTokenIsRefusedAndNoServiceIsAsked() {
        given().get("/api/v1/dashboard/province").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().auth().oauth2(Tokens.user("x").roles("coordinator").audience("another-api").sign())
                .get("/api/v1/dashboard/province").then().statusCode(401);
        given().auth().oauth2(Tokens.user("x").roles("coordinator").signedByAnotherKey().sign())
                .get("/api/v1/communes/04138/scorecard").then().statusCode(401);
        assertThat(services.count(Services.anyRequestTo(ASSESSMENT))).isZero();
        assertThat(services.count(Services.anyRequestTo(FUNDING))).isZero();
    }

    @Test
    void anExternalSystemMayNotOpenTheDashboards() {
        given().auth().oauth2(Tokens.externalSystem()).get("/api/v1/dashboard/province").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.externalSystem()).get("/api/v1/dashboard/districts/125").then().statusCode(403);
        given().auth().oauth2(Tokens.externalSystem()).get("/api/v1/communes/04138/scorecard").then().statusCode(403);
        assertThat(services.count(Services.anyRequestTo(ASSESSMENT))).isZero();
    }

    void stubScorecard() {
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/communes/04138/overview")).willReturn(json("assessment-overview.json")));
        services.stub(get(urlPathEqualTo(FUNDING + "/api/v1/summary/communes/04138")).willReturn(json("funding-commune.json")));
        services.stub(get(urlPathEqualTo(VERSION_PATH)).willReturn(json("criteria-version.json").withHeader("ETag", "\"1\"")));
    }
}
