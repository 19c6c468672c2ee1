package vn.sonla.ntm.assessment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;
import vn.sonla.ntm.testing.Tokens;

/** What the resource tests share: the criteria-service stub, and shortcuts for the usual calls. */
public final class Api {

    public static final String CATALOGUE = "/auth/criteria-service/api/v1/criteria-sets/";

    private Api() {
    }

    /** criteria-service answers the 2016–2020 set, version 1, published. */
    public static void stubCatalogue(WireMockServer server) {
        stubVersion(server, Fixtures.SET_2016, 1, Fixtures.json2016());
    }

    public static void stubVersion(WireMockServer server, String code, int version, String json) {
        server.stubFor(get(urlEqualTo(CATALOGUE + code + "/versions/" + version))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(json)));
    }

    public static long catalogueCalls(WireMockServer server, String code, int version) {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo(CATALOGUE + code + "/versions/" + version)))
                .size();
    }

    public static Response open(String token, String unitCode, int year) {
        return open(token, unitCode, year, Fixtures.SET_2016, 1);
    }

    public static long openOk(String token, String unitCode, int year, String set, int version) {
        return open(token, unitCode, year, set, version).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Response open(String token, String unitCode, int year, String set, int version) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"" + unitCode + "\",\"year\":" + year + ",\"criteriaSetCode\":\"" + set
                        + "\",\"criteriaSetVersion\":" + version + "}")
                .post("/api/v1/assessments");
    }

    public static long openOk(String token, String unitCode, int year) {
        return open(token, unitCode, year).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static String etag(String token, long id) {
        return given().auth().oauth2(token).get("/api/v1/assessments/" + id).then().statusCode(200).extract().header("ETag");
    }

    public static Response putValues(String token, long id, String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(token, id)).body(json)
                .put("/api/v1/assessments/" + id);
    }

    public static Response post(String token, long id, String action, String json) {
        var request = given().auth().oauth2(token).header("If-Match", etag(Tokens.coordinator(), id));
        if (json != null) {
            request = request.contentType(ContentType.JSON).body(json);
        }
        return request.post("/api/v1/assessments/" + id + "/" + action);
    }

    /** Every department agrees on every criterion it owns (or disagrees on the given ones, with a comment). */
    public static void appraiseAll(long id, CriteriaSetDocument set, List<String> disagreeOn) {
        set.criteria().forEach(c -> {
            boolean no = disagreeOn.contains(c.code());
            given().auth().oauth2(Tokens.appraiser(c.departmentCode())).contentType(ContentType.JSON)
                    .body("{\"criterionCode\":\"" + c.code() + "\",\"verdict\":\"" + (no ? "DISAGREE" : "AGREE") + "\""
                            + (no ? ",\"comment\":\"Chưa đạt theo kiểm tra thực địa\"" : "") + "}")
                    .post("/api/v1/assessments/" + id + "/appraisals")
                    .then().statusCode(200);
        });
    }

    /** DRAFT with every value passing → SUBMITTED by the district → APPRAISED with the given disagreements. */
    public static long appraised(String unitCode, String district, int year, List<String> disagreeOn) {
        long id = openOk(Tokens.district(district), unitCode, year);
        putValues(Tokens.district(district), id, Fixtures.valuesJson(Fixtures.passingValues(Fixtures.set2016()))).then().statusCode(200);
        post(Tokens.district(district), id, "submit", null).then().statusCode(200);
        appraiseAll(id, Fixtures.set2016(), disagreeOn);
        return id;
    }
}
