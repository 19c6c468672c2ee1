package vn.sonla.ntm.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static vn.sonla.ntm.gateway.Services.CRITERIA;
import static vn.sonla.ntm.gateway.Services.json;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.sonla.ntm.testing.Tokens;

/** A published version is read from criteria-service once and then replayed; a draft is always asked for. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CatalogueCacheResourceTest extends GatewayTest {

    static final String PUBLISHED = "/api/v1/criteria-sets/ntm-xa-2016-2020/versions/1";
    static final String DRAFT = "/api/v1/criteria-sets/sonla-ntm-nang-cao-xa-2018-2020/versions/1";

    @Test
    void aPublishedVersionIsAskedForOnceAndReplayedByteForByteToEveryRole() {
        services.stub(get(urlPathEqualTo(CRITERIA + PUBLISHED)).willReturn(json("criteria-version.json").withHeader("ETag", "\"1\"")));

        String first = given().auth().oauth2(Tokens.coordinator()).get(PUBLISHED).then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("PUBLISHED")).extract().asString();
        String second = given().auth().oauth2(Tokens.district("125")).get(PUBLISHED).then().statusCode(200).header("ETag", "\"1\"")
                .extract().asString();
        given().auth().oauth2(Tokens.externalSystem()).get(PUBLISHED).then().statusCode(200);

        assertThat(second).isEqualTo(first).isEqualTo(Services.resource("criteria-version.json"));
        assertThat(services.count(Services.requestTo(CRITERIA + PUBLISHED))).as("the second and third came from the cache").isEqualTo(1);
    }

    @Test
    void aKeptVersionStillNeedsAValidTokenAndAnswers304ToItsETag() {
        services.stub(get(urlPathEqualTo(CRITERIA + PUBLISHED)).willReturn(json("criteria-version.json").withHeader("ETag", "\"1\"")));
        given().auth().oauth2(Tokens.observer()).get(PUBLISHED).then().statusCode(200);

        given().get(PUBLISHED).then().statusCode(401);
        given().auth().oauth2(Tokens.user("x").roles("stranger").sign()).get(PUBLISHED).then().statusCode(403);
        given().auth().oauth2(Tokens.observer()).header("If-None-Match", "\"1\"").get(PUBLISHED).then().statusCode(304)
                .header("ETag", "\"1\"").body(emptyString());
        assertThat(services.count(Services.requestTo(CRITERIA + PUBLISHED))).isEqualTo(1);
    }

    @Test
    void aDraftIsNeverKept() {
        services.stub(get(urlPathEqualTo(CRITERIA + DRAFT)).willReturn(json("criteria-draft.json").withHeader("ETag", "\"4\"")));

        given().auth().oauth2(Tokens.coordinator()).get(DRAFT).then().statusCode(200).body("status", equalTo("DRAFT"));
        given().auth().oauth2(Tokens.coordinator()).get(DRAFT).then().statusCode(200).header("ETag", "\"4\"");

        assertThat(services.count(Services.requestTo(CRITERIA + DRAFT))).isEqualTo(2);
    }

    @Test
    void retiringAVersionThroughTheGatewayForgetsIt() {
        services.stub(get(urlPathEqualTo(CRITERIA + PUBLISHED)).willReturn(json("criteria-version.json").withHeader("ETag", "\"1\"")));
        services.stub(post(urlPathEqualTo(CRITERIA + PUBLISHED + "/retire")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"2\"").withBody("{}")));
        given().auth().oauth2(Tokens.coordinator()).get(PUBLISHED).then().statusCode(200);

        given().auth().oauth2(Tokens.coordinator()).header("If-Match", "\"1\"").post(PUBLISHED + "/retire").then().statusCode(200);
        given().auth().oauth2(Tokens.coordinator()).get(PUBLISHED).then().statusCode(200);

        assertThat(services.count(Services.requestTo(CRITERIA + PUBLISHED))).isEqualTo(2);
    }

    @Test
    void criteriaServicesRefusalPassesAndItsAbsenceIs503() {
        services.stub(get(urlPathEqualTo(CRITERIA + "/api/v1/criteria-sets/x/versions/9")).willReturn(Services.problem(404, "No version x 9")));
        given().auth().oauth2(Tokens.coordinator()).get("/api/v1/criteria-sets/x/versions/9").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("No version x 9"));

        services.down(CRITERIA);
        given().auth().oauth2(Tokens.coordinator()).get(PUBLISHED).then().statusCode(503).contentType("application/problem+json");
    }
}
