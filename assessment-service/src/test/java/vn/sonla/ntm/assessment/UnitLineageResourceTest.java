package vn.sonla.ntm.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.sonla.ntm.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class UnitLineageResourceTest {

    @Test
    void theThreePilotsPassedIntoTheirJuly2025Units() {
        pilotBecomes("04120", "Xã Chiềng Ban", "04132", "Xã Chiềng Mai");
        pilotBecomes("04027", "Xã Mường Sang", "03980", "Phường Mộc Châu");
        pilotBecomes("03658", "Xã Chiềng Cọ", "03670", "Phường Chiềng Cơi");
    }

    private static void pilotBecomes(String code, String name, String successor, String successorName) {
        given().auth().oauth2(Tokens.observer()).queryParam("at", "2019-12-31").get("/api/v1/units/" + code)
                .then().statusCode(200).body("name", equalTo(name)).body("validTo", equalTo("2025-06-30"))
                .body("pilot.designated", equalTo(true)).body("pilot.basis", equalTo("Kế hoạch 111/KH-UBND ngày 24/4/2019, Phụ lục"))
                .body("lineage.successors", hasSize(1))
                .body("lineage.successors[0].code", equalTo(successor)).body("lineage.successors[0].name", equalTo(successorName))
                .body("lineage.successors[0].kind", equalTo("FULL")).body("lineage.successors[0].validFrom", equalTo("2025-07-01"));
        given().auth().oauth2(Tokens.observer()).queryParam("at", "2025-08-01").get("/api/v1/units/" + successor)
                .then().statusCode(200).body("name", equalTo(successorName)).body("parent.code", equalTo("14"))
                .body("lineage.predecessors.code", hasItem(code));
    }

    @Test
    void aCommuneSplitBetweenTwoUnitsIsPartialAndAnUnknownSuccessorIsUnresolved() {
        given().auth().oauth2(Tokens.observer()).queryParam("at", "2019-12-31").get("/api/v1/units/04012")
                .then().statusCode(200).body("name", equalTo("Xã Chiềng Hắc"))
                .body("lineage.successors", hasSize(2)).body("lineage.successors.kind", hasItems("PARTIAL"))
                .body("lineage.successors.code", hasItems("04078", "03980"));
        given().auth().oauth2(Tokens.observer()).queryParam("at", "2019-12-31").get("/api/v1/units/03988")
                .then().statusCode(200).body("name", equalTo("Xã Tân Hợp"))
                .body("lineage.successors", hasSize(1)).body("lineage.successors[0].kind", equalTo("UNRESOLVED"))
                .body("lineage.successors[0].code", nullValue()).body("lineage.successors[0].note", containsString("unknown"));
    }

    @Test
    void aMergedUnitShowsItsPredecessorsRecognitionsButHasNoStatusOfItsOwn() {
        given().auth().oauth2(Tokens.externalSystem()).queryParam("at", "2025-08-01").get("/api/v1/units/04132")
                .then().statusCode(200)
                .body("recognitions", hasSize(0))
                .body("predecessorRecognitions.predecessorCode", hasItem("04120"))
                .body("predecessorRecognitions.find { it.recognition.level == 'ADVANCED' }.predecessorName", equalTo("Xã Chiềng Ban"));
        given().auth().oauth2(Tokens.observer()).get("/api/v1/commune-status/04132").then().statusCode(200)
                .body("highestRecognition", nullValue());
    }

    @Test
    void seededRecognitionsCarryTheirSourceAndNoInventedDecisionNumber() {
        given().auth().oauth2(Tokens.observer()).queryParam("at", "2019-12-31").get("/api/v1/units/03664")
                .then().statusCode(200).body("name", equalTo("Xã Chiềng Xôm"))
                .body("recognitions.level", hasItems("BASIC", "ADVANCED"))
                .body("recognitions.find { it.level == 'BASIC' }.heldBy", equalTo("2015-08-31"))
                .body("recognitions.find { it.level == 'BASIC' }.decisionNumber", nullValue())
                .body("recognitions.find { it.level == 'BASIC' }.source", containsString("danviet.vn"));
        given().auth().oauth2(Tokens.observer()).queryParam("at", "2021-12-31").get("/api/v1/units/03916")
                .then().statusCode(200).body("name", equalTo("Xã Huy Thượng"))
                .body("recognitions[0].recognisedOn", equalTo("2021-12-28")).body("recognitions[0].source", containsString("trangtraiviet"));
        given().auth().oauth2(Tokens.observer()).queryParam("at", "2025-08-01").get("/api/v1/units/03664")
                .then().statusCode(200).body("name", equalTo("Phường Chiềng An")).body("recognitions", hasSize(0));
    }

    @Test
    void everyStaffRoleAndExternalSystemsReadUnits() {
        for (String token : new String[] {Tokens.externalSystem(), Tokens.financePlanner(), Tokens.appraiser("snn"),
                Tokens.commune("04120", "125"), Tokens.district("116")}) {
            given().auth().oauth2(token).queryParam("at", "2019-12-31").get("/api/v1/units/04120").then().statusCode(200);
        }
        given().auth().oauth2(Tokens.district("125")).get("/api/v1/units/04120/audit").then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).get("/api/v1/units/04120/audit").then().statusCode(200)
                .body("action", hasItem("pilot.designate"));
    }
}
