package vn.sonla.ntm.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import vn.sonla.ntm.testing.Tokens;

/**
 * The worked example of plan 111's two targets. Seeded facts: Chiềng Xôm, Chiềng Ban and Mường Sang ADVANCED by 2020;
 * 7 other communes BASIC by the end of 2020. A published advanced set (6 criteria, test-made) is served by the catalogue.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PlanTargetResourceTest {

    static final String ADVANCED = "sonla-ntm-nang-cao-xa-2018-2020";
    static final String PLAN_111 = "/api/v1/plans/111/KH-UBND";

    @OidcWireMock
    WireMockServer server;

    static String advancedSet() {
        StringBuilder criteria = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            if (i > 1) {
                criteria.append(',');
            }
            criteria.append("{\"code\":\"A").append(i).append("\",\"nameVi\":\"Tiêu chí nâng cao ").append(i)
                    .append("\",\"departmentCode\":\"snn\",\"indicators\":[{\"code\":\"A").append(i).append(".1\",\"nameVi\":\"Chỉ tiêu ")
                    .append(i).append("\",\"kind\":\"BOOLEAN\",\"thresholds\":[{\"comparator\":\"achieved\"}]}]}");
        }
        return "{\"code\":\"" + ADVANCED + "\",\"version\":1,\"status\":\"PUBLISHED\",\"nameVi\":\"Bộ tiêu chí xã NTM nâng cao (thử)\","
                + "\"level\":\"ADVANCED\",\"recognitionRule\":{\"kind\":\"ALL_CRITERIA\"},\"groups\":[{\"code\":\"I\",\"nameVi\":\"Nhóm\","
                + "\"criteria\":[" + criteria + "]}],\"futureField\":\"ignored\"}";
    }

    static String achieved(int count) {
        StringBuilder v = new StringBuilder("{\"values\":{");
        for (int i = 1; i <= 6; i++) {
            v.append(i > 1 ? "," : "").append("\"A").append(i).append(".1\":{\"value\":").append(i <= count).append('}');
        }
        return v.append("}}").toString();
    }

    @Test
    void plan111TargetsAreEvaluatedLiveWithTheCommunesBehindEachNumber() {
        // target 1: the three advanced communes of 2020 → MET
        given().auth().oauth2(Tokens.observer()).get(PLAN_111).then().statusCode(200)
                .body("targets.find { it.code == 'advanced-communes-2020' }.progress.status", equalTo("MET"))
                .body("targets.find { it.code == 'advanced-communes-2020' }.progress.value", equalTo(3))
                .body("targets.find { it.code == 'advanced-communes-2020' }.progress.counted.unitCode",
                        containsInAnyOrder("03664", "04120", "04027"))
                // target 2: no published advanced set has been used yet → said plainly, nothing counted
                .body("targets.find { it.code == 'basic-communes-5-of-17' }.progress.status", equalTo("NOT_EVALUABLE"))
                .body("targets.find { it.code == 'basic-communes-5-of-17' }.progress.reason", containsString("no assessment against a published version"))
                .body("targets.find { it.code == 'basic-communes-5-of-17' }.progress.outstanding.unitCode",
                        hasItems("04072", "03706", "03682", "03658", "03661", "03673", "03676"));

        Api.stubVersion(server, ADVANCED, 1, advancedSet());
        // Chiềng Pằn: 5 of 6 advanced criteria, appraised and agreed → counts
        long pan = Api.openOk(Tokens.district("124"), "04072", 2020, ADVANCED, 1);
        Api.putValues(Tokens.district("124"), pan, achieved(5)).then().statusCode(200).body("evaluation.score", equalTo("5/6"));
        Api.post(Tokens.district("124"), pan, "submit", null).then().statusCode(200);
        for (int i = 1; i <= 6; i++) {
            given().auth().oauth2(Tokens.appraiser("snn")).contentType(ContentType.JSON)
                    .body("{\"criterionCode\":\"A" + i + "\",\"verdict\":\"AGREE\"}").post("/api/v1/assessments/" + pan + "/appraisals")
                    .then().statusCode(200);
        }
        // Chiềng Bằng: 5 of 6 on its own values, still a draft → pipeline only; Mường Chiên: 2 of 6 → outstanding
        long bang = Api.openOk(Tokens.district("118"), "03706", 2020, ADVANCED, 1);
        Api.putValues(Tokens.district("118"), bang, achieved(5)).then().statusCode(200);
        long chien = Api.openOk(Tokens.district("118"), "03682", 2020, ADVANCED, 1);
        Api.putValues(Tokens.district("118"), chien, achieved(2)).then().statusCode(200);

        given().auth().oauth2(Tokens.coordinator()).get(PLAN_111).then().statusCode(200)
                .body("targets.find { it.code == 'basic-communes-5-of-17' }.progress.evaluatedAt", equalTo("2020-12-31"))
                .body("targets.find { it.code == 'basic-communes-5-of-17' }.progress.value", equalTo(1))
                .body("targets.find { it.code == 'basic-communes-5-of-17' }.progress.required", equalTo(7))
                .body("targets.find { it.code == 'basic-communes-5-of-17' }.progress.status", equalTo("MISSED"))
                .body("targets.find { it.code == 'basic-communes-5-of-17' }.progress.counted.unitCode", containsInAnyOrder("04072"))
                .body("targets.find { it.code == 'basic-communes-5-of-17' }.progress.inPipeline.unitCode", containsInAnyOrder("03706"))
                .body("targets.find { it.code == 'basic-communes-5-of-17' }.progress.outstanding.unitCode", hasItem("03682"))
                .body("targets.find { it.code == 'basic-communes-5-of-17' }.progress.outstanding.unitCode", not(hasItem("04072")));
    }

    @Test
    void theCoordinatorCreatesPlansWhoseTargetsAreJudgedAgainstToday() {
        String plan = "{\"code\":\"TEST-2027/KH\",\"title\":\"Kế hoạch thử\",\"provinceCode\":\"14\",\"startYear\":2026,\"endYear\":2027,"
                + "\"criteriaSetCode\":\"" + ADVANCED + "\",\"targets\":[{\"code\":\"one-advanced\",\"kind\":\"RECOGNISED_COUNT\","
                + "\"description\":\"Ít nhất 1 xã nâng cao\",\"level\":\"ADVANCED\",\"minimum\":1,\"deadline\":\"2099-12-31\"}]}";
        given().auth().oauth2(Tokens.district("125")).contentType(ContentType.JSON).body(plan).post("/api/v1/plans").then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body("{\"code\":\"X\",\"title\":\"t\",\"provinceCode\":\"14\",\"startYear\":2026,\"endYear\":2027,\"targets\":"
                        + "[{\"code\":\"t\",\"kind\":\"RECOGNISED_COUNT\",\"description\":\"d\",\"minimum\":1,\"deadline\":\"2027-12-31\"}]}")
                .post("/api/v1/plans").then().statusCode(400).body("errors[0].field", equalTo("level"));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body(plan).post("/api/v1/plans").then().statusCode(201);
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body(plan).post("/api/v1/plans").then().statusCode(409);
        // today's units (since July 2025) have no recognition of their own: nothing counts, nothing in appraisal
        given().auth().oauth2(Tokens.observer()).get("/api/v1/plans/TEST-2027/KH").then().statusCode(200)
                .body("targets[0].progress.status", equalTo("AT_RISK")).body("targets[0].progress.value", equalTo(0))
                .body("targets[0].progress.reason", containsString("1 commune(s) short"));
    }
}
