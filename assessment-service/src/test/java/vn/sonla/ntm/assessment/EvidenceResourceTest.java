package vn.sonla.ntm.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.sonla.ntm.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class EvidenceResourceTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @OidcWireMock
    WireMockServer server;

    @BeforeEach
    void catalogue() {
        Api.stubCatalogue(server);
    }

    @Test
    void aPdfIsStoredWithItsHashAndDownloadedAsAnAttachmentByThoseWhoMayRead() throws Exception {
        String district = Tokens.district("124");
        long id = Api.openOk(district, "04072", 2020);
        var uploaded = given().auth().oauth2(district).contentType("application/pdf").header("If-Match", Api.etag(district, id))
                .queryParam("fileName", "../../etc/Biên bản nghiệm thu.pdf").body(PDF)
                .post("/api/v1/assessments/" + id + "/values/2.1/evidence")
                .then().statusCode(201).body("fileName", equalTo("Biên bản nghiệm thu.pdf")).body("mediaType", equalTo("application/pdf"))
                .body("sha256", equalTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF))))
                .extract().jsonPath();
        long evidence = uploaded.getLong("id");
        var download = given().auth().oauth2(Tokens.observer()).get("/api/v1/assessments/" + id + "/evidence/" + evidence)
                .then().statusCode(200).header("Content-Disposition", startsWith("attachment;"))
                .header("X-Content-Type-Options", equalTo("nosniff")).contentType("application/pdf").extract();
        assertThat(download.asByteArray()).isEqualTo(PDF);
        given().auth().oauth2(Tokens.district("116")).get("/api/v1/assessments/" + id + "/evidence/" + evidence).then().statusCode(403);
        given().auth().oauth2(Tokens.appraiser("sgtvt")).get("/api/v1/assessments/" + id + "/evidence/" + evidence).then().statusCode(403);
        given().auth().oauth2(district).get("/api/v1/assessments/" + id).then()
                .body("values", hasSize(0));
        given().auth().oauth2(Tokens.observer()).get("/api/v1/assessments/" + id + "/audit").then()
                .body("find { it.action == 'evidence.upload' }.after", containsString(uploaded.getString("sha256")));
    }

    @Test
    void multipartUploadsWorkAndTheRealTypeDecides() {
        String district = Tokens.district("124");
        long id = Api.openOk(district, "04075", 2020);
        given().auth().oauth2(district).header("If-Match", Api.etag(district, id))
                .multiPart("file", "C:\\fakepath\\anh-hien-truong.png", PNG, "image/png")
                .post("/api/v1/assessments/" + id + "/values/6.1/evidence")
                .then().statusCode(201).body("mediaType", equalTo("image/png")).body("fileName", equalTo("anh-hien-truong.png"));
        byte[] exe = "MZ\u0090\u0000\u0003 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        given().auth().oauth2(district).header("If-Match", Api.etag(district, id))
                .multiPart("file", "hoa-don.pdf", exe, "application/pdf")
                .post("/api/v1/assessments/" + id + "/values/6.1/evidence")
                .then().statusCode(415).contentType("application/problem+json").body("errors[0].field", equalTo("file"));
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        given().auth().oauth2(district).contentType("image/png").header("If-Match", Api.etag(district, id)).body(svg)
                .post("/api/v1/assessments/" + id + "/values/6.1/evidence").then().statusCode(415);
    }

    @Test
    void aFileOverTenMegabytesIsRefusedAndNothingIsStored() {
        String district = Tokens.district("124");
        long id = Api.openOk(district, "04078", 2020);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        given().auth().oauth2(district).contentType("application/pdf").header("If-Match", Api.etag(district, id)).body(big)
                .post("/api/v1/assessments/" + id + "/values/2.1/evidence")
                .then().statusCode(413).contentType("application/problem+json").body("detail", containsString("10 MB"));
        given().auth().oauth2(district).get("/api/v1/assessments/" + id + "/audit").then()
                .body("findAll { it.action == 'evidence.upload' }", hasSize(0));
        given().auth().oauth2(district).contentType("application/pdf").header("If-Match", Api.etag(district, id)).body(PDF)
                .post("/api/v1/assessments/" + id + "/values/99.9/evidence").then().statusCode(400)
                .body("errors[0].field", equalTo("indicatorCode"));
    }

    @Test
    void evidenceCanBeRemovedOnlyWhileTheAssessmentIsEditable() {
        String district = Tokens.district("124");
        long id = Api.openOk(district, "04081", 2020);
        long evidence = given().auth().oauth2(district).contentType("application/pdf").header("If-Match", Api.etag(district, id))
                .body(PDF).post("/api/v1/assessments/" + id + "/values/2.1/evidence").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long second = given().auth().oauth2(district).contentType("application/pdf").header("If-Match", Api.etag(district, id))
                .body(PDF).post("/api/v1/assessments/" + id + "/values/2.2/evidence").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(district).header("If-Match", Api.etag(district, id))
                .delete("/api/v1/assessments/" + id + "/evidence/" + second).then().statusCode(204);
        Api.post(district, id, "submit", null).then().statusCode(200);
        given().auth().oauth2(district).header("If-Match", Api.etag(district, id))
                .delete("/api/v1/assessments/" + id + "/evidence/" + evidence).then().statusCode(409);
        given().auth().oauth2(district).contentType("application/pdf").header("If-Match", Api.etag(district, id)).body(PDF)
                .post("/api/v1/assessments/" + id + "/values/2.1/evidence").then().statusCode(409);
        given().auth().oauth2(Tokens.appraiser("sgtvt")).get("/api/v1/assessments/" + id + "/evidence/" + evidence).then().statusCode(200);
    }
}
