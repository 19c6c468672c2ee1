package vn.sonla.ntm.stack;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** funding-service (port 8083): the funding-source catalogue is read by officials; only planners write. */
class FundingServiceStackIT {

    private static final String SOURCES = "/api/v1/funding-sources";

    @Test
    void refusesACallerWithoutAToken() {
        given().baseUri(Stack.funding())
                .when().get(SOURCES)
                .then().statusCode(401);
    }

    @Test
    void financePlannerReadsTheSeededFundingSources() {
        as(Tokens.of("finance"))
                .when().get(SOURCES)
                .then().statusCode(200)
                .body("code", not(empty()));
    }

    @Test
    void externalSystemMayNotReadTheLedger() {
        as(Tokens.external())
                .when().get("/api/v1/capital-plans")
                .then().statusCode(403);
    }

    @Test
    void observerMayNotAddAFundingSource() {
        as(Tokens.of("observer"))
                .contentType(ContentType.JSON)
                .body("{}")
                .when().post(SOURCES)
                .then().statusCode(403);
    }

    private static RequestSpecification as(String accessToken) {
        return given().baseUri(Stack.funding()).auth().oauth2(accessToken).accept(ContentType.JSON);
    }
}
