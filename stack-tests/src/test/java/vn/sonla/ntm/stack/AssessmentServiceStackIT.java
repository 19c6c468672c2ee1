package vn.sonla.ntm.stack;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** assessment-service (port 8082): units by date, assessments readable by officials, not by outsiders. */
class AssessmentServiceStackIT {

    private static final String ASSESSMENTS = "/api/v1/assessments";

    @Test
    void refusesACallerWithoutAToken() {
        given().baseUri(Stack.assessment())
                .when().get(ASSESSMENTS)
                .then().statusCode(401);
    }

    @Test
    void maiSonHad22CommuneLevelUnitsIn2019WithThePilotChiengBan() {
        as(Tokens.of("district-125"))
                .queryParam("level", "COMMUNE")
                .queryParam("parentCode", "125")
                .queryParam("at", "2019-12-31")
                .queryParam("size", 50)
                .when().get("/api/v1/units")
                .then().statusCode(200)
                .body("total", equalTo(22))
                .body("items.code", hasItem("04120"));
    }

    @Test
    void districtOfficerListsAssessments() {
        as(Tokens.of("district-125"))
                .when().get(ASSESSMENTS)
                .then().statusCode(200);
    }

    @Test
    void externalSystemMayNotReadAssessments() {
        as(Tokens.external())
                .when().get(ASSESSMENTS)
                .then().statusCode(403);
    }

    @Test
    void observerMayNotCreateAnAssessment() {
        as(Tokens.of("observer"))
                .contentType(ContentType.JSON)
                .body("{}")
                .when().post(ASSESSMENTS)
                .then().statusCode(403);
    }

    private static RequestSpecification as(String accessToken) {
        return given().baseUri(Stack.assessment()).auth().oauth2(accessToken).accept(ContentType.JSON);
    }
}
