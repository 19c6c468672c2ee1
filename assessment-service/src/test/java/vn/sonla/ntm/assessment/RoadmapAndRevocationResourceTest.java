package vn.sonla.ntm.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import vn.sonla.ntm.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RoadmapAndRevocationResourceTest {

    static final String ROADMAP = "{\"targetYear\":2020,\"status\":\"IN_PROGRESS\",\"note\":\"Ưu tiên tiêu chí thu nhập\",\"milestones\":["
            + "{\"title\":\"Hoàn thành đường trục bản\",\"dueDate\":\"2020-06-30\",\"doneOn\":\"2020-06-20\"},"
            + "{\"title\":\"Hồ sơ đề nghị công nhận\",\"dueDate\":\"2020-11-30\"}]}";

    @Test
    void aDistrictWritesTheRoadmapsOfItsCommunesAndNoOneElses() {
        given().auth().oauth2(Tokens.district("116")).contentType(ContentType.JSON).body(ROADMAP)
                .put("/api/v1/roadmaps/04144/ADVANCED").then().statusCode(403);
        String etag = given().auth().oauth2(Tokens.district("125")).contentType(ContentType.JSON).body(ROADMAP)
                .put("/api/v1/roadmaps/04144/ADVANCED").then().statusCode(200)
                .body("districtCode", equalTo("125")).body("milestones", hasSize(2)).body("milestones[0].doneOn", equalTo("2020-06-20"))
                .extract().header("ETag");
        given().auth().oauth2(Tokens.district("125")).contentType(ContentType.JSON).body(ROADMAP)
                .put("/api/v1/roadmaps/04144/ADVANCED").then().statusCode(428);
        given().auth().oauth2(Tokens.district("125")).contentType(ContentType.JSON).header("If-Match", etag)
                .body(ROADMAP.replace("IN_PROGRESS", "ACHIEVED")).put("/api/v1/roadmaps/04144/ADVANCED").then().statusCode(200)
                .body("status", equalTo("ACHIEVED"));
        given().auth().oauth2(Tokens.district("125")).contentType(ContentType.JSON).body(ROADMAP.replace("\"title\":\"Hồ sơ đề nghị công nhận\",", ""))
                .put("/api/v1/roadmaps/04144/MODEL").then().statusCode(400).body("errors[0].field", equalTo("milestones[1].title"));
        given().auth().oauth2(Tokens.district("125")).queryParam("districtCode", "125").get("/api/v1/roadmaps").then().statusCode(200)
                .body("unitCode", hasItem("04144"));
        given().auth().oauth2(Tokens.district("116")).queryParam("districtCode", "125").get("/api/v1/roadmaps").then().statusCode(403);
        given().auth().oauth2(Tokens.observer()).get("/api/v1/units/04144/audit").then().statusCode(200)
                .body("action", hasItem("roadmap.revise"));
    }

    @Test
    void theOfficeRevokesARecognitionWhenACommuneFallsBelowTheStandard() {
        var unit = given().auth().oauth2(Tokens.observer()).queryParam("at", "2021-12-31").get("/api/v1/units/03916").then().statusCode(200)
                .extract().jsonPath();
        long id = unit.getLong("recognitions[0].id");
        String etag = "\"" + unit.getLong("recognitions[0].version") + "\"";
        given().auth().oauth2(Tokens.district("122")).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"revokedOn\":\"2024-03-01\",\"reason\":\"x\"}").post("/api/v1/recognitions/" + id + "/revocation")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"revokedOn\":\"2020-01-01\",\"reason\":\"Không duy trì tiêu chí 17\"}").post("/api/v1/recognitions/" + id + "/revocation")
                .then().statusCode(400).body("errors[0].field", equalTo("revokedOn"));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"revokedOn\":\"2024-03-01\",\"decisionNumber\":\"456/QĐ-UBND\",\"reason\":\"Không duy trì tiêu chí 17\"}")
                .post("/api/v1/recognitions/" + id + "/revocation").then().statusCode(200)
                .body("revocation.revokedOn", equalTo("2024-03-01")).body("revocation.decisionNumber", equalTo("456/QĐ-UBND"));
        given().auth().oauth2(Tokens.observer()).queryParam("size", 500).get("/api/v1/commune-status").then()
                .body("items.find { it.unitCode == '03916' && it.validTo == '2025-06-30' }.highestRecognition", nullValue());
        given().auth().oauth2(Tokens.observer()).get("/api/v1/units/03916/audit").then().body("action", hasItem("recognition.revoke"));
    }
}
