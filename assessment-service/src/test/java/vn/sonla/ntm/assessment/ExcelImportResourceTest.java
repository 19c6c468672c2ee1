package vn.sonla.ntm.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
class ExcelImportResourceTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @OidcWireMock
    WireMockServer server;

    @BeforeEach
    void catalogue() {
        Api.stubCatalogue(server);
    }

    private byte[] template(String token, long id) {
        return given().auth().oauth2(token).get("/api/v1/assessments/" + id + "/template.xlsx")
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();
    }

    /** Fills column H of the rows whose key is in {@code values}; answers the workbook and the row number (1-based) of each key. */
    private static byte[] fill(byte[] template, Map<String, Object> values, Map<String, Integer> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheet("Chi tieu");
            assertThat(sheet.isColumnHidden(0)).isTrue();
            assertThat(sheet.getProtect()).isTrue();
            for (Row row : sheet) {
                if (row.getRowNum() <= 4 || row.getCell(0) == null) {
                    continue;
                }
                String key = row.getCell(0).getStringCellValue();
                rows.put(key, row.getRowNum() + 1);
                Object v = values.get(key);
                if (v instanceof Number n) {
                    row.createCell(7).setCellValue(n.doubleValue());
                } else if (v instanceof String s) {
                    row.createCell(7).setCellValue(s);
                } else if (v instanceof Boolean b) {
                    row.createCell(7).setCellValue(b);
                }
                if (v != null) {
                    row.createCell(9).setCellValue("Phiếu điều tra 2020");
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aTemplateFilledInExcelIsImportedInOneTransactionWithOneAuditEntry() throws Exception {
        String district = Tokens.district("119");
        long id = Api.openOk(district, "03721", 2020);
        byte[] template = template(district, id);
        Map<String, Integer> rows = new HashMap<>();
        Map<String, Object> values = new HashMap<>();
        values.put("2.1", 100);
        values.put("3.1", 82.5);
        values.put("4.1", "Đạt");
        values.put("9.1", "Không đạt");
        values.put("10.1", 36.4);
        byte[] filled = fill(template, values, rows);
        assertThat(rows).hasSize(49);
        given().auth().oauth2(district).contentType(XLSX).header("If-Match", Api.etag(district, id)).body(filled)
                .post("/api/v1/assessments/" + id + "/import").then().log().ifValidationFails().statusCode(200)
                .body("rowsRead", equalTo(49)).body("indicatorsWritten", hasSize(5))
                .body("assessment.values.find { it.indicatorCode == '3.1' }.value", equalTo(82.5f))
                .body("assessment.values.find { it.indicatorCode == '4.1' }.value", equalTo(true))
                .body("assessment.values.find { it.indicatorCode == '9.1' }.value", equalTo(false))
                .body("assessment.values.find { it.indicatorCode == '10.1' }.dataSource", equalTo("Phiếu điều tra 2020"));
        given().auth().oauth2(district).get("/api/v1/assessments/" + id + "/audit").then()
                .body("findAll { it.action == 'assessment.import' }", hasSize(1));
        // the template now shows the current values
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template(district, id)))) {
            Sheet sheet = wb.getSheet("Chi tieu");
            assertThat(sheet.getRow(rows.get("3.1") - 1).getCell(6).getStringCellValue()).isEqualTo("82.5");
            assertThat(sheet.getRow(rows.get("3.1") - 1).getCell(5).getStringCellValue()).isEqualTo("≥ 80%");
        }
    }

    @Test
    void anImportWithRefusedRowsWritesNothingAndListsEveryRefusedRow() throws Exception {
        String district = Tokens.district("119");
        long id = Api.openOk(district, "03724", 2020);
        Map<String, Integer> rows = new HashMap<>();
        Map<String, Object> values = new HashMap<>();
        values.put("2.1", 100);
        values.put("3.1", 140);
        values.put("4.1", 7);
        values.put("5.1", "nhiều");
        byte[] filled = fill(template(district, id), values, rows);
        String etag = Api.etag(district, id);
        given().auth().oauth2(district).contentType(XLSX).header("If-Match", etag).body(filled)
                .post("/api/v1/assessments/" + id + "/import").then().log().ifValidationFails().statusCode(422).contentType("application/problem+json")
                .body("errors", hasSize(3))
                .body("errors.field", hasItems("rows[" + rows.get("3.1") + "].3.1", "rows[" + rows.get("4.1") + "].4.1",
                        "rows[" + rows.get("5.1") + "].5.1"))
                .body("errors.find { it.field.endsWith('.3.1') }.message", equalTo("must be a percentage between 0 and 100"));
        given().auth().oauth2(district).get("/api/v1/assessments/" + id).then().statusCode(200)
                .header("ETag", equalTo(etag)).body("values", hasSize(0));
        given().auth().oauth2(district).get("/api/v1/assessments/" + id + "/audit").then()
                .body("findAll { it.action == 'assessment.import' }", hasSize(0));
        given().auth().oauth2(district).contentType(XLSX).header("If-Match", etag).body("not a workbook".getBytes())
                .post("/api/v1/assessments/" + id + "/import").then().log().ifValidationFails().statusCode(400).body("errors[0].field", equalTo("file"));
        long other = Api.openOk(district, "03727", 2020);
        given().auth().oauth2(district).contentType(XLSX).header("If-Match", Api.etag(district, other)).body(filled)
                .post("/api/v1/assessments/" + other + "/import").then().statusCode(400).body("errors[0].field", equalTo("file"));
    }
}
