package vn.sonla.ntm.stack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The gateway (port 8080) in front of the real services and Keycloak: the composed views for a coordinator and for a
 * district officer (whose scope the services enforce through it), the published status API for the demo external
 * system, the one OpenAPI document and the SPA; last, funding-service stopped, the dashboard still answering, degraded,
 * and funding-service started again before the class ends.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayStackIT {

    private static final String PROVINCE = "/api/v1/dashboard/province";
    private static final String YEAR = "2020";

    @Test
    @Order(1)
    void theCoordinatorReadsTheProvinceDashboardWhole() {
        as("coordinator").queryParam("year", YEAR).get(PROVINCE).then().statusCode(200)
                .body("provinceCode", equalTo("14"))
                .body("year", equalTo(2020))
                .body("levelsByDistrict", hasSize(12))
                .body("plans.code", contains("111/KH-UBND"))
                .body("plans[0].targets", not(empty()))
                .body("pilots.unitCode", contains("03658", "04027", "04120"))
                .body("assessmentsByState", notNullValue())
                // present (null only when degraded); ./ntm test's stack starts on empty databases, so the year may hold no plan yet
                .body("fundingBySource", notNullValue())
                .body("fundingTotal.planned", notNullValue())
                .body("degraded", empty());
    }

    @Test
    @Order(2)
    void theCoordinatorReadsAPilotCommunesScorecard() {
        as("coordinator").get("/api/v1/communes/04120/scorecard").then().statusCode(200)
                .body("unitCode", equalTo("04120"))
                .body("unit.name", equalTo("Xã Chiềng Ban"))
                .body("unit.pilot.designated", equalTo(true))
                .body("unit.lineage.successors", not(empty()))
                .body("latestAssessments", notNullValue())
                .body("criteriaSets", notNullValue())
                .body("openObstacles", notNullValue())
                .body("degraded", empty());
    }

    @Test
    @Order(3)
    void aDistrictOfficerReadsItsDistrictAndItsCommunesAndNothingElse() {
        as("district-125").queryParam("year", YEAR).get(PROVINCE).then().statusCode(403)
                .contentType("application/problem+json");
        as("district-125").queryParam("year", YEAR).get("/api/v1/dashboard/districts/125").then().statusCode(200)
                .body("districtName", equalTo("Huyện Mai Sơn"))
                .body("communes.size()", greaterThan(20))
                .body("pilots", contains("04120"))
                .body("degraded", empty());
        as("district-125").queryParam("year", YEAR).get("/api/v1/dashboard/districts/116").then().statusCode(403);
        as("district-125").get("/api/v1/communes/04120/scorecard").then().statusCode(200).body("unit.code", equalTo("04120"));
        as("district-125").get("/api/v1/communes/03658/scorecard").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @Order(4)
    void theExternalSystemReadsThePublishedStatusWithETagsAndNothingElse() {
        Response page = external().queryParam("size", 5).get("/api/v1/status/communes");
        page.then().statusCode(200).body("items", hasSize(5)).body("total", greaterThan(200)).body("items[0].unitCode", notNullValue());
        String etag = page.header("ETag");
        assertThat(etag).isNotBlank();
        external().queryParam("size", 5).header("If-None-Match", etag).get("/api/v1/status/communes").then().statusCode(304);

        external().get("/api/v1/status/communes/04120").then().statusCode(200)
                .body("unitCode", equalTo("04120")).body("pilot", equalTo(true)).body("lastChanged", notNullValue());
        external().queryParam("updatedSince", "2000-01-01T00:00:00Z").queryParam("size", 1).get("/api/v1/status/communes").then()
                .statusCode(200).body("items", hasSize(1));

        external().get(PROVINCE).then().statusCode(403);
        external().get("/api/v1/capital-plans").then().statusCode(403);
    }

    @Test
    @Order(5)
    void theServicesApisAreReachableThroughTheGatewayAndDocumentedOnce() {
        as("coordinator").get("/api/v1/criteria-sets").then().statusCode(200).body("items", not(empty()));
        as("coordinator").queryParam("at", "2020-01-01").get("/api/v1/units/125").then().statusCode(200).body("name", equalTo("Huyện Mai Sơn"));
        as("finance").get("/api/v1/funding-sources").then().statusCode(200);
        given().baseUri(Stack.gateway()).get("/api/v1/units/125").then().statusCode(401);

        given().baseUri(Stack.gateway()).get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.size()", greaterThan(70))
                .body("info.x-ntm-missing", nullValue())
                .body("components.schemas.FundingProvinceSummary", notNullValue());
        given().baseUri(Stack.gateway()).get("/").then().statusCode(200).contentType(startsWith("text/html"));
        given().baseUri(Stack.gateway()).get("/config.json").then().statusCode(200).body("clientId", equalTo("ntm-spa"));
    }

    /**
     * Stops funding-service by the pid {@code ./ntm up} wrote, reads the dashboard, and starts it again with
     * {@code ./ntm up funding-service} whatever happened, so the classes after this one find the whole stack.
     */
    @Test
    @Order(6)
    void withFundingServiceStoppedTheDashboardStillAnswersDegraded() throws Exception {
        Path root = Path.of(System.getProperty("ntm.root", "..")).toAbsolutePath().normalize();
        Path pidFile = root.resolve(".ntm/run/funding-service.pid");
        Assumptions.assumeTrue(Files.isRegularFile(pidFile), "funding-service was not started by ./ntm up here (no " + pidFile + ")");
        long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).strip());
        ProcessHandle funding = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("funding-service (pid " + pid + ") is not running"));
        try {
            funding.destroy();
            funding.onExit().get(60, TimeUnit.SECONDS);
            waitUntil(() -> !answers(Stack.funding() + "/q/health/live"), Duration.ofSeconds(30));

            Instant start = Instant.now();
            as("coordinator").queryParam("year", YEAR).get(PROVINCE).then().statusCode(200)
                    .body("degraded", contains("funding"))
                    .body("levelsByDistrict", hasSize(12))
                    .body("plans.code", contains("111/KH-UBND"))
                    .body("fundingBySource", nullValue());
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
            as("coordinator").get("/api/v1/communes/04120/scorecard").then().statusCode(200)
                    .body("degraded", contains("funding")).body("unit.code", equalTo("04120"));
            as("coordinator").get("/api/v1/capital-plans").then().statusCode(503).contentType("application/problem+json");
        } finally {
            Process up = new ProcessBuilder(root.resolve("ntm").toString(), "up", "funding-service").directory(root.toFile())
                    .redirectErrorStream(true).redirectOutput(root.resolve(".ntm/logs/funding-service-restart.log").toFile()).start();
            assertThat(up.waitFor(240, TimeUnit.SECONDS)).as("./ntm up funding-service finished").isTrue();
            assertThat(up.exitValue()).as("./ntm up funding-service (log .ntm/logs/funding-service-restart.log)").isZero();
        }
        // back: the breaker closes again after its delay, and the dashboard is whole
        waitUntil(() -> as("coordinator").queryParam("year", YEAR).get(PROVINCE).path("degraded").toString().equals("[]"),
                Duration.ofSeconds(30));
    }

    private static RequestSpecification as(String username) {
        return given().baseUri(Stack.gateway()).auth().oauth2(Tokens.of(username)).accept(ContentType.JSON);
    }

    private static RequestSpecification external() {
        return given().baseUri(Stack.gateway()).auth().oauth2(Tokens.external()).accept(ContentType.JSON);
    }

    private static boolean answers(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(2000);
            return c.getResponseCode() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration limit) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not so after " + limit);
            }
            Thread.sleep(500);
        }
    }
}
