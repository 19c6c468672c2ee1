package vn.sonla.ntm.stack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * criteria-service (port 8081) as the rest of the system sees it: the seeded national 2016–2020 set
 * (1980/QĐ-TTg, 19 criteria, 49 indicators) is readable by every role; only the coordinator writes.
 */
class CriteriaServiceStackIT {

    private static final String SETS = "/api/v1/criteria-sets";
    private static final String NATIONAL_2016_2020 = "ntm-xa-2016-2020";

    @Test
    void refusesACallerWithoutAToken() {
        given().baseUri(Stack.criteria())
                .when().get(SETS)
                .then().statusCode(401);
    }

    @Test
    void coordinatorSeesTheSeededNationalSet() {
        as(Tokens.of("coordinator"))
                .when().get(SETS)
                .then().statusCode(200)
                .body("items.code", hasItem(NATIONAL_2016_2020));
    }

    @Test
    void nationalSetVersion1Has19CriteriaAnd49Indicators() {
        List<Map<String, Object>> groups = as(Tokens.of("coordinator"))
                .when().get(SETS + "/" + NATIONAL_2016_2020 + "/versions/1")
                .then().statusCode(200)
                .extract().jsonPath().getList("groups");

        List<Map<String, Object>> criteria = groups.stream()
                .flatMap(group -> CriteriaServiceStackIT.<Map<String, Object>>listOf(group, "criteria").stream())
                .toList();
        long indicators = criteria.stream().mapToLong(criterion -> listOf(criterion, "indicators").size()).sum();

        assertThat(criteria).hasSize(19);
        assertThat(indicators).isEqualTo(49L);
    }

    @Test
    void observerMayNotCreateACriteriaSet() {
        as(Tokens.of("observer"))
                .contentType(ContentType.JSON)
                .body("""
                        {"code": "stack-test-refused", "nameVi": "Không được tạo", "nameEn": "Must not be created",
                         "level": "BASIC"}
                        """)
                .when().post(SETS)
                .then().statusCode(403);
    }

    @Test
    void externalSystemReadsThePublishedSets() {
        as(Tokens.external())
                .when().get(SETS)
                .then().statusCode(200)
                .body("items.code", hasItem(NATIONAL_2016_2020));
    }

    private static RequestSpecification as(String accessToken) {
        return given().baseUri(Stack.criteria()).auth().oauth2(accessToken).accept(ContentType.JSON);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> listOf(Map<String, Object> node, String field) {
        Object value = node.get(field);
        return value == null ? List.of() : (List<T>) value;
    }
}
