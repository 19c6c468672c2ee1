package vn.sonla.ntm.funding.scenario;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static vn.sonla.ntm.funding.FundingApi.dong;
import static vn.sonla.ntm.funding.FundingApi.line;
import static vn.sonla.ntm.funding.FundingApi.plan;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.sonla.ntm.funding.FundingApi;
import vn.sonla.ntm.funding.UnitDirectoryStub;
import vn.sonla.ntm.testing.Tokens;

/** Scenarios from proposal to allocations in the ledger, on a real PostgreSQL with signed tokens. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ScenarioResourceTest {

    static final long M = 1_000_000L;

    @OidcWireMock
    WireMockServer wireMock;

    @BeforeEach
    void units() {
        UnitDirectoryStub.install(wireMock);
    }

    static String budget(int infraShare) {
        return "{\"sources\":[{\"sourceCode\":\"NSTW_DTPT\",\"amount\":" + 2_000 * M + ",\"allowedFields\":[\"HT_GIAO_THONG\",\"SAN_XUAT\"]},"
                + "{\"sourceCode\":\"NS_TINH\",\"amount\":" + 1_500 * M + ",\"allowedFields\":[\"HT_VAN_HOA\",\"VAN_HOA\"]}],"
                + "\"infrastructureMaxSharePercent\":" + infraShare + "}";
    }

    static String scenarioLine(String unit, String criterion, String field, String source, long amount) {
        return "{\"recipientCode\":\"%s\",\"criterionCode\":\"%s\",\"fieldCode\":\"%s\",\"sourceCode\":\"%s\",\"amount\":%d}"
                .formatted(unit, criterion, field, source, amount);
    }

    static String proposal(String title, int infraShare, String communes, String... lines) {
        return "{\"year\":2018,\"title\":\"" + title + "\",\"budget\":" + budget(infraShare) + ",\"pinned\":[\"04120\"],\"excluded\":[],"
                + "\"criteriaSetCode\":\"ntm-xa-2016-2020\",\"result\":{\"summaryVi\":\"Phương án " + title + "\",\"summaryEn\":\"Proposal "
                + title + "\",\"score\":{\"communesReached\":2,\"criteriaClosed\":3},\"communes\":[" + communes + "]},\"lines\":["
                + String.join(",", lines) + "]}";
    }

    static final String A_COMMUNES = "{\"unitCode\":\"04120\",\"name\":\"Xã Chiềng Ban\",\"reachesStandard\":true,\"alreadyReached\":false},"
            + "{\"unitCode\":\"04132\",\"name\":\"Xã Chiềng Mai\",\"reachesStandard\":true,\"alreadyReached\":false}";
    static final String[] A_LINES = {
            scenarioLine("04120", "2", "HT_GIAO_THONG", "NSTW_DTPT", 800 * M),
            scenarioLine("04120", "6", "HT_VAN_HOA", "NS_TINH", 500 * M),
            scenarioLine("04132", "2", "HT_GIAO_THONG", "NSTW_DTPT", 900 * M)};

    static Response post(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/scenarios");
    }

    static String etag(long id) {
        return given().auth().oauth2(Tokens.observer()).get("/api/v1/scenarios/" + id).then().statusCode(200).extract().header("ETag");
    }

    static Response act(String token, long id, String action, String ifMatch, String body) {
        var r = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            r.header("If-Match", ifMatch);
        }
        return r.post("/api/v1/scenarios/" + id + "/" + action);
    }

    /** Found by the safety suite: a text was kept as the optimiser's answer. */
    @Test
    void aResultThatIsNotAnObjectIsRefused() {
        String body = proposal("KT-result", 40, A_COMMUNES, A_LINES).replaceAll("\"result\":\\{.*\\},\"lines\"", "\"result\":\"chỉ là chữ\",\"lines\"");
        org.assertj.core.api.Assertions.assertThat(body).contains("\"result\":\"chỉ là chữ\"");
        post(vn.sonla.ntm.testing.Tokens.coordinator(), body).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("result"));
    }

    /** Found by the safety suite: a pinned commune of null was kept. */
    @Test
    void aNullCommuneInPinnedOrExcludedIsRefused() {
        for (String list : new String[] {"pinned", "excluded"}) {
            String body = proposal("KT-null-" + list, 40, A_COMMUNES, A_LINES).replaceAll("\"" + list + "\":\\[[^\\]]*\\]", "\"" + list + "\":[null]");
            org.assertj.core.api.Assertions.assertThat(body).contains("\"" + list + "\":[null]");
            post(vn.sonla.ntm.testing.Tokens.coordinator(), body).then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void aProposalIsCheckedKeptComparedAcceptedAndBookedUnderTheLedgersCeilings() {
        // who, and what the proposal must respect
        post(Tokens.district("125"), proposal("A", 90, A_COMMUNES, A_LINES)).then().statusCode(403);
        post(Tokens.financePlanner(), proposal("", 90, A_COMMUNES, A_LINES)).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("title"));
        post(Tokens.financePlanner(), proposal("Sai", 10, A_COMMUNES,
                scenarioLine("04120", "2", "HT_GIAO_THONG", "NS_TINH", 100 * M),
                scenarioLine("04120", "10", "KHONG_CO", "NSTW_DTPT", 100 * M),
                scenarioLine("04132", "2", "HT_GIAO_THONG", "TIN_DUNG", 100 * M),
                scenarioLine("04132", "2", "HT_GIAO_THONG", "NSTW_DTPT", 2_100 * M)))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("lines[0].fieldCode", "lines[1].fieldCode", "lines[2].sourceCode", "lines", "lines"))
                .body("errors[3].message", containsString("NSTW_DTPT")).body("errors[4].message", containsString("infrastructure"));

        long a = post(Tokens.financePlanner(), proposal("A", 90, A_COMMUNES, A_LINES)).then().statusCode(201)
                .header("ETag", notNullValue()).body("status", equalTo("PROPOSED")).body("lines", hasSize(3))
                .body("proposedTotal", dong(2_200 * M)).body("summaryVi", equalTo("Phương án A"))
                .body("inputs.pinned", contains("04120")).body("result.score.communesReached", equalTo(2))
                .extract().jsonPath().getLong("id");
        long b = post(Tokens.coordinator(), proposal("B", 90,
                "{\"unitCode\":\"04132\",\"name\":\"Xã Chiềng Mai\",\"reachesStandard\":true,\"alreadyReached\":false}",
                scenarioLine("04132", "6", "HT_VAN_HOA", "NS_TINH", 600 * M),
                scenarioLine("04147", "10", "SAN_XUAT", "NSTW_DTPT", 700 * M))).then().statusCode(201).extract().jsonPath().getLong("id");

        // side by side
        given().auth().oauth2(Tokens.observer()).get("/api/v1/scenarios/" + a + "/compare/" + b).then().statusCode(200)
                .body("communes.unitCode", contains("04120", "04132", "04147"))
                .body("communes.change", contains("ONLY_A", "DIFFERENT", "ONLY_B"))
                .body("communes[1].amountA", dong(900 * M)).body("communes[1].amountB", dong(600 * M))
                .body("communes[1].criteriaA", contains("2")).body("communes[1].criteriaB", contains("6"))
                .body("sources.find { it.sourceCode == 'NSTW_DTPT' }.amountB", dong(700 * M))
                .body("summaryVi", containsString("1 xã chỉ có trong A, 1 xã chỉ có trong B, 1 xã khác nhau"));
        given().auth().oauth2(Tokens.district("125")).get("/api/v1/scenarios").then().statusCode(403);
        given().auth().oauth2(Tokens.observer()).queryParam("year", 2018).get("/api/v1/scenarios").then().statusCode(200)
                .body("id", hasItem((int) a)).body("id", hasItem((int) b));

        // accept one per year, reject with a reason
        act(Tokens.financePlanner(), a, "accept", null, "{}").then().statusCode(428);
        act(Tokens.financePlanner(), a, "accept", "\"999\"", "{}").then().statusCode(412);
        act(Tokens.district("125"), a, "accept", etag(a), "{}").then().statusCode(403);
        act(Tokens.financePlanner(), a, "accept", etag(a), "{\"reason\":\"Theo ý kiến Ban Chỉ đạo\"}").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("lines.status", everyItem(equalTo("DRAFT")));
        act(Tokens.coordinator(), b, "accept", etag(b), "{}").then().statusCode(409).body("detail", containsString("already accepted"));
        act(Tokens.coordinator(), b, "reject", etag(b), "{\"reason\":\" \"}").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        act(Tokens.coordinator(), b, "reject", etag(b), "{\"reason\":\"Ít xã đạt chuẩn hơn phương án A\"}").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        act(Tokens.coordinator(), a, "reject", etag(a), "{\"reason\":\"x\"}").then().statusCode(409);

        // booking: against an approved plan of the year, through the allocation ceilings, all or nothing
        long draftPlan = FundingApi.draft(Tokens.financePlanner(), plan(2018, "125", line("NSTW_DTPT", "HT_GIAO_THONG", 2_000 * M),
                line("NS_TINH", "HT_VAN_HOA", "6", 600 * M)));
        String booking = "{\"planId\":" + draftPlan + ",\"date\":\"2018-04-01\",\"documentRef\":\"15/QĐ-UBND\"}";
        act(Tokens.financePlanner(), a, "bookings", etag(a), booking).then().statusCode(422).body("errors[0].field", equalTo("planId"));
        FundingApi.approve(draftPlan);
        long roads = FundingApi.lineIds(draftPlan).get(0);
        long earlier = FundingApi.allocate(Tokens.financePlanner(), draftPlan, roads, "04147", 1_000 * M, "2018-02-01");
        act(Tokens.financePlanner(), a, "bookings", etag(a), booking).then().statusCode(422)
                .body("detail", containsString("lines[2]")).body("detail", containsString("nothing was booked"))
                .body("errors[0].field", equalTo("lines[2].amount"));
        given().auth().oauth2(Tokens.observer()).queryParam("planId", draftPlan).get("/api/v1/allocations").then().statusCode(200)
                .body("total", equalTo(1));
        FundingApi.reverseAllocationRaw(Tokens.financePlanner(), earlier, null, "2018-03-01").then().statusCode(201);
        var booked = act(Tokens.financePlanner(), a, "bookings", etag(a), booking).then().statusCode(200)
                .body("lines.status", everyItem(equalTo("BOOKED"))).body("lines.allocationId", everyItem(notNullValue()))
                .extract().jsonPath();
        long first = booked.getLong("lines[0].allocationId");
        given().auth().oauth2(Tokens.observer()).get("/api/v1/allocations/" + first).then().statusCode(200)
                .body("recipientCode", equalTo("04120")).body("amount", dong(800 * M));
        act(Tokens.financePlanner(), a, "bookings", etag(a), booking).then().statusCode(409);

        given().auth().oauth2(Tokens.observer()).get("/api/v1/scenarios/" + a + "/audit").then().statusCode(200)
                .body("action", contains("scenario.propose", "scenario.accept", "scenario.book"));
        given().auth().oauth2(Tokens.observer()).get("/api/v1/scenarios/" + b + "/audit").then().statusCode(200)
                .body("action", containsInAnyOrder("scenario.propose", "scenario.reject"));
        given().auth().oauth2(Tokens.observer()).get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }
}
