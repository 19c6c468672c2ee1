package vn.sonla.ntm.funding.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.sonla.ntm.funding.FundingApi.dong;
import static vn.sonla.ntm.funding.FundingApi.line;
import static vn.sonla.ntm.funding.FundingApi.plan;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.sonla.ntm.funding.FundingApi;
import vn.sonla.ntm.funding.UnitDirectoryStub;
import vn.sonla.ntm.testing.Tokens;

/**
 * A known ledger for 2011 (this class alone writes that year): plans of the province, two districts and a commune,
 * allocations, a reversal, disbursements and a reversed disbursement. Every report and summary must add up to
 * exactly the sums of what was recorded, in JSON and in the Excel files.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportTotalsResourceTest {

    static final long PLANNED = 10_850_000_000L;
    static final long ALLOCATED = 6_100_000_000L;
    static final long DISBURSED = 3_150_000_000L;

    static boolean recorded;

    @OidcWireMock
    WireMockServer wireMock;

    @BeforeEach
    void ledgerOf2011() {
        UnitDirectoryStub.install(wireMock);
        if (recorded) {
            return;
        }
        String f = Tokens.financePlanner();
        long province = FundingApi.approvedPlan(plan(2011, "14", line("NSTW_DTPT", "HT_GIAO_THONG", "2", 5_000_000_000L),
                line("NS_TINH", "SAN_XUAT", 2_000_000_000L), line("LONG_GHEP", "HT_TRUONG_HOC", "5", 1_000_000_000L)));
        long maiSon = FundingApi.approvedPlan(plan(2011, "125", line("NS_HUYEN", "CANH_QUAN_MOI_TRUONG", 800_000_000L),
                line("TIN_DUNG", "SAN_XUAT", 1_200_000_000L)));
        long chiengBan = FundingApi.approvedPlan(plan(2011, "04120", line("CONG_DONG_TIEN", "VAN_HOA", 150_000_000L),
                line("DOANH_NGHIEP", "SAN_XUAT", 300_000_000L)));
        FundingApi.approvedPlan(plan(2011, "116", line("NS_HUYEN", "AN_NINH_TRAT_TU", 400_000_000L)));
        FundingApi.draft(f, plan(2011, "04132", line("NS_XA", "VAN_HOA", 999_000_000L))); // a draft counts nowhere

        List<Long> p = FundingApi.lineIds(province);
        long toChiengBan = FundingApi.allocate(f, province, p.get(0), "04120", 2_000_000_000L, "2011-02-01");
        long toChiengMai = FundingApi.allocate(f, province, p.get(0), "04132", 1_500_000_000L, "2011-02-01");
        FundingApi.allocate(f, province, p.get(0), "125", 500_000_000L, "2011-02-01");
        long toChiengCo = FundingApi.allocate(f, province, p.get(0), "03658", 700_000_000L, "2011-02-01");
        FundingApi.allocate(f, province, p.get(1), "04147", 1_000_000_000L, "2011-02-01");
        long fromDistrict = FundingApi.allocate(Tokens.district("125"), maiSon, FundingApi.lineIds(maiSon).get(0), "04120",
                300_000_000L, "2011-03-01");
        FundingApi.reverseAllocationRaw(f, fromDistrict, 50_000_000L, "2011-04-01").then().statusCode(201);
        long fromCommune = FundingApi.allocate(Tokens.district("125"), chiengBan, FundingApi.lineIds(chiengBan).get(0),
                "04120", 150_000_000L, "2011-03-01");

        String d = Tokens.district("125");
        FundingApi.record(d, toChiengBan, "COMMITMENT", 2_000_000_000L, "2011-03-01");
        FundingApi.record(d, toChiengBan, "DISBURSEMENT", 1_200_000_000L, "2011-04-01");
        long wrong = FundingApi.record(d, toChiengBan, "DISBURSEMENT", 300_000_000L, "2011-04-02");
        FundingApi.reverseTransactionRaw(d, wrong, null, "2011-04-03").then().statusCode(201);
        FundingApi.record(d, toChiengBan, "EXPENDITURE", 900_000_000L, "2011-05-01");
        FundingApi.record(d, toChiengMai, "DISBURSEMENT", 1_500_000_000L, "2011-04-01");
        FundingApi.record(Tokens.district("116"), toChiengCo, "DISBURSEMENT", 100_000_000L, "2011-04-01");
        FundingApi.record(d, fromDistrict, "DISBURSEMENT", 200_000_000L, "2011-05-01");
        FundingApi.record(d, fromCommune, "DISBURSEMENT", 150_000_000L, "2011-05-01");
        recorded = true;
    }

    @Test
    @Order(1)
    void theMobilisationReportAddsUpToTheLedger() {
        JsonPath report = given().auth().oauth2(Tokens.financePlanner()).queryParam("year", 2011).queryParam("unitCode", "14")
                .get("/api/v1/reports/mobilisation").then().statusCode(200).contentType(ContentType.JSON)
                .body("unit.name", equalTo("Tỉnh Sơn La"))
                .body("total.planned", dong(PLANNED)).body("total.allocated", dong(ALLOCATED))
                .body("total.disbursed", dong(DISBURSED)).body("total.committed", dong(2_000_000_000L))
                .body("total.expended", dong(900_000_000L))
                .body("byKind.find { it.kind == 'BUDGET' }.amounts.planned", dong(9_200_000_000L))
                .body("byKind.find { it.kind == 'MOBILISED' }.amounts.planned", dong(1_650_000_000L))
                .body("sources.find { it.sourceCode == 'NSTW_DTPT' }.shareOfPlanned", equalTo(46.08f))
                .body("total.disbursementRate", equalTo(51.64f))
                .extract().jsonPath();
        List<Map<String, Object>> rows = report.getList("sources");
        assertThat(rows.stream().mapToLong(r -> number(r, "planned")).sum()).isEqualTo(PLANNED);
        assertThat(rows.stream().mapToLong(r -> number(r, "disbursed")).sum()).isEqualTo(DISBURSED);
        assertThat(report.getList("sources.sourceCode")).contains("CONG_DONG_NGAY_CONG", "CONG_DONG_DAT", "KHAC");

        // the same totals, summed from the ledger itself as the API lists it
        List<Map<String, Object>> allocations = given().auth().oauth2(Tokens.observer()).queryParam("year", 2011)
                .queryParam("size", 500).get("/api/v1/allocations").then().statusCode(200).extract().jsonPath().getList("items");
        long allocated = 0;
        long disbursed = 0;
        for (Map<String, Object> a : allocations) {
            long amount = ((Number) a.get("amount")).longValue();
            allocated += a.get("reverses") == null ? amount : -amount;
            if (a.get("reverses") != null) {
                continue;
            }
            for (Map<String, Object> t : given().auth().oauth2(Tokens.observer())
                    .get("/api/v1/allocations/" + a.get("id") + "/transactions").then().statusCode(200).extract()
                    .jsonPath().<Map<String, Object>>getList("$")) {
                if ("DISBURSEMENT".equals(t.get("type"))) {
                    long v = ((Number) t.get("amount")).longValue();
                    disbursed += t.get("reverses") == null ? v : -v;
                }
            }
        }
        assertThat(allocated).isEqualTo(ALLOCATED);
        assertThat(disbursed).isEqualTo(DISBURSED);
    }

    @Test
    @Order(2)
    void aDistrictsReportCoversItsOwnPlansAndItsCommunes() {
        given().auth().oauth2(Tokens.district("125")).queryParam("year", 2011).queryParam("unitCode", "125")
                .get("/api/v1/reports/mobilisation").then().statusCode(200)
                .body("total.planned", dong(2_450_000_000L)).body("total.allocated", dong(400_000_000L))
                .body("total.disbursed", dong(350_000_000L));
        given().auth().oauth2(Tokens.district("116")).queryParam("year", 2011).queryParam("unitCode", "125")
                .get("/api/v1/reports/mobilisation").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @Order(3)
    void theExecutionReportGoesDownToDistrictsAndCommunesWithTheirDisbursementRates() {
        given().auth().oauth2(Tokens.observer()).queryParam("year", 2011).get("/api/v1/reports/execution")
                .then().statusCode(200)
                .body("ownLevel.planned", dong(8_000_000_000L)).body("ownLevel.allocated", dong(0L))
                .body("districts.code", equalTo(List.of("116", "125")))
                .body("districts[0].amounts.planned", dong(400_000_000L))
                .body("districts[0].amounts.allocated", dong(700_000_000L))
                .body("districts[0].amounts.disbursementRate", equalTo(14.29f))
                .body("districts[0].communes[0].name", equalTo("Xã Chiềng Cọ"))
                .body("districts[1].name", equalTo("Huyện Mai Sơn"))
                .body("districts[1].amounts.allocated", dong(5_400_000_000L))
                .body("districts[1].amounts.disbursed", dong(3_050_000_000L))
                .body("districts[1].communes.code", equalTo(List.of("04120", "04132", "04147")))
                .body("districts[1].communes[0].amounts.allocated", dong(2_400_000_000L))
                .body("districts[1].communes[0].amounts.planned", dong(450_000_000L))
                .body("districts[1].communes[2].amounts.disbursementRate", equalTo(0.0f))
                .body("total.planned", dong(PLANNED)).body("total.allocated", dong(ALLOCATED))
                .body("total.disbursed", dong(DISBURSED));
    }

    @Test
    @Order(4)
    void spendingShowsTheInfrastructureShareAgainstThePlansWordsUntilTheOfficeSetsAFigure() {
        given().auth().oauth2(Tokens.appraiser("skhdt")).queryParam("year", 2011).get("/api/v1/reports/spending")
                .then().statusCode(200)
                .body("fields.find { it.fieldCode == 'HT_GIAO_THONG' }.amounts.planned", dong(5_000_000_000L))
                .body("fields.find { it.fieldCode == 'HT_GIAO_THONG' }.infrastructure", equalTo(true))
                .body("fields.find { it.fieldCode == 'SAN_XUAT' }.amounts.planned", dong(3_500_000_000L))
                .body("criteria.find { it.criterionCode == '2' }.amounts.planned", dong(5_000_000_000L))
                .body("criteria.find { it.criterionCode == null }.amounts.planned", dong(4_850_000_000L))
                .body("infrastructure.amounts.planned", dong(6_000_000_000L))
                .body("infrastructure.shareOfPlanned", equalTo(55.30f))
                .body("infrastructure.planWords", containsString("một phần vốn"))
                .body("infrastructure.maxSharePercent", nullValue()).body("infrastructure.withinGuidance", nullValue())
                .body("total.planned", dong(PLANNED));

        var guidance = given().auth().oauth2(Tokens.observer()).get("/api/v1/guidance/infrastructure");
        String etag = guidance.then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(Tokens.financePlanner()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"maxSharePercent\":30,\"decisionRef\":\"CV 12/VPĐP\"}").put("/api/v1/guidance/infrastructure")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"maxSharePercent\":30}").put("/api/v1/guidance/infrastructure")
                .then().statusCode(422).body("errors[0].field", equalTo("decisionRef"));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"maxSharePercent\":130,\"decisionRef\":\"CV 12/VPĐP\"}").put("/api/v1/guidance/infrastructure")
                .then().statusCode(400).body("errors[0].field", equalTo("maxSharePercent"));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"maxSharePercent\":30,\"decisionRef\":\"CV 12/VPĐP\"}").put("/api/v1/guidance/infrastructure")
                .then().statusCode(200).body("maxSharePercent", dong(30L));
        given().auth().oauth2(Tokens.observer()).queryParam("year", 2011).get("/api/v1/reports/spending")
                .then().statusCode(200).body("infrastructure.maxSharePercent", equalTo(30.0f))
                .body("infrastructure.withinGuidance", equalTo(false));
    }

    @Test
    @Order(5)
    void summariesForTheGatewayAgreeWithTheReports() {
        given().auth().oauth2(Tokens.observer()).queryParam("year", 2011).get("/api/v1/summary/province/14")
                .then().statusCode(200)
                .body("total.planned", dong(PLANNED)).body("total.allocated", dong(ALLOCATED))
                .body("total.disbursed", dong(DISBURSED))
                .body("bySource.find { it.code == 'NSTW_DTPT' }.allocated", dong(4_700_000_000L))
                .body("byDistrict.find { it.code == '125' }.name", equalTo("Huyện Mai Sơn"))
                .body("byDistrict.find { it.code == '125' }.allocated", dong(5_400_000_000L))
                .body("byDistrict.find { it.code == '125' }.planned", dong(2_450_000_000L));
        given().auth().oauth2(Tokens.district("125")).queryParam("year", 2011).get("/api/v1/summary/districts/125")
                .then().statusCode(200).body("name", equalTo("Huyện Mai Sơn"))
                .body("byCommune.find { it.code == '04120' }.allocated", dong(2_400_000_000L))
                .body("byCommune.find { it.code == '04120' }.disbursed", dong(1_550_000_000L))
                .body("byCommune.find { it.code == '125' }.planned", dong(2_000_000_000L))
                .body("total.allocated", dong(5_400_000_000L)).body("total.disbursed", dong(3_050_000_000L));
        given().auth().oauth2(Tokens.district("116")).queryParam("year", 2011).get("/api/v1/summary/districts/125")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.district("125")).queryParam("year", 2011).get("/api/v1/summary/province/14")
                .then().statusCode(403);
    }

    @Test
    @Order(6)
    void externalSystemsReadOnlyThePublishedApprovedTotals() {
        given().auth().oauth2(Tokens.externalSystem()).queryParam("year", 2011).get("/api/v1/public/totals")
                .then().statusCode(200).body("planned", dong(PLANNED)).body("budget", dong(9_200_000_000L))
                .body("mobilised", dong(1_650_000_000L)).body("bySource.NS_XA", nullValue())
                .body("byUnitLevel.PROVINCE", dong(8_000_000_000L));
        given().auth().oauth2(Tokens.externalSystem()).queryParam("year", 2011).get("/api/v1/reports/mobilisation")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.externalSystem()).queryParam("year", 2011).get("/api/v1/summary/province/14")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.externalSystem()).get("/api/v1/capital-plans").then().statusCode(403);
        given().auth().oauth2(Tokens.externalSystem()).get("/api/v1/allocations").then().statusCode(403);
        given().queryParam("year", 2011).get("/api/v1/public/totals").then().statusCode(401);
    }

    @Test
    @Order(7)
    void theExcelFilesCarryTitlesVietnameseHeadersAndTheSameTotals() throws Exception {
        try (Workbook wb = excel("/api/v1/reports/mobilisation", "format", "xlsx")) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).contains("KẾT QUẢ HUY ĐỘNG NGUỒN LỰC").contains("NĂM 2011");
            assertThat(text(sheet, 1, 0)).contains("Tỉnh Sơn La");
            assertThat(text(sheet, 2, 7)).isEqualTo("Đơn vị tính: triệu đồng");
            assertThat(rowTexts(sheet, 4)).containsExactly("STT", "Nguồn vốn", "Loại nguồn", "Kế hoạch vốn",
                    "Đã phân bổ", "Đã giải ngân", "Tỷ lệ giải ngân (%)", "Cơ cấu kế hoạch (%)");
            Row total = rowStartingWith(sheet, 1, "TỔNG CỘNG");
            assertThat((long) total.getCell(3).getNumericCellValue()).isEqualTo(PLANNED);
            assertThat((long) total.getCell(4).getNumericCellValue()).isEqualTo(ALLOCATED);
            assertThat((long) total.getCell(5).getNumericCellValue()).isEqualTo(DISBURSED);
            assertThat(total.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.000,,");
            assertThat(total.getCell(1).getCellStyle().getFontIndex()).isNotEqualTo(
                    sheet.getRow(5).getCell(1).getCellStyle().getFontIndex());
        }
        byte[] viaAccept = given().auth().oauth2(Tokens.observer()).queryParam("year", 2011)
                .accept(ExcelTable.MEDIA_TYPE).get("/api/v1/reports/execution")
                .then().statusCode(200).contentType(ExcelTable.MEDIA_TYPE)
                .header("Content-Disposition", containsString("phan-bo-giai-ngan-14-2011.xlsx")).extract().asByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(viaAccept))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(rowTexts(sheet, 4)).containsExactly("STT", "Đơn vị", "Kế hoạch vốn", "Đã phân bổ", "Đã giải ngân",
                    "Tỷ lệ giải ngân (%)");
            assertThat((long) rowStartingWith(sheet, 1, "TỔNG CỘNG").getCell(4).getNumericCellValue()).isEqualTo(DISBURSED);
            assertThat((long) rowStartingWith(sheet, 1, "   Xã Chiềng Ban").getCell(3).getNumericCellValue())
                    .isEqualTo(2_400_000_000L);
        }
        try (Workbook wb = excel("/api/v1/reports/spending", "format", "xlsx")) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat((long) rowStartingWith(sheet, 1, "TỔNG CỘNG").getCell(3).getNumericCellValue()).isEqualTo(PLANNED);
            assertThat((long) rowStartingWith(sheet, 1, "Trong đó: hạ tầng kinh tế - xã hội").getCell(3).getNumericCellValue())
                    .isEqualTo(6_000_000_000L);
        }
        given().auth().oauth2(Tokens.observer()).queryParam("year", 2011).queryParam("format", "pdf")
                .get("/api/v1/reports/mobilisation").then().statusCode(400).body("errors[0].field", equalTo("format"));
    }

    private static Workbook excel(String path, String param, String value) throws Exception {
        byte[] bytes = given().auth().oauth2(Tokens.observer()).queryParam("year", 2011).queryParam(param, value)
                .get(path).then().statusCode(200).contentType(ExcelTable.MEDIA_TYPE).extract().asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static String text(Sheet sheet, int row, int col) {
        Cell c = sheet.getRow(row) == null ? null : sheet.getRow(row).getCell(col);
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
    }

    static List<String> rowTexts(Sheet sheet, int row) {
        List<String> texts = new java.util.ArrayList<>();
        for (Cell c : sheet.getRow(row)) {
            texts.add(c.getStringCellValue());
        }
        return texts;
    }

    static Row rowStartingWith(Sheet sheet, int col, String text) {
        for (Row r : sheet) {
            Cell c = r.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return r;
            }
        }
        throw new AssertionError("no row with " + text);
    }

    private static long number(Map<String, Object> row, String field) {
        @SuppressWarnings("unchecked")
        Map<String, Object> amounts = (Map<String, Object>) row.get("amounts");
        return ((Number) amounts.get(field)).longValue();
    }
}
