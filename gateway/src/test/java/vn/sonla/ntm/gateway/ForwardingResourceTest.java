package vn.sonla.ntm.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.sonla.ntm.gateway.Services.ASSESSMENT;
import static vn.sonla.ntm.gateway.Services.CRITERIA;
import static vn.sonla.ntm.gateway.Services.FUNDING;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.sonla.ntm.testing.Tokens;

/** Every other path reaches its service unchanged: method, path, query, body and the headers that matter, both ways. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ForwardingResourceTest extends GatewayTest {

    @TestHTTPResource("/")
    java.net.URL root;

    int port;

    @org.junit.jupiter.api.BeforeEach
    void port() {
        port = root.getPort();
    }

    @Test
    void aReadReachesItsServiceWithQueryTokenAndConditionalHeadersAndComesBackWithItsETag() {
        String token = Tokens.district("125");
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/assessments/7")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"3\"").withHeader("X-Internal", "secret")
                .withBody("{\"id\":7,\"version\":3}")));
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/assessments")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[],\"page\":1,\"size\":10,\"total\":0}")));

        given().auth().oauth2(token).header("Accept-Language", "vi").header("Cookie", "a=b").header("X-Forwarded-For", "10.0.0.1")
                .get("/api/v1/assessments/7").then().statusCode(200).header("ETag", "\"3\"").header("X-Internal", (String) null)
                .body("id", equalTo(7));
        given().auth().oauth2(token).get("/api/v1/assessments?districtCode=125&state=DRAFT&page=1&size=10").then().statusCode(200)
                .body("page", equalTo(1));

        assertThat(services.count(getRequestedFor(urlPathEqualTo(ASSESSMENT + "/api/v1/assessments/7"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token)).withHeader("Accept-Language", WireMock.equalTo("vi"))
                .withHeader("Cookie", absent()).withHeader("X-Forwarded-For", absent()))).isEqualTo(1);
        assertThat(services.count(getRequestedFor(urlPathEqualTo(ASSESSMENT + "/api/v1/assessments"))
                .withQueryParam("districtCode", WireMock.equalTo("125")).withQueryParam("state", WireMock.equalTo("DRAFT"))
                .withQueryParam("page", WireMock.equalTo("1")).withQueryParam("size", WireMock.equalTo("10")))).isEqualTo(1);
    }

    @Test
    void aChangeCarriesItsIfMatchAndTheServicesProblemComesBackUntouched() {
        String problem = "{\"type\":\"/problems/precondition-failed\",\"title\":\"Precondition failed\",\"status\":412,"
                + "\"detail\":\"The resource was changed by someone else meanwhile.\",\"instance\":\"/api/v1/assessments/7\"}";
        services.stub(put(urlPathEqualTo(ASSESSMENT + "/api/v1/assessments/7")).willReturn(aResponse().withStatus(412)
                .withHeader("Content-Type", "application/problem+json").withBody(problem)));

        String body = given().auth().oauth2(Tokens.coordinator()).header("If-Match", "\"2\"").contentType("application/json")
                .body("{\"values\":{\"1.1\":true}}").put("/api/v1/assessments/7").then().statusCode(412)
                .contentType("application/problem+json").extract().asString();

        assertThat(body).isEqualTo(problem);
        assertThat(services.count(putRequestedFor(urlPathEqualTo(ASSESSMENT + "/api/v1/assessments/7"))
                .withHeader("If-Match", WireMock.equalTo("\"2\"")).withHeader("Content-Type", WireMock.containing("application/json"))
                .withRequestBody(WireMock.equalToJson("{\"values\":{\"1.1\":true}}")))).isEqualTo(1);
    }

    @Test
    void aCreatedResourcesLocationIsTheGatewaysPath() {
        services.stub(post(urlPathEqualTo(FUNDING + "/api/v1/capital-plans")).willReturn(aResponse().withStatus(201)
                .withHeader("Location", "http://localhost:8083/api/v1/capital-plans/42").withHeader("ETag", "\"0\"")
                .withHeader("Content-Type", "application/json").withBody("{\"id\":42}")));

        given().auth().oauth2(Tokens.financePlanner()).contentType("application/json").body("{}").post("/api/v1/capital-plans").then()
                .statusCode(201).header("Location", "/api/v1/capital-plans/42").header("ETag", "\"0\"");
    }

    @Test
    void sharedPathsGoWhereTheTableSaysAndAliasesReachTheOthers() {
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/audit/verify")).willReturn(Services.json("funding-commune.json")));
        services.stub(get(urlPathEqualTo(CRITERIA + "/api/v1/audit")).willReturn(Services.json("funding-commune.json")));
        services.stub(get(urlPathEqualTo(FUNDING + "/api/v1/audit/verify")).willReturn(Services.json("funding-commune.json")));
        services.stub(get(urlPathEqualTo(FUNDING + "/api/v1/summary/communes/04132")).willReturn(Services.json("funding-commune.json")));
        services.stub(get(urlPathEqualTo(ASSESSMENT + "/api/v1/summary/districts/125")).willReturn(Services.json("assessment-district.json")));
        String token = Tokens.coordinator();

        given().auth().oauth2(token).get("/api/v1/audit/verify").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/criteria/audit?entity=x").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/funding/audit/verify").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/funding/summary/communes/04132").then().statusCode(200).body("code", equalTo("04132"));
        given().auth().oauth2(token).get("/api/v1/summary/districts/125?year=2020").then().statusCode(200)
                .body("districtName", equalTo("Huyện Mai Sơn"));

        assertThat(services.count(getRequestedFor(urlPathEqualTo(CRITERIA + "/api/v1/audit")).withQueryParam("entity", WireMock.equalTo("x"))))
                .isEqualTo(1);
        assertThat(services.count(getRequestedFor(urlPathEqualTo(FUNDING + "/api/v1/audit/verify")))).isEqualTo(1);
        assertThat(services.count(getRequestedFor(urlPathEqualTo(ASSESSMENT + "/api/v1/audit/verify")))).isEqualTo(1);
    }

    @Test
    void anExcelFileComesBackByteForByte() {
        byte[] workbook = new byte[300_000];
        new Random(7).nextBytes(workbook);
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        services.stub(get(urlPathEqualTo(FUNDING + "/api/v1/reports/execution")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", xlsx).withHeader("Content-Disposition", "attachment; filename=\"thuc-hien-2020.xlsx\"")
                .withBody(workbook)));

        byte[] received = given().auth().oauth2(Tokens.financePlanner()).get("/api/v1/reports/execution?year=2020&format=xlsx").then()
                .statusCode(200).contentType(xlsx).header("Content-Disposition", "attachment; filename=\"thuc-hien-2020.xlsx\"")
                .extract().asByteArray();
        assertThat(received).isEqualTo(workbook);
    }

    @Test
    void aMultipartUploadReachesTheServiceByteForByte() {
        byte[] scan = new byte[2_000_000];
        new Random(11).nextBytes(scan);
        services.stub(post(urlPathEqualTo(ASSESSMENT + "/api/v1/assessments/7/values/1.1/evidence")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":1}")));

        given().auth().oauth2(Tokens.district("125")).multiPart("file", "bien-ban.pdf", scan, "application/pdf")
                .post("/api/v1/assessments/7/values/1.1/evidence").then().statusCode(201);

        var requests = wireMock.findAll(postRequestedFor(urlPathEqualTo(ASSESSMENT + "/api/v1/assessments/7/values/1.1/evidence")));
        assertThat(requests).hasSize(1);
        var request = requests.get(0);
        assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(request.getParts()).hasSize(1);
        assertThat(request.getPart("file").getBody().asBytes()).isEqualTo(scan);
    }

    @Test
    void aRawUploadIsPassedOn() {
        byte[] raw = "%PDF-1.4 tiny".getBytes(StandardCharsets.US_ASCII);
        services.stub(post(urlPathEqualTo(ASSESSMENT + "/api/v1/assessments/7/values/1.1/evidence")).willReturn(aResponse().withStatus(201)));
        given().auth().oauth2(Tokens.district("125")).contentType("application/pdf").body(raw)
                .post("/api/v1/assessments/7/values/1.1/evidence?fileName=a.pdf").then().statusCode(201);
        assertThat(services.count(postRequestedFor(urlPathEqualTo(ASSESSMENT + "/api/v1/assessments/7/values/1.1/evidence"))
                .withQueryParam("fileName", WireMock.equalTo("a.pdf")).withRequestBody(binaryEqualTo(raw)))).isEqualTo(1);
    }

    @Test
    void tooLargeABodyIsRefusedBeforeItIsRead() throws IOException {
        String answer = RawHttp.send(port, "POST /api/v1/assessments/7/values/1.1/evidence?fileName=b.pdf HTTP/1.1\r\n"
                + "Host: localhost\r\nAuthorization: Bearer " + Tokens.district("125") + "\r\nContent-Type: application/pdf\r\n"
                + "Content-Length: " + (13 * 1024 * 1024) + "\r\n\r\n", new byte[4096], 0);
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(services.count(Services.anyRequestTo(ASSESSMENT))).isZero();
    }

    @Test
    void tooLargeAChunkedBodyIsCutWhereItPassesTheLimit() throws IOException {
        services.stub(post(urlPathEqualTo(ASSESSMENT + "/api/v1/assessments/7/values/1.1/evidence")).willReturn(aResponse().withStatus(201)));
        String answer = RawHttp.send(port, "POST /api/v1/assessments/7/values/1.1/evidence?fileName=c.pdf HTTP/1.1\r\n"
                + "Host: localhost\r\nAuthorization: Bearer " + Tokens.district("125") + "\r\nContent-Type: application/pdf\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n", new byte[1024 * 1024], 13);
        assertThat(answer).startsWith("HTTP/1.1 413");
    }

    @Test
    void withoutAValidTokenNothingIsForwarded() {
        given().get("/api/v1/units").then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().auth().oauth2(Tokens.user("x").roles("coordinator").expiredSecondsAgo(600).sign()).get("/api/v1/capital-plans").then()
                .statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not-a-jwt").get("/api/v1/criteria-sets").then().statusCode(401);
        assertThat(services.count(Services.anyRequestTo(ASSESSMENT)) + services.count(Services.anyRequestTo(FUNDING))
                + services.count(Services.anyRequestTo(CRITERIA))).isZero();
    }

    @Test
    void theServicesOwnRefusalPassesUnchanged() {
        services.stub(get(urlPathEqualTo(FUNDING + "/api/v1/capital-plans")).willReturn(Services.problem(403, "Your role does not allow this")));
        given().auth().oauth2(Tokens.externalSystem()).get("/api/v1/capital-plans").then().statusCode(403)
                .contentType("application/problem+json").body("detail", equalTo("Your role does not allow this"));
    }

    @Test
    void aServiceThatIsDownIs503AndAnUnknownPathIs404() {
        services.down(CRITERIA);
        given().auth().oauth2(Tokens.coordinator()).get("/api/v1/departments").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "5");
        given().auth().oauth2(Tokens.coordinator()).get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json");
        // the raw feed is not published through the gateway: external systems use /api/v1/status/communes
        given().auth().oauth2(Tokens.coordinator()).get("/api/v1/commune-status").then().statusCode(404);
        assertThat(services.count(Services.anyRequestTo(ASSESSMENT))).isZero();
    }

    @Test
    void anExternalSystemSpendsItsBudgetOnForwardedPathsToo() {
        services.stub(get(urlPathEqualTo(FUNDING + "/api/v1/public/totals")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"planned\":1}")));
        String client = "system-" + UUID.randomUUID();
        String token = Tokens.user("service-account-" + client).roles("external-system").claim("azp", client).sign();
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(token).get("/api/v1/public/totals?year=2020").then().statusCode(200);
        }
        given().auth().oauth2(token).get("/api/v1/public/totals?year=2020").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", org.hamcrest.Matchers.notNullValue());
        assertThat(services.count(Services.anyRequestTo(FUNDING))).isEqualTo(5);
    }
}
