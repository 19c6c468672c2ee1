package vn.sonla.ntm.criteria.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.sonla.ntm.criteria.api.Api.NATIONAL;
import static vn.sonla.ntm.criteria.api.Api.NATIONAL_V1;
import static vn.sonla.ntm.criteria.api.Api.SETS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import vn.sonla.ntm.criteria.application.CatalogueSeeding;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DraftLifecycleResourceTest {

    @Inject
    CatalogueSeeding seeding;

    @Inject
    EntityManager em;

    @BeforeEach
    void seeded() {
        seeding.seed();
    }

    @Test
    void aCoordinatorCreatesAnEmptyDraftThatCannotBePublishedYet() {
        String code = Api.uniqueCode("empty");
        Api.coordinator().body(Map.of("code", code, "nameVi", "Bộ thử", "level", "ADVANCED")).post(SETS).then().statusCode(201)
                .header("Location", containsString(SETS + "/" + code + "/versions/1"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT")).body("version", equalTo(1)).body("revision", equalTo(0));
        Api.coordinator().body(Map.of("code", code, "nameVi", "Lần hai", "level", "ADVANCED")).post(SETS).then().statusCode(409);

        Api.coordinator().header("If-Match", "\"0\"").post(SETS + "/" + code + "/versions/1/publish").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("legalBasis.number", "recognitionRule.kind"));
        Api.observer().get("/api/v1/audit?entity=criteria-set-version&key=" + code + "/1").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE"))).body("items[0].actor", equalTo("coordinator"));
    }

    @Test
    void publishingRefusesListingEveryDefectWithItsPath() {
        String path = Api.draftFromNational("defects");
        JsonPath draft = Api.coordinator().get(path).jsonPath();
        Map<String, Object> doc = draft.getMap("");
        doc.remove("revision");
        List<Map<String, Object>> groups = draft.getList("groups");
        Map<String, Object> infrastructure = groups.get(1);
        List<Map<String, Object>> criteria = cast(infrastructure.get("criteria"));
        Map<String, Object> transport = criteria.get(0);
        List<Map<String, Object>> roads = cast(transport.get("indicators"));
        roads.get(2).put("thresholds", List.of());                      // 2.3 has no threshold
        roads.get(3).put("code", "2.1");                                // duplicate indicator code
        transport.put("departmentCode", "sxx");                         // unknown department
        criteria.get(1).put("indicators", List.of());                   // criterion 3 without indicator
        groups.get(2).put("code", "II");                                // duplicate group code
        doc.put("legalBasis", null);                                    // no decision number
        doc.put("recognitionRule", Map.of("kind", "AT_LEAST", "minimum", 25));  // cannot be met with 19 criteria
        doc.put("groups", groups);
        String etag = Api.etag(path);
        String newEtag = Api.coordinator().header("If-Match", etag).body(doc).put(path).then().statusCode(200).extract().header("ETag");

        Response refused = Api.coordinator().header("If-Match", newEtag).post(path + "/publish");
        refused.then().statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("The version cannot be published"))
                .body("errors.field", hasItems(
                        "legalBasis.number",
                        "recognitionRule",
                        "groups[2].code",
                        "groups[1].criteria[0].departmentCode",
                        "groups[1].criteria[0].indicators[2].thresholds",
                        "groups[1].criteria[0].indicators[3].code",
                        "groups[1].criteria[1].indicators"));
        assertThat(refused.jsonPath().getList("errors")).hasSize(7);
        assertThat(refused.jsonPath().getString("errors.find { it.field == 'recognitionRule' }.message"))
                .isEqualTo("at least 25 criteria can never be met: the set has only 19");
        Api.coordinator().get(path).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void aDepartmentClosedBeforeTheSetTakesEffectStopsPublication() {
        String dept = "z" + Long.toString(System.nanoTime(), 36).substring(0, 6);
        Api.coordinator().body(Map.of("code", dept, "nameVi", "Sở đã giải thể", "validFrom", "2010-01-01", "validTo", "2015-12-31"))
                .post("/api/v1/departments").then().statusCode(201);
        String path = Api.draftFromNational("closed");
        Api.coordinator().header("If-Match", Api.etag(path)).body(Map.of("nameVi", "Quy hoạch", "departmentCode", dept))
                .put(path + "/criteria/1").then().statusCode(200).body("groups[0].criteria[0].departmentCode", equalTo(dept));
        Api.coordinator().header("If-Match", Api.etag(path)).post(path + "/publish").then().statusCode(422)
                .body("errors[0].field", equalTo("groups[0].criteria[0].departmentCode"))
                .body("errors[0].message", startsWith("department " + dept + " is not valid on 2016-12-01"));
    }

    @Test
    void aPublishedVersionNeverChangesAgain() {
        String path = Api.draftFromNational("publish");
        String etag = Api.coordinator().header("If-Match", Api.etag(path)).post(path + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).extract().header("ETag");
        Api.coordinator().get(NATIONAL_V1).then().body("status", equalTo("PUBLISHED"));

        String doc = Api.coordinator().get(path).then().extract().asString().replace("\"revision\":", "\"ignored\":");
        Api.coordinator().header("If-Match", etag).body(Api.coordinator().get(path + "/export").asString()).put(path).then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("published versions never change; derive a new draft"));
        Api.coordinator().header("If-Match", etag).body(Map.of("nameVi", "Đổi tên")).put(path + "/criteria/2").then().statusCode(409);
        Api.coordinator().header("If-Match", etag).body(indicatorEdit(">=", 90)).put(path + "/indicators/2.2").then().statusCode(409);
        Api.coordinator().header("If-Match", etag).post(path + "/publish").then().statusCode(409);
        assertThat(doc).isNotEmpty();

        String retired = Api.coordinator().header("If-Match", etag).post(path + "/retire").then().statusCode(200)
                .body("status", equalTo("RETIRED")).extract().header("ETag");
        Api.coordinator().header("If-Match", retired).post(path + "/retire").then().statusCode(409);
        Api.external().get(path).then().statusCode(404);
        Api.observer().get(path).then().statusCode(200).body("status", equalTo("RETIRED"));
    }

    @Test
    void deriveMakesTheNextVersionOfTheSameSetFromAnyStatus() {
        String path = Api.draftFromNational("derive");
        String code = path.split("/")[4];
        Api.coordinator().post(path + "/derive").then().statusCode(201)
                .header("Location", containsString(SETS + "/" + code + "/versions/2"))
                .body("version", equalTo(2)).body("status", equalTo("DRAFT"))
                .body("derivedFrom.code", equalTo(code)).body("derivedFrom.version", equalTo(1));
        Api.coordinator().get(path).then().body("derivedFrom.code", equalTo(NATIONAL)).body("derivedFrom.version", equalTo(1));
        Api.coordinator().body("{\"targetCode\": \"Not A Code\"}").post(path + "/derive").then().statusCode(400)
                .body("errors[0].field", equalTo("targetCode"));
        Api.coordinator().post(SETS + "/" + code + "/versions/9/derive").then().statusCode(404);
    }

    @Test
    void fineGrainedEditsChangeOneCriterionOrIndicator() {
        String path = Api.draftFromNational("edit");
        Api.coordinator().header("If-Match", Api.etag(path))
                .body(Map.of("nameVi", "Giao thông nông thôn", "nameEn", "Rural transport", "departmentCode", "sxd",
                        "provenance", Map.of("status", "VERIFIED", "verifiedBy", "VPĐP tỉnh", "verifiedOn", "2026-12-01",
                                "verifiedAgainst", "QĐ 1980/QĐ-TTg, bản ký")))
                .put(path + "/criteria/2").then().statusCode(200)
                .body("groups[1].criteria[0].nameVi", equalTo("Giao thông nông thôn"))
                .body("groups[1].criteria[0].departmentCode", equalTo("sxd"))
                .body("groups[1].criteria[0].provenance.status", equalTo("VERIFIED"))
                .body("groups[1].criteria[0].indicators.size()", equalTo(4));
        Api.coordinator().header("If-Match", Api.etag(path)).body(indicatorEdit(">=", 85)).put(path + "/indicators/2.2").then()
                .statusCode(200)
                .body("groups[1].criteria[0].indicators[1].code", equalTo("2.2"))
                .body("groups[1].criteria[0].indicators[1].thresholds[0].value", equalTo(85))
                .body("groups[1].criteria[0].indicators[1].thresholds[1].communeClass", equalTo("khu-vuc-III"));
        Api.coordinator().header("If-Match", Api.etag(path)).body(indicatorEdit(">=", 85)).put(path + "/indicators/99.9").then()
                .statusCode(404);
        Api.coordinator().header("If-Match", Api.etag(path)).body(Map.of("provenance", Map.of("status", "VERIFIED")))
                .put(path + "/criteria/2").then().statusCode(400).body("errors[0].field", equalTo("provenance"));
    }

    @Test
    void everyChangeNeedsTheCurrentETag() {
        String path = Api.draftFromNational("etag");
        String etag = Api.etag(path);
        Map<String, Object> edit = Map.of("nameVi", "Quy hoạch xây dựng", "departmentCode", "sxd");
        Api.coordinator().body(edit).put(path + "/criteria/1").then().statusCode(428).contentType("application/problem+json");
        Api.coordinator().post(path + "/publish").then().statusCode(428);
        Api.coordinator().body(Api.coordinator().get(path + "/export").asString()).put(path).then().statusCode(428);
        String next = Api.coordinator().header("If-Match", etag).body(edit).put(path + "/criteria/1").then().statusCode(200)
                .extract().header("ETag");
        assertThat(next).isNotEqualTo(etag);
        Api.coordinator().header("If-Match", etag).body(edit).put(path + "/criteria/1").then().statusCode(412)
                .contentType("application/problem+json").body("title", equalTo("Version changed"));
        Api.coordinator().header("If-Match", etag).post(path + "/publish").then().statusCode(412);
        Api.coordinator().get(path).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void ofTwoConcurrentEditsWithTheSameETagExactlyOneWins() throws Exception {
        String path = Api.draftFromNational("race");
        String etag = Api.etag(path);
        String content = Api.coordinator().get(path + "/export").asString();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> outcomes = new ArrayList<>();
            for (String name : List.of("Tên A", "Tên B")) {
                Callable<Integer> put = () -> {
                    start.await();
                    return Api.coordinator().header("If-Match", etag).body(content.replace("Bộ tiêu chí quốc gia", name)).put(path)
                            .statusCode();
                };
                outcomes.add(pool.submit(put));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : outcomes) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdownNow();
        }
        long entries = ((Number) em.createNativeQuery("select count(*) from audit_entry where entity_id = ?1 and action = 'REPLACE'")
                .setParameter(1, path.substring(SETS.length() + 1).replace("/versions/", "/")).getSingleResult()).longValue();
        assertThat(entries).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        long sets = count("select count(*) from criteria_set");
        long audit = count("select count(*) from audit_entry");
        Api.coordinator().body("{\"code\": \"x\", \"nameVi\": ").post(SETS).then().statusCode(400)
                .contentType("application/problem+json").body("title", equalTo("Malformed JSON"));
        Api.coordinator().body(Map.of("code", "ok-code", "nameVi", "Bộ", "level", "BASIC", "colour", "red")).post(SETS).then()
                .statusCode(400).body("errors[0].field", equalTo("colour")).body("errors[0].message", equalTo("is not a known field"));
        Api.coordinator().body("{\"code\": \"ok-code\", \"nameVi\": \"Bộ\", \"level\": \"BASIC\", \"recognitionRule\": {\"kind\": \"ALL_CRITERIA\", \"minimum\": \"five\"}}")
                .post(SETS).then().statusCode(400).body("errors[0].field", equalTo("recognitionRule.minimum"));
        Api.coordinator().body(Map.of("code", " ", "nameVi", "Bộ", "level", "BASIC")).post(SETS).then().statusCode(400)
                .body("errors.field", hasItem("code"));
        Api.coordinator().body(Map.of("code", "ok-code", "nameVi", "Bộ", "level", "SUPER")).post(SETS).then().statusCode(400)
                .body("errors[0].field", equalTo("level"));
        Api.coordinator().body(Map.of("code", "diff", "nameVi", "Bộ", "level", "BASIC")).post(SETS).then().statusCode(400)
                .body("errors[0].field", equalTo("code")).body("errors[0].message", equalTo("'diff' is reserved"));

        String path = Api.draftFromNational("badput");
        sets = count("select count(*) from criteria_set");
        audit = count("select count(*) from audit_entry");
        String etag = Api.etag(path);
        JsonPath draft = Api.coordinator().get(path).jsonPath();
        Map<String, Object> doc = draft.getMap("");
        doc.remove("revision");
        List<Map<String, Object>> groups = draft.getList("groups");
        cast(groups.get(0).get("criteria")).get(0).put("code", "");
        Map<String, Object> indicator = cast(cast(groups.get(1).get("criteria")).get(0).get("indicators")).get(0);
        indicator.put("thresholds", List.of(Map.of("comparator", "≈", "value", 1)));
        doc.put("groups", groups);
        Api.coordinator().header("If-Match", etag).body(doc).put(path).then().statusCode(400)
                .body("errors.field", hasItems("groups[0].criteria[0].code", "groups[1].criteria[0].indicators[0].thresholds[0].comparator"));
        Api.coordinator().header("If-Match", etag).body("{\"groups\": [{\"code\": \"I\", \"criteria\": [{\"code\": \"1\", \"indicators\": [{\"code\": \"1.1\", \"kind\": \"COLOUR\"}]}]}]}")
                .put(path).then().statusCode(400).body("errors[0].field", equalTo("groups[0].criteria[0].indicators[0].kind"));
        assertThat(Api.etag(path)).isEqualTo(etag);
        assertThat(count("select count(*) from criteria_set")).isEqualTo(sets);
        assertThat(count("select count(*) from audit_entry")).isEqualTo(audit);
    }

    static Map<String, Object> indicatorEdit(String comparator, int value) {
        return Map.of("nameVi", "Đường trục thôn, bản được cứng hóa", "unit", "%", "kind", "PERCENT",
                "thresholds", List.of(
                        Map.of("comparator", comparator, "value", value, "unit", "%", "provenance", Map.of("status", "SOURCED", "source", "QĐ 2290")),
                        Map.of("communeClass", "khu-vuc-III", "comparator", comparator, "value", value - 20, "unit", "%")));
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> cast(Object list) {
        return (List<Map<String, Object>>) list;
    }

    static org.hamcrest.Matcher<Object> absent() {
        return nullValue();
    }
}
