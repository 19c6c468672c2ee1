package vn.sonla.ntm.funding.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OpenApiResourceTest {

    @Test
    void theContractDocumentsEveryOperationWithProblemAnswers() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", containsString("funding service"))
                .body("paths", hasKey("/api/v1/capital-plans/{id}/approve"))
                .body("paths", hasKey("/api/v1/allocations/{id}/transactions"))
                .body("paths", hasKey("/api/v1/reports/mobilisation"))
                .body("paths", hasKey("/api/v1/summary/province/{provinceCode}"))
                .body("paths", hasKey("/api/v1/public/totals"))
                .body("components.schemas", hasKey("Problem"))
                .body("paths.'/api/v1/capital-plans/{id}/approve'.post.responses.'412'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/v1/capital-plans'.post.responses.'401'", notNullValue())
                .body("paths.'/api/v1/capital-plans'.post.security", notNullValue())
                .body("paths.'/api/v1/capital-plans'.post.summary", equalTo("Draft a capital plan"));
    }

    @Test
    void swaggerUiHealthAndMetricsAreServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200);
    }
}
