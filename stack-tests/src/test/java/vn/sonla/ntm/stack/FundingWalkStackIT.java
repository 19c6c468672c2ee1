package vn.sonla.ntm.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sonla.ntm.stack.Http.as;
import static vn.sonla.ntm.stack.Http.etag;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, end to end through the real Keycloak: the money of one Mai Sơn commune, Xã Chiềng Nơi (04141), for 2020.
 *
 * <ol>
 *   <li>{@code district-125} records a capital plan for the commune (a central-budget line for transport, tied to
 *       criterion 2, and an enterprise line for production); it may not approve it (403);</li>
 *   <li>{@code finance} approves it with the decision;</li>
 *   <li>{@code district-125} allocates money of the transport line to the commune and records a disbursement; a
 *       disbursement beyond what is left of the allocation is refused 422 naming {@code amount}, and nothing is
 *       written;</li>
 *   <li>{@code district-116} can neither read the plan nor write against the allocation (403);</li>
 *   <li>the mobilisation report of 2020 for the commune reads back planned, allocated and disbursed, with a total equal
 *       to the sum of its source rows and of its budget / mobilised subtotals — as JSON, and as the Excel file
 *       officials open (read with POI);</li>
 *   <li>the funding audit chain verifies intact.</li>
 * </ol>
 *
 * A year report for a unit counts the approved plans made for that unit (docs/decisions/0033), so the plan is the
 * commune's own; the allocation goes to the plan's unit, as funding-service requires (recipient = the plan's unit or
 * a unit under it on the plan's date). Needs the fresh databases of {@code ./ntm test}.
 */
class FundingWalkStackIT {

    private static final int YEAR = 2020;
    private static final String COMMUNE = "04141";
    private static final String DISTRICT = "125";

    private static final String DISTRICT_OFFICER = "district-125";
    private static final String OTHER_DISTRICT = "district-116";
    private static final String FINANCE = "finance";

    private static final long TRANSPORT = 1_200_000_000L;
    private static final long PRODUCTION = 300_000_000L;
    private static final long ALLOCATED = 1_000_000_000L;
    private static final long DISBURSED = 600_000_000L;

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void aMaiSonCommunesPlanFromDraftToDisbursementAndReport() throws IOException {
        theCommuneHasNoPlanForTheYearYet();

        // --- the district drafts the commune's capital plan ------------------------------------------------------------
        Response drafted = as(DISTRICT_OFFICER, Stack.funding(), Map.of(
                "year", YEAR,
                "unitCode", COMMUNE,
                "title", "Kế hoạch vốn xây dựng nông thôn mới xã Chiềng Nơi năm 2020",
                "lines", List.of(
                        Map.of("sourceCode", "NSTW_DTPT", "fieldCode", "HT_GIAO_THONG", "criterionCode", "2", "amount", TRANSPORT,
                                "note", "Cứng hóa đường trục bản Nà Si"),
                        Map.of("sourceCode", "DOANH_NGHIEP", "fieldCode", "SAN_XUAT", "amount", PRODUCTION,
                                "note", "Liên kết sản xuất cà phê"))))
                .when().post("/api/v1/capital-plans")
                .then().statusCode(201).extract().response();
        JsonPath plan = drafted.jsonPath();
        long planId = plan.getLong("id");
        String planPath = "/api/v1/capital-plans/" + planId;
        assertThat(plan.getString("status")).isEqualTo("DRAFT");
        assertThat(plan.getString("unit.code")).isEqualTo(COMMUNE);
        assertThat(plan.getString("unit.level")).isEqualTo("COMMUNE");
        assertThat(plan.getString("unit.districtCode")).isEqualTo(DISTRICT);
        assertThat(plan.getLong("total")).isEqualTo(TRANSPORT + PRODUCTION);
        long transportLine = plan.getLong("lines.find { it.sourceCode == 'NSTW_DTPT' }.id");

        as(OTHER_DISTRICT, Stack.funding()).when().get(planPath).then().statusCode(403);
        as(DISTRICT_OFFICER, Stack.funding(), approval())
                .header("If-Match", etag(drafted))
                .when().post(planPath + "/approve")
                .then().statusCode(403);

        // --- finance approves it by decision ---------------------------------------------------------------------------
        JsonPath approved = as(FINANCE, Stack.funding(), approval())
                .header("If-Match", etag(drafted))
                .when().post(planPath + "/approve")
                .then().statusCode(200).extract().jsonPath();
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(approved.getString("decision.number")).isEqualTo("215/QĐ-UBND");
        assertThat(approved.getString("approvedBy")).isEqualTo(FINANCE);

        // --- the district allocates to the commune and disburses ------------------------------------------------------
        as(OTHER_DISTRICT, Stack.funding(), allocation())
                .when().post(planPath + "/lines/" + transportLine + "/allocations")
                .then().statusCode(403);
        JsonPath allocation = as(DISTRICT_OFFICER, Stack.funding(), allocation())
                .when().post(planPath + "/lines/" + transportLine + "/allocations")
                .then().statusCode(201).extract().jsonPath();
        long allocationId = allocation.getLong("id");
        String transactions = "/api/v1/allocations/" + allocationId + "/transactions";
        assertThat(allocation.getString("recipientCode")).isEqualTo(COMMUNE);
        assertThat(allocation.getLong("balance.available")).isEqualTo(ALLOCATED);

        JsonPath disbursement = as(DISTRICT_OFFICER, Stack.funding(), disbursement(DISBURSED, "UNC-2020-0142"))
                .when().post(transactions)
                .then().statusCode(201).extract().jsonPath();
        assertThat(disbursement.getString("type")).isEqualTo("DISBURSEMENT");
        assertThat(disbursement.getLong("amount")).isEqualTo(DISBURSED);
        assertThat(disbursement.getBoolean("overDisbursement")).isFalse();

        String refusal = as(DISTRICT_OFFICER, Stack.funding(), disbursement(ALLOCATED - DISBURSED + 1, "UNC-2020-0143"))
                .when().post(transactions)
                .then().statusCode(422).contentType("application/problem+json")
                .extract().asString();
        assertThat(new JsonPath(refusal).getList("errors.field", String.class)).contains("amount");

        as(OTHER_DISTRICT, Stack.funding(), disbursement(1_000_000L, "UNC-2020-0144"))
                .when().post(transactions)
                .then().statusCode(403);

        List<Map<String, Object>> recorded = as(DISTRICT_OFFICER, Stack.funding())
                .when().get(transactions)
                .then().statusCode(200).extract().jsonPath().getList("");
        assertThat(recorded).as("the refused disbursements wrote nothing").hasSize(1);
        JsonPath balance = as(DISTRICT_OFFICER, Stack.funding())
                .when().get("/api/v1/allocations/" + allocationId)
                .then().statusCode(200).extract().jsonPath();
        assertThat(balance.getLong("balance.disbursed")).isEqualTo(DISBURSED);
        assertThat(balance.getLong("balance.available")).isEqualTo(ALLOCATED - DISBURSED);

        // --- the mobilisation report reads it back --------------------------------------------------------------------
        as(OTHER_DISTRICT, Stack.funding())
                .queryParam("year", YEAR).queryParam("unitCode", COMMUNE)
                .when().get("/api/v1/reports/mobilisation")
                .then().statusCode(403);
        theMobilisationReportAddsUp();
        theExcelReportOpensWithTheSameFigures();

        JsonPath chain = as(FINANCE, Stack.funding()).when().get("/api/v1/audit/verify").then().statusCode(200).extract().jsonPath();
        assertThat(chain.getBoolean("intact")).as("funding audit chain: %s", chain.getString("detail")).isTrue();
    }

    private void theCommuneHasNoPlanForTheYearYet() {
        int plans = as(DISTRICT_OFFICER, Stack.funding())
                .queryParam("year", YEAR).queryParam("unitCode", COMMUNE)
                .when().get("/api/v1/capital-plans")
                .then().statusCode(200).extract().jsonPath().getInt("total");
        assertThat(plans).as("capital plans of %s for %d already in the stack's database: the walk needs the fresh databases "
                + "./ntm test creates (ntm_<service>_stack)", COMMUNE, YEAR).isZero();
    }

    private void theMobilisationReportAddsUp() {
        JsonPath report = as(DISTRICT_OFFICER, Stack.funding())
                .queryParam("year", YEAR).queryParam("unitCode", COMMUNE)
                .when().get("/api/v1/reports/mobilisation")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("year")).isEqualTo(YEAR);
        assertThat(report.getString("unit.code")).isEqualTo(COMMUNE);
        assertThat(report.getLong("total.planned")).isEqualTo(TRANSPORT + PRODUCTION);
        assertThat(report.getLong("total.allocated")).isEqualTo(ALLOCATED);
        assertThat(report.getLong("total.disbursed")).isEqualTo(DISBURSED);

        Map<String, Object> central = report.getMap("sources.find { it.sourceCode == 'NSTW_DTPT' }");
        assertThat(central).as("the central-budget row").isNotNull();
        assertThat(amount(central, "planned")).isEqualTo(TRANSPORT);
        assertThat(amount(central, "allocated")).isEqualTo(ALLOCATED);
        assertThat(amount(central, "disbursed")).isEqualTo(DISBURSED);
        Map<String, Object> enterprises = report.getMap("sources.find { it.sourceCode == 'DOANH_NGHIEP' }");
        assertThat(amount(enterprises, "planned")).isEqualTo(PRODUCTION);
        assertThat(amount(enterprises, "disbursed")).isZero();

        List<Map<String, Object>> sources = report.getList("sources");
        List<Map<String, Object>> kinds = report.getList("byKind");
        for (String figure : List.of("planned", "allocated", "committed", "disbursed", "expended")) {
            long total = report.getLong("total." + figure);
            assertThat(sum(sources, r -> amount(r, figure))).as("sum of the source rows' %s", figure).isEqualTo(total);
            assertThat(sum(kinds, r -> amount(r, figure))).as("sum of the budget / mobilised subtotals' %s", figure).isEqualTo(total);
        }
    }

    /** The .xlsx variant: the TỔNG CỘNG row and the source rows carry the same đồng as the JSON (cells hold đồng). */
    private void theExcelReportOpensWithTheSameFigures() throws IOException {
        byte[] file = as(DISTRICT_OFFICER, Stack.funding())
                .accept(XLSX)
                .queryParam("year", YEAR).queryParam("unitCode", COMMUNE).queryParam("format", "xlsx")
                .when().get("/api/v1/reports/mobilisation")
                .then().statusCode(200).contentType(XLSX)
                .extract().asByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            int planned = -1;
            int disbursed = -1;
            Row total = null;
            long sourceRowsPlanned = 0;
            long sourceRowsDisbursed = 0;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.STRING) {
                        continue;
                    }
                    switch (cell.getStringCellValue()) {
                        case "Kế hoạch vốn" -> planned = cell.getColumnIndex();
                        case "Đã giải ngân" -> disbursed = cell.getColumnIndex();
                        case "TỔNG CỘNG" -> total = row;
                        default -> { }
                    }
                }
                if (planned >= 0 && total == null && isNumbered(row)) {
                    sourceRowsPlanned += (long) row.getCell(planned).getNumericCellValue();
                    sourceRowsDisbursed += (long) row.getCell(disbursed).getNumericCellValue();
                }
            }
            assertThat(planned).as("a 'Kế hoạch vốn' header").isNotNegative();
            assertThat(disbursed).as("a 'Đã giải ngân' header").isNotNegative();
            assertThat(total).as("a TỔNG CỘNG row").isNotNull();
            assertThat((long) total.getCell(planned).getNumericCellValue()).isEqualTo(TRANSPORT + PRODUCTION);
            assertThat((long) total.getCell(disbursed).getNumericCellValue()).isEqualTo(DISBURSED);
            assertThat(sourceRowsPlanned).as("the numbered source rows' plans add up to the total").isEqualTo(TRANSPORT + PRODUCTION);
            assertThat(sourceRowsDisbursed).as("the numbered source rows' disbursements add up to the total").isEqualTo(DISBURSED);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private static Map<String, Object> approval() {
        return Map.of("decisionNumber", "215/QĐ-UBND", "decisionDate", YEAR + "-03-15", "issuer", "UBND huyện Mai Sơn");
    }

    private static Map<String, Object> allocation() {
        return Map.of("recipientCode", COMMUNE, "amount", ALLOCATED, "date", YEAR + "-04-01", "documentRef", "312/QĐ-UBND",
                "note", "Phân bổ vốn đường trục bản Nà Si");
    }

    private static Map<String, Object> disbursement(long amount, String voucher) {
        return Map.of("type", "DISBURSEMENT", "amount", amount, "date", YEAR + "-05-20", "documentRef", voucher);
    }

    /** A row of the source table: its first cell is the row number (STT). */
    private static boolean isNumbered(Row row) {
        Cell first = row.getCell(0);
        return first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().matches("\\d+");
    }

    @SuppressWarnings("unchecked")
    private static long amount(Map<String, Object> row, String figure) {
        return ((Number) ((Map<String, Object>) row.get("amounts")).get(figure)).longValue();
    }

    private static long sum(List<Map<String, Object>> rows, ToLongFunction<Map<String, Object>> figure) {
        return rows.stream().mapToLong(figure).sum();
    }
}
