package vn.sonla.ntm.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The SPA from its build directory (here a stand-in under src/test/resources/spa), with its config and headers. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SpaResourceTest extends GatewayTest {

    @Test
    void theShellIsServedAtTheRootAndForEveryAppRouteButNeverRevalidatedLess() {
        given().get("/").then().statusCode(200).contentType(startsWith("text/html")).body(containsString("NTM test shell"))
                .header("Cache-Control", "no-cache");
        given().get("/province/dashboard").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("NTM test shell")).header("Cache-Control", "no-cache");
        given().get("/communes/04120/scorecard").then().statusCode(200).body(containsString("NTM test shell"));
    }

    @Test
    void hashedAssetsAreCachedForAYearAndAMissingAssetIsNotTheShell() {
        given().get("/assets/app-Ab12Cd34.js").then().statusCode(200).contentType(containsString("javascript"))
                .header("Cache-Control", "public, max-age=31536000, immutable");
        given().get("/favicon.svg").then().statusCode(200).header("Cache-Control", "no-cache");
        given().get("/assets/gone-00000000.js").then().statusCode(404);
    }

    @Test
    void apiAndQuarkusPathsNeverFallBackToTheShell() {
        given().get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
        given().get("/q/no-such-thing").then().statusCode(404).body(not(containsString("NTM test shell")));
    }

    @Test
    void theRuntimeConfigComesFromTheGatewaysConfiguration() {
        given().get("/config.json").then().statusCode(200).contentType(startsWith("application/json"))
                .header("Cache-Control", "no-cache")
                .body("keycloakUrl", equalTo("http://localhost:8180"))
                .body("realm", equalTo("ntm"))
                .body("clientId", equalTo("ntm-spa"))
                .body("apiBaseUrl", equalTo(""));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndNoHstsOverPlainHttp() {
        given().get("/").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("connect-src 'self' http://localhost:8180"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Strict-Transport-Security", nullValue());
        given().get("/api/v1/dashboard/province").then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"));
    }

    @Test
    void corsOnlyForConfiguredOrigins() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").options("/api/v1/dashboard/province").then()
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/dashboard/province").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
