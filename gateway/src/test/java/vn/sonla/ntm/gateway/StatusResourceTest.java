package vn.sonla.ntm.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.sonla.ntm.gateway.Services.ASSESSMENT;
import static vn.sonla.ntm.gateway.Services.json;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.sonla.ntm.testing.Tokens;

/**
 * The published status API: its own stable shape over assessment-service's commune-status, ETag and 304, the change
 * feed, and a request budget per client (the %test profile allows each client 5 requests).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class StatusResourceTest extends GatewayTest {

    /** A token of an external system with a client id of its own, so each test has a full budget. */
    static String system(String clientId) {
        return Tokens.user("service-account-" + clientId).roles("external-system").claim("azp", clientId).sign();
    }

    static String newSystem() {
        return system("system-" + UUID.randomUUID());
    }

    @Test
    void oneCommuneInThePublishedShape() {
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/commune-status/04120")).willReturn(json("assessment-status.json")));
        String token = newSystem();

        given().auth().oauth2(token).get("/api/v1/status/communes/04120").then().statusCode(200)
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]+\""))
                .body("unitCode", equalTo("04120"))
                .body("unitName", equalTo("Xã Chiềng Ban"))
                .body("levelReached.level", equalTo("ADVANCED"))
                .body("levelReached.decisionNumber", notNullValue())
                .body("levelReached.decisionDate", notNullValue())
                .body("pilot", equalTo(true))
                .body("lastChanged", notNullValue())
                .body("highestRecognition", nullValue());
        assertThat(services.count(getRequestedFor(urlPathEqualTo(ASSESSMENT + "/api/v1/commune-status/04120"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token)))).isEqualTo(1);
    }

    @Test
    void theChangeFeedPassesUpdatedSinceAndPaging() {
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/commune-status"))
                .withQueryParam("updatedSince", WireMock.equalTo("2026-11-28T00:00Z"))
                .withQueryParam("page", WireMock.equalTo("0")).withQueryParam("size", WireMock.equalTo("3"))
                .willReturn(json("assessment-status-page.json")));

        given().auth().oauth2(newSystem()).get("/api/v1/status/communes?updatedSince=2026-11-28T00:00:00Z&page=0&size=3").then()
                .statusCode(200).body("items", hasSize(3)).body("page", equalTo(0)).body("size", equalTo(3))
                .body("total", equalTo(279)).body("items[0].unitCode", notNullValue());
    }

    @Test
    void badParametersAreRefusedBeforeAssessmentServiceIsAsked() {
        String token = newSystem();
        given().auth().oauth2(token).get("/api/v1/status/communes?updatedSince=yesterday").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("updatedSince"));
        given().auth().oauth2(token).get("/api/v1/status/communes?size=501").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(token).get("/api/v1/status/communes/41").then().statusCode(400).body("errors[0].field", equalTo("code"));
        assertThat(services.count(Services.anyRequestTo(ASSESSMENT))).isZero();
    }

    @Test
    void anUnchangedAnswerIs304WithoutABody() {
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/commune-status/04120")).willReturn(json("assessment-status.json")));
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/commune-status")).willReturn(json("assessment-status-page.json")));
        String token = newSystem();

        String etag = given().auth().oauth2(token).get("/api/v1/status/communes/04120").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(token).header("If-None-Match", etag).get("/api/v1/status/communes/04120").then().statusCode(304)
                .header("ETag", etag).body(emptyString());
        given().auth().oauth2(token).header("If-None-Match", "\"something-else\"").get("/api/v1/status/communes/04120").then()
                .statusCode(200).header("ETag", etag);

        String pageTag = given().auth().oauth2(token).get("/api/v1/status/communes").then().statusCode(200).extract().header("ETag");
        assertThat(pageTag).isNotEqualTo(etag);
        given().auth().oauth2(token).header("If-None-Match", "W/\"x\", " + pageTag).get("/api/v1/status/communes").then().statusCode(304);
    }

    @Test
    void aClientPastItsBudgetGets429WithRetryAfterAndAnotherClientIsNotAffected() {
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/commune-status/04120")).willReturn(json("assessment-status.json")));
        String greedy = newSystem();
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(greedy).get("/api/v1/status/communes/04120").then().statusCode(200);
        }
        given().auth().oauth2(greedy).get("/api/v1/status/communes/04120").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", matchesPattern("[1-9][0-9]*"));
        // another token of the same client shares the budget
        String sameClient = Tokens.user("service-account-other").roles("external-system")
                .claim("azp", clientOf(greedy)).sign();
        given().auth().oauth2(sameClient).get("/api/v1/status/communes").then().statusCode(429);

        given().auth().oauth2(newSystem()).get("/api/v1/status/communes/04120").then().statusCode(200);
        assertThat(services.count(Services.anyRequestTo(ASSESSMENT))).as("refused requests cost assessment-service nothing").isEqualTo(6);
    }

    @Test
    void whoMayReadIt() {
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/commune-status/04120")).willReturn(json("assessment-status.json")));
        given().get("/api/v1/status/communes/04120").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.district("125")).get("/api/v1/status/communes/04120").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.financePlanner()).get("/api/v1/status/communes").then().statusCode(403);
        given().auth().oauth2(Tokens.externalSystem()).get("/api/v1/status/communes/04120").then().statusCode(200);
        given().auth().oauth2(Tokens.coordinator()).get("/api/v1/status/communes/04120").then().statusCode(200);
    }

    @Test
    void assessmentServiceDownIs503AndItsRefusalsPassUnchanged() {
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/commune-status/99999")).willReturn(Services.problem(404, "No commune 99999")));
        given().auth().oauth2(newSystem()).get("/api/v1/status/communes/99999").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("No commune 99999"));

        services.down(ASSESSMENT);
        given().auth().oauth2(newSystem()).get("/api/v1/status/communes/04120").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", notNullValue());
    }

    private static String clientOf(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        return payload.replaceAll(".*\"azp\":\"([^\"]+)\".*", "$1");
    }
}
