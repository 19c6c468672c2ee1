package vn.sonla.ntm.criteria.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static vn.sonla.ntm.criteria.api.Api.NATIONAL;
import static vn.sonla.ntm.criteria.api.Api.NATIONAL_V1;
import static vn.sonla.ntm.criteria.api.Api.SETS;
import static vn.sonla.ntm.criteria.api.Api.SON_LA_ADVANCED;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

import vn.sonla.ntm.criteria.application.CatalogueSeeding;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CatalogueResourceTest {

    @Inject
    CatalogueSeeding seeding;

    @Inject
    EntityManager em;

    @BeforeEach
    void seeded() {
        seeding.seed();
    }

    @Test
    void theNationalSet2016To2020IsPublishedWith19CriteriaAnd49Indicators() {
        JsonPath v1 = Api.coordinator().get(NATIONAL_V1).then().statusCode(200)
                .header("ETag", equalTo("\"" + Api.coordinator().get(NATIONAL_V1).jsonPath().getLong("revision") + "\""))
                .body("status", equalTo("PUBLISHED"))
                .body("legalBasis.number", equalTo("1980/QĐ-TTg"))
                .body("legalBasis.effectiveFrom", equalTo("2016-12-01"))
                .body("recognitionRule.kind", equalTo("ALL_CRITERIA"))
                .body("groups.code", equalTo(List.of("I", "II", "III", "IV", "V")))
                .extract().jsonPath();
        List<Object> criteria = v1.getList("groups.criteria.flatten()");
        List<Object> indicators = v1.getList("groups.criteria.indicators.flatten()");
        assertThat(criteria).hasSize(19);
        assertThat(indicators).hasSize(49);
    }

    @Test
    void seedingKeepsEveryProvenanceFlagAndCorrectsIndicator31ToAPercentage() {
        JsonPath v1 = Api.coordinator().get(NATIONAL_V1).jsonPath();
        Map<String, Object> i31 = indicator(v1, "3.1");
        assertThat(i31.get("kind")).isEqualTo("PERCENT");
        assertThat(text(i31, "provenance", "note")).contains("Kind corrected from BOOLEAN to PERCENT");
        Map<String, Object> i42 = indicator(v1, "4.2");
        assertThat(path(i42, "provenance", "status")).isEqualTo("SOURCED");
        assertThat(text(i42, "provenance", "source")).startsWith("https://backan.gov.vn/");
        Map<String, Object> i21 = indicator(v1, "2.1");
        assertThat(threshold(i21, "provenance", "status")).isEqualTo("RECONSTRUCTED");
        assertThat(threshold(i21, "comparator")).isEqualTo(">=");
        assertThat(threshold(i21, "value")).isEqualTo(100);
        Map<String, Object> i171 = indicator(v1, "17.1");
        assertThat((String) threshold(i171, "provenance", "note")).contains("Sub-threshold recorded but not evaluated: trong đó nước sạch >= 50%");
        Map<String, Object> i153 = indicator(v1, "15.3");
        assertThat(threshold(i153, "comparator")).isEqualTo("<=");
        assertThat(threshold(i153, "value")).isEqualTo(26.7f);
        Map<String, Object> c10 = criterion(v1, "10");
        assertThat(c10.get("departmentCode")).isEqualTo("snn");
        assertThat(path(c10, "provenance", "status")).isEqualTo("RECONSTRUCTED");
        assertThat(text(c10, "provenance", "note")).contains("Cục Thống kê tỉnh / Sở NN&PTNT").contains("Not in the department list: Cục Thống kê tỉnh");
        assertThat(criterion(v1, "19").get("departmentCode")).isEqualTo("bchqs");
    }

    @Test
    void theOtherShippedSetsAreDraftsWithoutInventedThresholds() {
        JsonPath sonLa = Api.coordinator().get(SETS + "/" + SON_LA_ADVANCED + "/versions/1").then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("level", equalTo("ADVANCED"))
                .body("legalBasis.number", equalTo("2290/QĐ-UBND"))
                .body("recognitionRule.kind", equalTo("ALL_CRITERIA"))
                .extract().jsonPath();
        assertThat(sonLa.getList("groups")).isEmpty();
        assertThat(sonLa.getString("notes")).contains("Modelling advice");

        JsonPath basic2021 = Api.coordinator().get(SETS + "/ntm-xa-2021-2025/versions/1").then().statusCode(200)
                .body("status", equalTo("DRAFT")).extract().jsonPath();
        Map<String, Object> i21 = indicator(basic2021, "2.1");
        assertThat(threshold(i21, "comparator")).isNull();
        assertThat(threshold(i21, "value")).isNull();
        assertThat(threshold(i21, "provenance", "status")).isEqualTo("NOT_FOUND");
        Map<String, Object> i32 = indicator(basic2021, "3.2");
        assertThat(threshold(i32, "comparator")).isEqualTo("between");
        assertThat(threshold(i32, "upperValue")).isEqualTo(70);

        Api.coordinator().get(SETS + "/ntm-nang-cao-xa-2021-2025/versions/1").then().statusCode(200)
                .body("groups[0].code", equalTo("ALL")).body("groups[0].criteria.size()", equalTo(19));
        Api.coordinator().get(SETS + "/ntm-kieu-mau-xa-2018-2020/versions/1").then().statusCode(200)
                .body("level", equalTo("MODEL")).body("provenance.status", equalTo("RECONSTRUCTED"));
    }

    @Test
    void seedingTwiceAddsNothing() {
        long versions = count("select count(*) from criteria_set_version");
        long indicators = count("select count(*) from indicator");
        long departments = count("select count(*) from department");
        long audit = count("select count(*) from audit_entry");
        CatalogueSeeding.Result again = seeding.seed();
        assertThat(again.setsAdded()).isZero();
        assertThat(again.departmentsAdded()).isZero();
        assertThat(count("select count(*) from criteria_set_version")).isEqualTo(versions);
        assertThat(count("select count(*) from indicator")).isEqualTo(indicators);
        assertThat(count("select count(*) from department")).isEqualTo(departments);
        assertThat(count("select count(*) from audit_entry")).isEqualTo(audit);
        assertThat(count("select count(*) from criteria_set where code like 'ntm-%' or code like 'sonla-ntm-nang-cao-xa-2018-2020'"))
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void staffListEverySetWithItsVersions() {
        Api.observer().get(SETS + "?size=500").then().statusCode(200)
                .body("items.code", hasItems(NATIONAL, SON_LA_ADVANCED, "ntm-xa-2021-2025", "ntm-nang-cao-xa-2021-2025",
                        "ntm-kieu-mau-xa-2018-2020"))
                .body("items.find { it.code == 'ntm-xa-2016-2020' }.latestPublishedVersion", equalTo(1))
                .body("items.find { it.code == 'ntm-xa-2016-2020' }.versions[0].legalBasisNumber", equalTo("1980/QĐ-TTg"))
                .body("size", equalTo(500));
        Api.observer().get(SETS + "?status=DRAFT&level=ADVANCED&size=500").then().statusCode(200)
                .body("items.code", hasItem(SON_LA_ADVANCED)).body("items.code", not(hasItem(NATIONAL)));
    }

    @Test
    void anExternalSystemSeesPublishedVersionsOnly() {
        Api.external().get(SETS + "?size=500").then().statusCode(200)
                .body("items.code", hasItem(NATIONAL))
                .body("items.code", not(hasItem(SON_LA_ADVANCED)))
                .body("items.versions.flatten().status", everyItem(equalTo("PUBLISHED")));
        Api.external().get(NATIONAL_V1).then().statusCode(200);
        Api.external().get(SETS + "/" + SON_LA_ADVANCED + "/versions/1").then().statusCode(404)
                .contentType("application/problem+json");
        Api.external().get(SETS + "/" + SON_LA_ADVANCED).then().statusCode(404);
        Api.external().get(SETS + "?status=DRAFT").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void pagingIsBoundedAndNamesTheBadParameter() {
        Api.observer().get(SETS + "?size=501").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
        Api.observer().get(SETS + "?page=x").then().statusCode(400).body("errors[0].field", equalTo("page"));
        Api.observer().get(SETS + "?status=LIVE").then().statusCode(400).body("errors[0].field", equalTo("status"));
        Api.observer().get(SETS + "?size=1&page=0").then().statusCode(200).body("items.size()", equalTo(1))
                .body("total", equalTo(Api.observer().get(SETS + "?size=500").jsonPath().getInt("total")));
    }

    @Test
    void anUnknownVersionIsANotFoundProblem() {
        Api.observer().get(SETS + "/" + NATIONAL + "/versions/99").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("Criteria set ntm-xa-2016-2020 has no version 99"));
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> indicator(JsonPath set, String code) {
        List<Map<String, Object>> all = set.getList("groups.criteria.indicators.flatten()");
        return all.stream().filter(i -> code.equals(i.get("code"))).findFirst().orElseThrow();
    }

    static Map<String, Object> criterion(JsonPath set, String code) {
        List<Map<String, Object>> all = set.getList("groups.criteria.flatten()");
        return all.stream().filter(i -> code.equals(i.get("code"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static Object path(Map<String, Object> node, String... keys) {
        Object current = node;
        for (String key : keys) {
            current = current == null ? null : ((Map<String, Object>) current).get(key);
        }
        return current;
    }

    static String text(Map<String, Object> node, String... keys) {
        return (String) path(node, keys);
    }

    @SuppressWarnings("unchecked")
    static Object threshold(Map<String, Object> indicator, String... keys) {
        List<Map<String, Object>> thresholds = (List<Map<String, Object>>) indicator.get("thresholds");
        return path(thresholds.get(0), keys);
    }
}
