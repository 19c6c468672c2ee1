package vn.sonla.ntm.funding.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.sonla.ntm.funding.FundingApi.dong;
import static vn.sonla.ntm.funding.FundingApi.line;
import static vn.sonla.ntm.funding.FundingApi.plan;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import vn.sonla.ntm.funding.FundingApi;
import vn.sonla.ntm.funding.UnitDirectoryStub;
import vn.sonla.ntm.testing.Tokens;

/**
 * After 1 July 2025 Xã Chiềng Mai (04132) is formed from Chiềng Ban, Chiềng Mai, Chiềng Dong, Chiềng Kheo and
 * Chiềng Ve: its history must include what its predecessors received, labelled with the predecessor, while the old
 * Chiềng Mai — same code — keeps only its own. This class alone writes 2024 and 2026.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class LineageRolloverResourceTest {

    static boolean recorded;

    @OidcWireMock
    WireMockServer wireMock;

    @BeforeEach
    void ledger() {
        UnitDirectoryStub.install(wireMock);
        if (recorded) {
            return;
        }
        String f = Tokens.financePlanner();
        long chiengBan = FundingApi.approvedPlan(plan(2024, "04120", line("NS_XA", "SAN_XUAT", 100_000_000)));
        long a1 = FundingApi.allocate(Tokens.district("125"), chiengBan, FundingApi.lineIds(chiengBan).get(0), "04120",
                60_000_000, "2024-02-01");
        FundingApi.record(Tokens.district("125"), a1, "DISBURSEMENT", 40_000_000, "2024-03-01");
        long province = FundingApi.approvedPlan(plan(2024, "14", line("NSTW_DTPT", "HT_GIAO_THONG", 500_000_000)));
        long p = FundingApi.lineIds(province).get(0);
        FundingApi.allocate(f, province, p, "04132", 70_000_000, "2024-02-01");
        FundingApi.allocate(f, province, p, "04147", 30_000_000, "2024-02-01");
        FundingApi.allocate(f, province, p, "03646", 20_000_000, "2024-02-01");

        long newCommune = FundingApi.approvedPlan(plan(2026, "04132", line("NS_XA", "VAN_HOA", 50_000_000)));
        long a2 = FundingApi.allocate(f, newCommune, FundingApi.lineIds(newCommune).get(0), "04132", 50_000_000, "2026-02-01");
        FundingApi.record(f, a2, "DISBURSEMENT", 10_000_000, "2026-03-01");
        recorded = true;
    }

    @Test
    void aMergedCommunesHistoryIncludesItsPredecessorsRecordsLabelledWithThePredecessor() {
        JsonPath history = given().auth().oauth2(Tokens.observer()).get("/api/v1/reports/commune-history/04132")
                .then().statusCode(200)
                .body("unit.name", equalTo("Xã Chiềng Mai")).body("unit.level", equalTo("COMMUNE"))
                .body("predecessors.code", equalTo(List.of("04120", "04132", "04147", "04150", "04153")))
                .body("years.find { it.year == 2024 }.amounts.allocated", dong(160_000_000))
                .body("years.find { it.year == 2024 }.amounts.planned", dong(100_000_000))
                .body("years.find { it.year == 2026 }.amounts.allocated", dong(50_000_000))
                .body("rows.find { it.year == 2024 && it.originCode == '04120' }.originName", equalTo("Xã Chiềng Ban"))
                .body("rows.find { it.year == 2024 && it.originCode == '04120' }.origin", equalTo("FULL"))
                .body("rows.find { it.year == 2024 && it.originCode == '04120' }.amounts.disbursed", dong(40_000_000))
                .body("rows.find { it.year == 2024 && it.originCode == '04132' }.amounts.allocated", dong(70_000_000))
                .body("rows.find { it.year == 2024 && it.originCode == '04147' }.originName", equalTo("Xã Chiềng Dong"))
                .body("rows.find { it.year == 2026 }.origin", equalTo("SELF"))
                .body("rows.find { it.year == 2026 }.amounts.disbursed", dong(10_000_000))
                .extract().jsonPath();

        // its total is the sum of its years, and the sum of what the ledger lists for the five codes
        long total = history.getLong("total.allocated");
        List<Map<String, Object>> years = history.getList("years");
        assertThat(years.stream().mapToLong(y -> amount(y, "allocated")).sum()).isEqualTo(total);
        long listed = 0;
        for (String code : List.of("04120", "04132", "04147", "04150", "04153")) {
            for (Map<String, Object> a : given().auth().oauth2(Tokens.observer()).queryParam("recipientCode", code)
                    .queryParam("size", 500).get("/api/v1/allocations").then().statusCode(200).extract().jsonPath()
                    .<Map<String, Object>>getList("items")) {
                long v = ((Number) a.get("amount")).longValue();
                listed += a.get("reverses") == null ? v : -v;
            }
        }
        assertThat(total).isEqualTo(listed);
    }

    @Test
    void theOldUnitWithTheSameCodeKeepsOnlyItsOwnRecords() {
        given().auth().oauth2(Tokens.observer()).queryParam("at", "2024-06-01").get("/api/v1/reports/commune-history/04132")
                .then().statusCode(200)
                .body("predecessors.size()", equalTo(0))
                .body("years.find { it.year == 2024 }.amounts.allocated", dong(70_000_000))
                .body("years.year", not(hasItem(2026)))
                .body("rows.originCode", not(hasItem("04120")));
    }

    @Test
    void aReusedCodeIsRolledForwardUnderTheNewName() {
        given().auth().oauth2(Tokens.observer()).get("/api/v1/reports/commune-history/03646")
                .then().statusCode(200).body("unit.name", equalTo("Phường Tô Hiệu"))
                .body("rows.find { it.year == 2024 }.originName", equalTo("Phường Chiềng Lề"))
                .body("rows.find { it.year == 2024 }.amounts.allocated", dong(20_000_000));
    }

    @Test
    void theCommuneSummaryAndTheExcelHistoryAgreeWithTheHistory() throws Exception {
        JsonPath history = given().auth().oauth2(Tokens.observer()).get("/api/v1/reports/commune-history/04132")
                .then().statusCode(200).extract().jsonPath();
        given().auth().oauth2(Tokens.observer()).get("/api/v1/summary/communes/04132").then().statusCode(200)
                .body("total.allocated", dong(history.getLong("total.allocated")))
                .body("total.disbursed", dong(history.getLong("total.disbursed")))
                .body("byYear.find { it.code == '2024' }.allocated", dong(160_000_000))
                .body("bySource.find { it.code == 'NS_XA' }.planned", dong(history.getList("rows").stream()
                        .map(r -> (Map<?, ?>) r).filter(r -> "NS_XA".equals(r.get("sourceCode")))
                        .mapToLong(r -> ((Number) ((Map<?, ?>) r.get("amounts")).get("planned")).longValue()).sum()));
        byte[] file = given().auth().oauth2(Tokens.observer()).queryParam("format", "xlsx")
                .get("/api/v1/reports/commune-history/04132").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(ReportTotalsResourceTest.text(sheet, 1, 0)).contains("Xã Chiềng Mai");
            assertThat((long) ReportTotalsResourceTest.rowStartingWith(sheet, 1, "TỔNG CỘNG").getCell(4).getNumericCellValue())
                    .isEqualTo(history.getLong("total.allocated"));
        }
    }

    @Test
    void scopesFollowTheUnitAsItStoodOnTheRecordsDate() {
        // Mai Sơn's officer wrote for Chiềng Ban in 2024, but the 2026 Chiềng Mai lies under the province, not Mai Sơn
        FundingApi.draftRaw(Tokens.district("125"), plan(2026, "04120", line("NS_XA", "VAN_HOA", 1)))
                .then().statusCode(422).body("errors[0].field", equalTo("unitCode"));
        given().auth().oauth2(Tokens.district("125")).contentType("application/json")
                .body(plan(2027, "04132", line("NS_XA", "VAN_HOA", 1))).post("/api/v1/capital-plans")
                .then().statusCode(403);
        // a commune officer of a predecessor reads the history of the commune it merged into; others do not
        given().auth().oauth2(Tokens.commune("04120", "125")).get("/api/v1/reports/commune-history/04132")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.commune("03658", "116")).get("/api/v1/reports/commune-history/04132")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.observer()).get("/api/v1/reports/commune-history/125").then().statusCode(404);
        given().auth().oauth2(Tokens.observer()).queryParam("at", "2020-01-01").get("/api/v1/reports/commune-history/125")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    private static long amount(Map<String, Object> row, String field) {
        return ((Number) ((Map<?, ?>) row.get("amounts")).get(field)).longValue();
    }
}
