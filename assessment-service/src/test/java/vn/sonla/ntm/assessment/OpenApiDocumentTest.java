package vn.sonla.ntm.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The SPA's client is generated from this document (through the gateway): when two Java types claim one schema name,
 * SmallRye OpenAPI numbers the second ({@code Verdict1}), and which one gets the number can change from build to build
 * — the generated types then swap under the SPA's code. Every schema name must be given once.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OpenApiDocumentTest {

    @Test
    void noSchemaNameIsNumberedToResolveAClash() {
        Map<String, Object> schemas = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath()
                .getMap("components.schemas");
        assertThat(schemas).isNotEmpty();
        assertThat(schemas.keySet()).filteredOn(name -> name.matches(".*[A-Za-z]\\d+$")).isEmpty();
        assertThat(schemas).containsKeys("Verdict", "AppraisalVerdict");
    }
}
