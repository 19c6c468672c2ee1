package vn.sonla.ntm.criteria.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.sonla.ntm.criteria.api.Api.NATIONAL_V1;
import static vn.sonla.ntm.criteria.api.Api.SETS;
import static vn.sonla.ntm.criteria.api.DraftLifecycleResourceTest.cast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

import vn.sonla.ntm.criteria.application.CatalogueSeeding;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DiffAndEvaluationResourceTest {

    @Inject
    CatalogueSeeding seeding;

    @BeforeEach
    void seeded() {
        seeding.seed();
    }

    @Test
    void theDiffNamesAddedRemovedRenamedIndicatorsChangedThresholdsAndReassignedDepartments() {
        String path = Api.draftFromNational("diff");
        String code = path.split("/")[4];
        JsonPath draft = Api.coordinator().get(path).jsonPath();
        Map<String, Object> doc = draft.getMap("");
        doc.remove("revision");
        List<Map<String, Object>> groups = draft.getList("groups");
        Map<String, Object> transport = cast(groups.get(1).get("criteria")).get(0);
        List<Map<String, Object>> roads = new ArrayList<>(cast(transport.get("indicators")));
        Map<String, Object> r22 = roads.get(1);
        r22.put("nameVi", "Đường trục bản được cứng hóa");
        r22.put("thresholds", List.of(Map.of("comparator", ">=", "value", 80, "unit", "%")));
        roads.remove(3);                                                   // 2.4 removed
        Map<String, Object> added = new HashMap<>(roads.get(0));
        added.put("code", "2.5");
        added.put("nameVi", "Đường liên bản có rãnh thoát nước");
        roads.add(added);                                                  // 2.5 added
        transport.put("indicators", roads);
        cast(groups.get(2).get("criteria")).get(0).put("departmentCode", "skhdt");   // criterion 10 reassigned
        doc.put("groups", groups);
        Api.coordinator().header("If-Match", Api.etag(path)).body(doc).put(path).then().statusCode(200);

        Api.observer().get(SETS + "/diff?from=ntm-xa-2016-2020:1&to=" + code + ":1").then().statusCode(200)
                .body("from.code", equalTo("ntm-xa-2016-2020"))
                .body("to.code", equalTo(code))
                .body("criteriaAdded", hasSize(0))
                .body("criteriaRemoved", hasSize(0))
                .body("indicatorsAdded.code", equalTo(List.of("2.5")))
                .body("indicatorsAdded[0].criterionCode", equalTo("2"))
                .body("indicatorsRemoved.code", equalTo(List.of("2.4")))
                .body("indicatorsRenamed.code", equalTo(List.of("2.2")))
                .body("indicatorsRenamed[0].toNameVi", equalTo("Đường trục bản được cứng hóa"))
                .body("thresholdsChanged", hasSize(1))
                .body("thresholdsChanged[0].indicatorCode", equalTo("2.2"))
                .body("thresholdsChanged[0].from", equalTo("≥ 70%"))
                .body("thresholdsChanged[0].to", equalTo("≥ 80%"))
                .body("departmentsReassigned[0].criterionCode", equalTo("10"))
                .body("departmentsReassigned[0].fromDepartment", equalTo("snn"))
                .body("departmentsReassigned[0].toDepartment", equalTo("skhdt"));
        Api.observer().get(SETS + "/diff?from=ntm-xa-2016-2020:1&to=ntm-xa-2016-2020:1").then().statusCode(200)
                .body("thresholdsChanged", hasSize(0)).body("indicatorsAdded", hasSize(0));
        Api.observer().get(SETS + "/diff?from=ntm-xa-2016-2020&to=x:1").then().statusCode(400).body("errors[0].field", equalTo("from"));
        Api.external().get(SETS + "/diff?from=ntm-xa-2016-2020:1&to=" + code + ":1").then().statusCode(404);
    }

    @Test
    void evaluationJudgesEachIndicatorAndExplainsItInOneLine() {
        JsonPath verdict = Api.as(vn.sonla.ntm.testing.Tokens.commune("04120", "125"))
                .body(Map.of("values", Map.of("2.1", 82, "2.2", 70, "4.1", true, "4.2", 95.5, "9.1", 0, "15.3", 30)))
                .post(NATIONAL_V1 + "/evaluate").then().statusCode(200)
                .body("set.code", equalTo("ntm-xa-2016-2020"))
                .body("versionStatus", equalTo("PUBLISHED"))
                .body("criteriaTotal", equalTo(19))
                .body("criteriaRequired", equalTo(19))
                .body("standardReached", equalTo(false))
                .body("rule", equalTo("all 19 criteria met"))
                .extract().jsonPath();
        assertThat(verdict.getList("indicators")).hasSize(49);
        assertThat(indicator(verdict, "2.1")).containsEntry("status", "NOT_MET").containsEntry("explanation", "82% < 100% (required ≥ 100%)")
                .containsEntry("shortfall", 18).containsEntry("need", "raise by 18% to ≥ 100%").containsEntry("criterionCode", "2");
        assertThat(indicator(verdict, "2.2")).containsEntry("status", "MET").containsEntry("explanation", "70% ≥ 70%");
        assertThat(indicator(verdict, "4.1")).containsEntry("status", "MET").containsEntry("explanation", "achieved");
        assertThat(indicator(verdict, "4.2")).containsEntry("status", "MET").containsEntry("explanation", "95.5% ≥ 95%");
        assertThat(indicator(verdict, "9.1")).containsEntry("status", "MET").containsEntry("explanation", "0 present");
        assertThat(indicator(verdict, "15.3")).containsEntry("status", "NOT_MET").containsEntry("explanation", "30% > 26.7% (required ≤ 26.7%)");
        assertThat(indicator(verdict, "1.1")).containsEntry("status", "MISSING").containsEntry("explanation", "no value (required achieved)")
                .containsEntry("need", "enter a value (required achieved)");
        Map<String, Object> electricity = verdict.getMap("criteria.find { it.code == '4' }");
        assertThat(electricity).containsEntry("status", "MET").containsEntry("indicatorsMet", 2).containsEntry("indicatorsTotal", 2);
        assertThat(verdict.getInt("criteriaMet")).isEqualTo(1);
        assertThat(verdict.getInt("gap.criteriaStillNeeded")).isEqualTo(18);
        assertThat(verdict.getList("gap.unmetCriteria.code")).hasSize(18).doesNotContain("4");
    }

    @Test
    void aCommuneMeetingEveryIndicatorReachesTheStandard() {
        JsonPath set = Api.observer().get(NATIONAL_V1).jsonPath();
        Map<String, Object> values = new HashMap<>();
        List<Map<String, Object>> indicators = set.getList("groups.criteria.indicators.flatten()");
        for (Map<String, Object> i : indicators) {
            Map<String, Object> t = cast(i.get("thresholds")).get(0);
            values.put((String) i.get("code"), switch ((String) t.get("comparator")) {
                case "achieved" -> true;
                case "none" -> false;
                default -> t.get("value");
            });
        }
        Api.observer().body(Map.of("values", values)).post(NATIONAL_V1 + "/evaluate").then().statusCode(200)
                .body("criteriaMet", equalTo(19)).body("standardReached", equalTo(true))
                .body("gap.criteriaStillNeeded", equalTo(0)).body("gap.unmetCriteria", hasSize(0));
    }

    @Test
    void valuesThatAreNotTrueFalseOrANumberAreRefusedNamingTheIndicator() {
        Api.observer().body("{\"values\": {\"2.1\": \"82\", \"4.1\": \"yes\", \"2.2\": 120, \"99.9\": 1, \"4.2\": null}}")
                .post(NATIONAL_V1 + "/evaluate").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("values.2.1"))
                .body("errors.find { it.field == 'values.2.1' }.message", equalTo("must be true/false or a number"))
                .body("errors.find { it.field == 'values.2.2' }.message", equalTo("must be a percentage between 0 and 100"))
                .body("errors.find { it.field == 'values.4.1' }.message", equalTo("must be true/false or a number"))
                .body("errors.find { it.field == 'values.99.9' }.message", equalTo("is not an indicator of ntm-xa-2016-2020 v1"))
                .body("errors.find { it.field == 'values.4.2' }.message", equalTo("must be true/false or a number (leave a missing value out)"))
                .body("errors", hasSize(5));
        Api.observer().body(Map.of("values", Map.of("4.1", 1))).post(NATIONAL_V1 + "/evaluate").then().statusCode(400)
                .body("errors[0].field", equalTo("values.4.1"))
                .body("errors[0].message", equalTo("must be true (achieved) or false (not achieved)"));
    }

    @Test
    void aDraftIsEvaluatedOnlyByTheCoordinatorAsAPreview() {
        String path = Api.draftFromNational("preview");
        Api.coordinator().body(Map.of("values", Map.of("4.1", true))).post(path + "/evaluate").then().statusCode(200)
                .body("versionStatus", equalTo("DRAFT"));
        Api.observer().body(Map.of("values", Map.of("4.1", true))).post(path + "/evaluate").then().statusCode(409)
                .contentType("application/problem+json");
        Api.external().body(Map.of("values", Map.of("4.1", true))).post(path + "/evaluate").then().statusCode(404);
        Api.coordinator().body(Map.of("values", Map.of())).post(SETS + "/" + Api.SON_LA_ADVANCED + "/versions/1/evaluate").then()
                .statusCode(200).body("criteriaTotal", equalTo(0)).body("standardReached", equalTo(false));
        Api.coordinator().body(Map.of("values", Map.of())).post(SETS + "/ntm-xa-2021-2025/versions/1/evaluate").then().statusCode(409)
                .body("detail", equalTo("ntm-xa-2021-2025 v1 has no recognition rule yet, so it cannot judge a commune"));
    }

    private static Map<String, Object> indicator(JsonPath verdict, String code) {
        return verdict.getMap("indicators.find { it.code == '" + code + "' }");
    }
}
