package vn.sonla.ntm.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * One document for the whole public surface, the one the SPA's client is generated from: the gateway's operations and
 * every forwarded one at its public path, clashing schema names resolved, the security schemes, and valid (checked by
 * swagger-parser, with every $ref resolved). The services' documents are real ones, saved from the running services.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OpenApiResourceTest extends GatewayTest {

    @Test
    void theMergedDocumentIsCompleteAndValid() {
        serveServiceDocuments();
        String json = given().get("/q/openapi?format=json").then().statusCode(200).contentType(startsWith("application/json"))
                .extract().asString();

        SwaggerParseResult parsed = parse(json);
        assertThat(parsed.getMessages()).as("parser messages").isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.1");
        assertThat(api.getPaths()).containsKeys(
                "/api/v1/dashboard/province", "/api/v1/dashboard/districts/{code}", "/api/v1/communes/{code}/scorecard",
                "/api/v1/status/communes", "/api/v1/status/communes/{code}",
                "/api/v1/criteria-sets", "/api/v1/criteria-sets/{code}/versions/{version}", "/api/v1/departments",
                "/api/v1/units", "/api/v1/assessments/{id}/values/{indicatorCode}/evidence", "/api/v1/plans/{code}",
                "/api/v1/communes/{code}/overview", "/api/v1/capital-plans", "/api/v1/reports/execution", "/api/v1/public/totals",
                "/api/v1/summary/province/{provinceCode}", "/api/v1/funding/summary/province/{provinceCode}",
                "/api/v1/funding/summary/communes/{code}", "/api/v1/audit/verify", "/api/v1/criteria/audit", "/api/v1/criteria/audit/verify",
                "/api/v1/funding/audit", "/api/v1/funding/audit/verify");
        assertThat(api.getPaths()).doesNotContainKeys("/api/v1/commune-status", "/api/v1/summary/communes/{code}", "/api/v1/audit");
        // the catalogue read the gateway caches is documented once, as criteria-service documents it
        assertThat(api.getPaths().get("/api/v1/criteria-sets/{code}/versions/{version}").getGet().getTags())
                .containsExactly("criteria-service / Criteria set versions");
        assertThat(api.getPaths().get("/api/v1/criteria-sets/{code}/versions/{version}").getPut()).isNotNull();

        Map<String, ?> schemas = api.getComponents().getSchemas();
        assertThat(schemas).containsKeys("ProvinceDashboard", "DistrictDashboard", "CommuneScorecard", "PublishedCommuneStatus",
                "AssessmentProvinceSummary", "FundingProvinceSummary", "AssessmentDistrictSummary", "FundingDistrictSummary", "Problem",
                "UnitDetail", "SummaryRow", "CriteriaSetVersion");
        assertThat(schemas).doesNotContainKeys("ProvinceSummary", "DistrictSummary");

        JsonPath doc = new JsonPath(json);
        assertThat(doc.getString("paths.'/api/v1/funding/summary/province/{provinceCode}'.get.responses.'200'.content.'application/json'.schema.'$ref'"))
                .isEqualTo("#/components/schemas/FundingProvinceSummary");
        assertThat(doc.getString("paths.'/api/v1/summary/province/{provinceCode}'.get.responses.'200'.content.'application/json'.schema.'$ref'"))
                .isEqualTo("#/components/schemas/AssessmentProvinceSummary");
        assertThat(doc.getString("components.schemas.ProvinceDashboard.properties.levelsByDistrict.items.'$ref'"))
                .isEqualTo("#/components/schemas/DistrictLevels");
        assertThat(doc.getString("components.schemas.ProvinceDashboard.properties.fundingTotal.'$ref'"))
                .isEqualTo("#/components/schemas/SummaryRow");
        assertThat(doc.getString("components.schemas.CommuneScorecard.properties.funding.'$ref'"))
                .isEqualTo("#/components/schemas/CommuneSummary");
        assertThat(doc.getString("components.schemas.CommuneScorecard.properties.latestAssessments.items.'$ref'"))
                .isEqualTo("#/components/schemas/LatestAssessment");
        assertThat(json).doesNotContain("x-ntm-ref");

        assertThat(doc.getString("components.securitySchemes.login.flows.authorizationCode.authorizationUrl"))
                .isEqualTo("http://localhost:8180/realms/ntm/protocol/openid-connect/auth");
        assertThat(doc.getString("components.securitySchemes.clientCredentials.flows.clientCredentials.tokenUrl"))
                .isEqualTo("http://localhost:8180/realms/ntm/protocol/openid-connect/token");
        assertThat(doc.getString("components.securitySchemes.bearer.scheme")).isEqualTo("bearer");

        List<String> unsecured = new ArrayList<>();
        List<String> untagged = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            if (op.getSecurity() == null || op.getSecurity().size() != 3 || op.getResponses().get("401") == null) {
                unsecured.add(method + " " + path);
            }
            if (op.getTags() == null || op.getTags().isEmpty()) {
                untagged.add(method + " " + path);
            }
        }));
        assertThat(unsecured).isEmpty();
        assertThat(untagged).isEmpty();
        Operation verify = api.getPaths().get("/api/v1/funding/audit/verify").getGet();
        assertThat(verify.getTags()).allMatch(t -> t.startsWith("funding-service / "));
        assertThat(api.getTags()).extracting("name").contains("gateway / dashboards", "funding-service / summaries",
                "assessment-service / summaries");
        assertThat(doc.getList("info.x-ntm-missing")).isNull();
    }

    @Test
    void yamlByDefaultAndSwaggerUiServed() {
        serveServiceDocuments();
        given().get("/q/openapi").then().statusCode(200).contentType(startsWith("application/yaml")).body(startsWith("openapi: 3.1"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200).contentType(startsWith("application/json"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aServiceWhoseDocumentCannotBeReadIsNamedAndNothingDangles() {
        serveServiceDocuments();
        services.down(Services.FUNDING);
        // a complete document in hand is served while it is being read again (the %test profile re-reads every time)
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        for (int i = 0; i < 50 && new JsonPath(json).getList("info.x-ntm-missing") == null; i++) {
            sleep(100);
            json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        }

        assertThat(new JsonPath(json).getList("info.x-ntm-missing")).containsExactly("funding-service");
        assertThat(parse(json).getMessages()).isEmpty();
        assertThat(new JsonPath(json).getMap("paths")).doesNotContainKey("/api/v1/capital-plans").containsKey("/api/v1/units");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static SwaggerParseResult parse(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIParser().readContents(json, null, options);
    }

    void serveServiceDocuments() {
        for (String[] s : new String[][] {{Services.CRITERIA, "criteria"}, {Services.ASSESSMENT, "assessment"}, {Services.FUNDING, "funding"}}) {
            services.stub(get(urlPathEqualTo(s[0] + "/q/openapi")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(document(s[1]))));
        }
    }

    static String document(String name) {
        try (InputStream in = OpenApiResourceTest.class.getResourceAsStream("/openapi/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
