package vn.sonla.ntm.funding.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static vn.sonla.ntm.funding.FundingApi.line;
import static vn.sonla.ntm.funding.FundingApi.plan;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.sonla.ntm.funding.FundingApi;
import vn.sonla.ntm.funding.UnitDirectoryStub;
import vn.sonla.ntm.testing.Tokens;

/** Every bad request is a problem document naming what is wrong, and leaves every table exactly as it was. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class BadInputResourceTest {

    static final String[] TABLES = {"capital_plan", "plan_line", "allocation", "ledger_transaction", "funding_source",
            "audit_entry"};

    @OidcWireMock
    WireMockServer wireMock;

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void units() {
        UnitDirectoryStub.install(wireMock);
    }

    @Test
    void badPlansAreRefusedNamingTheFieldAndNothingIsWritten() {
        String f = Tokens.financePlanner();
        lastCounts = counts();
        refused(FundingApi.draftRaw(f, plan(2022, "04105", line("NS_XA", "VAN_HOA", -5))), 400, "lines[0].amount");
        refused(FundingApi.draftRaw(f, plan(2022, "04105", line("NS_XA", "VAN_HOA", 0))), 400, "lines[0].amount");
        refused(FundingApi.draftRaw(f, plan(2022, "04105", line("NS_XA", "VAN_HOA", 1_000_000_000_000_001L))), 400, "lines[0].amount");
        refused(FundingApi.draftRaw(f, plan(2022, "04105", line("NS_XA", "VAN_HOA", 5), line("NS_XA", "VAN_HOA", -1))), 400,
                "lines[1].amount");
        refused(FundingApi.draftRaw(f, """
                {"year":2022,"unitCode":"04105","lines":[{"sourceCode":"NS_XA","fieldCode":"VAN_HOA","amount":"nhiều"}]}"""),
                400, "lines[0].amount");
        refused(FundingApi.draftRaw(f, """
                {"year":2022,"unitCode":"04105","lines":[{"sourceCode":"NS_XA","fieldCode":"VAN_HOA","amount":1.5}]}"""),
                400, "lines[0].amount");
        refused(FundingApi.draftRaw(f, plan(2022, "04105", line("NGAN_HANG_THE_GIOI", "VAN_HOA", 5))), 422, "lines[0].sourceCode");
        refused(FundingApi.draftRaw(f, plan(2022, "04105", line("NS_XA", "THE_THAO", 5))), 422, "lines[0].fieldCode");
        refused(FundingApi.draftRaw(f, plan(2022, "04105", line("NS_XA", "VAN_HOA", "abc", 5))), 400, "lines[0].criterionCode");
        refused(FundingApi.draftRaw(f, plan(2022, "04105")), 400, "lines");
        refused(FundingApi.draftRaw(f, plan(2022, "99999", line("NS_XA", "VAN_HOA", 5))), 422, "unitCode");
        refused(FundingApi.draftRaw(f, plan(2024, "03980", line("NS_XA", "VAN_HOA", 5))), 422, "unitCode");
        refused(FundingApi.draftRaw(f, plan(2022, "4105", line("NS_XA", "VAN_HOA", 5))), 400, "unitCode");
        refused(FundingApi.draftRaw(f, plan(1999, "04105", line("NS_XA", "VAN_HOA", 5))), 400, "year");
        refused(FundingApi.draftRaw(f, """
                {"year":2022,"unitCode":"04105","unitDate":"2022-02-30","lines":[{"sourceCode":"NS_XA","fieldCode":"VAN_HOA","amount":5}]}"""),
                400, "unitDate");
        refused(FundingApi.draftRaw(f, """
                {"year":2022,"unitCode":"04105","unitDate":"2021-12-31","lines":[{"sourceCode":"NS_XA","fieldCode":"VAN_HOA","amount":5}]}"""),
                400, "unitDate");
        refused(FundingApi.draftRaw(f, """
                {"year":2022,"unitCode":"04105","colour":"red","lines":[{"sourceCode":"NS_XA","fieldCode":"VAN_HOA","amount":5}]}"""),
                400, "colour");
        refused(FundingApi.draftRaw(f, """
                {"year":2022,"unitCode":"04105","lines":[{"sourceCode":"NS_XA","fieldCode":"VAN_HOA","amount":5,
                 "valuation":{"quantity":1,"unit":"m²","unitValue":5,"basis":"x"}}]}"""), 422, "lines[0].valuation");
        refused(FundingApi.draftRaw(f, plan(2022, "04105", line("CONG_DONG_DAT", "HT_GIAO_THONG", 5))), 422, "lines[0].valuation");
        Map<String, Long> before = counts();
        FundingApi.draftRaw(f, "{\"year\": 2022, \"unitCode\": ").then().statusCode(400)
                .contentType("application/problem+json").body("title", equalTo("Malformed JSON"))
                .body("detail", not(containsString("Exception")));
        FundingApi.draftRaw(f, "").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(f).contentType(ContentType.TEXT).body("plan").post("/api/v1/capital-plans")
                .then().statusCode(415).contentType("application/problem+json");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void badLedgerEntriesAreRefusedNamingTheFieldAndNothingIsWritten() {
        long plan = FundingApi.approvedPlan(plan(2025, "125", line("NS_HUYEN", "SAN_XUAT", 100_000_000)));
        long line = FundingApi.lineIds(plan).get(0);
        long allocation = FundingApi.allocate(Tokens.financePlanner(), plan, line, "04120", 50_000_000, "2025-02-01");
        String f = Tokens.financePlanner();
        lastCounts = counts();
        refused(FundingApi.allocateRaw(f, plan, line, "04132", -1, "2025-02-01"), 400, "amount");
        refused(FundingApi.allocateRaw(f, plan, line, "04132", 1_000_000_000_000_001L, "2025-02-01"), 400, "amount");
        refused(FundingApi.allocateRaw(f, plan, line, "04132", 1, "2024-12-31"), 400, "date");
        refused(FundingApi.allocateRaw(f, plan, line, "04132", 1, "2099-01-01"), 400, "date");
        refused(FundingApi.allocateRaw(f, plan, line, "04132", 1, "01/02/2025"), 400, "date");
        refused(FundingApi.allocateRaw(f, plan, line, "99999", 1, "2025-02-01"), 422, "recipientCode");
        refused(FundingApi.transactionRaw(f, allocation, FundingApi.transaction("REFUND", 1, "2025-03-01")), 400, "type");
        refused(FundingApi.transactionRaw(f, allocation, FundingApi.transaction("DISBURSEMENT", 0, "2025-03-01")), 400, "amount");
        refused(FundingApi.transactionRaw(f, allocation, FundingApi.transaction("DISBURSEMENT", 1, "2024-06-01")), 400, "date");
        refused(FundingApi.transactionRaw(f, allocation, FundingApi.transaction("DISBURSEMENT", 1, "2030-06-01")), 400, "date");
        refused(FundingApi.transactionRaw(f, allocation, """
                {"type":"DISBURSEMENT","amount":1,"date":"2025-03-01"}"""), 400, "documentRef");
        refused(FundingApi.transactionRaw(f, allocation, """
                {"type":"DISBURSEMENT","amount":1,"date":"2025-03-01","documentRef":"  "}"""), 400, "documentRef");
        refused(FundingApi.reverseAllocationRaw(f, allocation, 0L, "2025-03-01"), 400, "amount");
        Map<String, Long> before = counts();
        given().auth().oauth2(f).get("/api/v1/capital-plans/abc").then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().auth().oauth2(f).queryParam("year", "năm").get("/api/v1/capital-plans").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().auth().oauth2(f).queryParam("status", "PAID").get("/api/v1/capital-plans").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().auth().oauth2(f).queryParam("size", 501).get("/api/v1/allocations").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().auth().oauth2(f).get("/api/v1/reports/mobilisation").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().auth().oauth2(f).queryParam("year", 2025).queryParam("at", "2025-13-01").get("/api/v1/reports/mobilisation")
                .then().statusCode(400).body("errors[0].field", equalTo("at"));
        given().auth().oauth2(f).queryParam("year", 2025).queryParam("unitCode", "99999").get("/api/v1/reports/mobilisation")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(f).get("/api/v1/allocations/424242").then().statusCode(404).contentType("application/problem+json");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void whenTheUnitDirectoryFailsTheAnswerIs503AndNothingIsWritten() {
        Map<String, Long> before = counts();
        FundingApi.draftRaw(Tokens.financePlanner(), plan(2025, "04999", line("NS_XA", "VAN_HOA", 5)))
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("nothing was recorded")).body("detail", not(containsString("boom")));
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet r = s.executeQuery("select count(*) from " + table)) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    /** Asserts a refusal naming the field, and that it wrote nothing anywhere. */
    private void refused(Response response, int status, String field) {
        // the request was sent before this runs: the counts must still be those taken before it
        response.then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status)).body("errors.field", org.hamcrest.Matchers.hasItem(field));
        Map<String, Long> after = counts();
        assertThat(after).as("nothing written by a refused request").isEqualTo(lastCounts);
        lastCounts = after;
    }

    private Map<String, Long> lastCounts;
}
