package vn.sonla.ntm.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.sonla.ntm.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class UnitTreeResourceTest {

    @Test
    void atTheEndOf2019SonLaHas12DistrictsAnd204CommuneLevelUnits() {
        given().auth().oauth2(Tokens.observer())
                .queryParam("level", "DISTRICT").queryParam("at", "2019-12-31")
                .get("/api/v1/units")
                .then().statusCode(200).body("total", equalTo(12)).body("items.parentCode", everyItem(equalTo("14")));
        given().auth().oauth2(Tokens.observer())
                .queryParam("level", "COMMUNE").queryParam("at", "2019-12-31").queryParam("size", 500)
                .get("/api/v1/units")
                .then().statusCode(200).body("total", equalTo(204)).body("items", hasSize(204));
    }

    @Test
    void maiSonHad22CommuneLevelUnitsIn2019() {
        given().auth().oauth2(Tokens.district("125"))
                .queryParam("parentCode", "125").queryParam("at", "2019-12-31")
                .get("/api/v1/units")
                .then().statusCode(200).body("total", equalTo(22));
    }

    @Test
    void fromJuly2025SeventyFiveUnitsSitDirectlyUnderTheProvince() {
        given().auth().oauth2(Tokens.observer())
                .queryParam("level", "COMMUNE").queryParam("at", "2025-08-01").queryParam("size", 500)
                .get("/api/v1/units")
                .then().statusCode(200).body("total", equalTo(75)).body("items.parentCode", everyItem(equalTo("14")));
        given().auth().oauth2(Tokens.observer())
                .queryParam("level", "DISTRICT").queryParam("at", "2025-08-01")
                .get("/api/v1/units")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aReusedCodeNamesTheUnitOfTheDateAskedFor() {
        given().auth().oauth2(Tokens.observer()).queryParam("at", "2019-12-31").get("/api/v1/units/03646")
                .then().statusCode(200).body("name", equalTo("Phường Chiềng Lề"));
        given().auth().oauth2(Tokens.observer()).queryParam("at", "2025-08-01").get("/api/v1/units/03646")
                .then().statusCode(200).body("name", equalTo("Phường Tô Hiệu"));
    }

    @Test
    void refusalsAreProblemDocuments() {
        given().get("/api/v1/units").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.observer()).queryParam("at", "2019-13-45").get("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("at"));
        given().auth().oauth2(Tokens.observer()).queryParam("size", 501).get("/api/v1/units")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(Tokens.observer()).queryParam("level", "VILLAGE").get("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("level"));
        given().auth().oauth2(Tokens.observer()).queryParam("page", "first").get("/api/v1/units")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().auth().oauth2(Tokens.observer()).queryParam("at", "2019-12-31").get("/api/v1/units/99999")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.user("nobody").roles("stranger").sign()).get("/api/v1/units")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.user("x").roles("observer").audience("another-api").sign()).get("/api/v1/units")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.user("x").roles("observer").signedByAnotherKey().sign()).get("/api/v1/units")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.user("x").roles("observer").expiredSecondsAgo(600).sign()).get("/api/v1/units")
                .then().statusCode(401);
    }
}
