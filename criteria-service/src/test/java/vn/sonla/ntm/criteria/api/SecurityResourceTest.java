package vn.sonla.ntm.criteria.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static vn.sonla.ntm.criteria.api.Api.NATIONAL_V1;
import static vn.sonla.ntm.criteria.api.Api.SETS;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import vn.sonla.ntm.criteria.application.CatalogueSeeding;
import vn.sonla.ntm.testing.Tokens;

/** Every endpoint: the allowed role gets past security, a wrong role gets 403, no token 401, all as problem+json. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SecurityResourceTest {

    private static final String DRAFT = SETS + "/" + Api.SON_LA_ADVANCED + "/versions/1";
    private static final String NO_ROLE = Tokens.user("stranger").roles("guest").sign();

    @Inject
    CatalogueSeeding seeding;

    @BeforeEach
    void seeded() {
        seeding.seed();
    }

    /** An endpoint, the role that may call it (and what it then answers), and a role that may not. */
    record Endpoint(String method, String path, String contentType, Object body, String allowed, int allowedStatus, String refused) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Endpoint> endpoints() {
        String coordinator = Tokens.coordinator();
        String external = Tokens.externalSystem();
        String observer = Tokens.observer();
        String district = Tokens.district("125");
        String appraiser = Tokens.appraiser("snn");
        String finance = Tokens.financePlanner();
        String json = ContentType.JSON.toString();
        Map<String, Object> values = Map.of("values", Map.of("4.1", true));
        Map<String, Object> department = Map.of("nameVi", "Sở Nông nghiệp và Phát triển nông thôn", "validFrom", "2016-01-01");
        return Stream.of(
                new Endpoint("GET", SETS, null, null, external, 200, NO_ROLE),
                new Endpoint("GET", SETS + "/ntm-xa-2016-2020", null, null, Tokens.commune("04120", "125"), 200, NO_ROLE),
                new Endpoint("GET", SETS + "/diff?from=ntm-xa-2016-2020:1&to=ntm-xa-2016-2020:1", null, null, appraiser, 200, NO_ROLE),
                new Endpoint("POST", SETS, json, Map.of("code", "x", "nameVi", " "), coordinator, 400, observer),
                new Endpoint("POST", SETS + "/import", json, Map.of("nameVi", " "), coordinator, 400, external),
                new Endpoint("POST", SETS + "/import", "application/yaml", "nameVi: \" \"\n".getBytes(StandardCharsets.UTF_8), coordinator, 400,
                        district),
                new Endpoint("GET", NATIONAL_V1, null, null, finance, 200, NO_ROLE),
                new Endpoint("PUT", DRAFT, json, Map.of("nameVi", "Bộ"), coordinator, 428, observer),
                new Endpoint("PUT", DRAFT + "/criteria/1", json, Map.of("nameVi", "Quy hoạch"), coordinator, 428, appraiser),
                new Endpoint("PUT", DRAFT + "/indicators/1.1", json, Map.of("kind", "BOOLEAN"), coordinator, 428, district),
                new Endpoint("POST", NATIONAL_V1 + "/derive", json, Map.of("targetCode", "Bad Code"), coordinator, 400, external),
                new Endpoint("POST", DRAFT + "/publish", null, null, coordinator, 428, observer),
                new Endpoint("POST", NATIONAL_V1 + "/retire", null, null, coordinator, 428, finance),
                new Endpoint("POST", NATIONAL_V1 + "/evaluate", json, values, external, 200, NO_ROLE),
                new Endpoint("GET", NATIONAL_V1 + "/export?format=yaml", null, null, district, 200, NO_ROLE),
                new Endpoint("GET", NATIONAL_V1 + "/export.xlsx", null, null, appraiser, 200, NO_ROLE),
                new Endpoint("GET", "/api/v1/departments?at=2019-04-24", null, null, external, 200, NO_ROLE),
                new Endpoint("POST", "/api/v1/departments", json, Map.of("code", "zz"), coordinator, 400, appraiser),
                new Endpoint("PUT", "/api/v1/departments/snn", json, department, coordinator, 428, observer),
                new Endpoint("GET", "/api/v1/audit", null, null, observer, 200, finance),
                new Endpoint("GET", "/api/v1/audit/verify", null, null, coordinator, 200, external));
    }

    private static RequestSpecification request(Endpoint e, String token) {
        RequestSpecification r = given().accept("*/*");
        if (token != null) {
            r = r.auth().oauth2(token);
        }
        if (e.contentType() != null) {
            r = e.body() instanceof byte[] bytes ? r.contentType(e.contentType()).body(bytes) : r.contentType(e.contentType()).body(e.body());
        }
        return r;
    }

    @ParameterizedTest(name = "{0}: allowed role")
    @MethodSource("endpoints")
    void theAllowedRoleGetsPastSecurity(Endpoint e) {
        request(e, e.allowed()).request(e.method(), e.path()).then().statusCode(e.allowedStatus());
    }

    @ParameterizedTest(name = "{0}: wrong role → 403")
    @MethodSource("endpoints")
    void aWrongRoleIsForbidden(Endpoint e) {
        request(e, e.refused()).request(e.method(), e.path()).then().statusCode(403)
                .contentType(equalTo("application/problem+json")).body("status", equalTo(403));
    }

    @ParameterizedTest(name = "{0}: no token → 401")
    @MethodSource("endpoints")
    void noTokenIsUnauthenticated(Endpoint e) {
        request(e, null).request(e.method(), e.path()).then().statusCode(401)
                .contentType(equalTo("application/problem+json")).body("status", equalTo(401))
                .header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void tokensThatAreExpiredForAnotherAudienceOrSignedByAnotherKeyAreRefused() {
        for (String token : List.of(
                Tokens.user("coordinator").roles("coordinator").expiredSecondsAgo(600).sign(),
                Tokens.user("coordinator").roles("coordinator").audience("another-api").sign(),
                Tokens.user("coordinator").roles("coordinator").signedByAnotherKey().sign())) {
            given().auth().oauth2(token).get(SETS).then().statusCode(401).contentType(equalTo("application/problem+json"));
        }
    }

    @Test
    void theOpenApiDocumentAndHealthAreOpen() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("NTM Nâng cao — criteria service"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/api/v1/criteria-sets/{code}/versions/{version}/publish'.post.responses.'422'.description",
                        equalTo("Defects stop the publication; errors lists every one"))
                .body("components.schemas.ThresholdDocument.properties.defined", nullValue())
                .body("components.schemas.ThresholdDocument.properties.comparator.enum", hasItem("achieved"))
                .body("paths.'/api/v1/criteria-sets/import'.post.requestBody.content.keySet()", hasItems("application/json", "application/yaml"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(oneOf(200)).body(not(equalTo("")));
    }
}
