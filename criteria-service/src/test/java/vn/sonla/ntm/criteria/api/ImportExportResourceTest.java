package vn.sonla.ntm.criteria.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.sonla.ntm.criteria.api.Api.NATIONAL_V1;
import static vn.sonla.ntm.criteria.api.Api.SETS;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.sonla.ntm.criteria.application.CatalogueSeeding;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ImportExportResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CatalogueSeeding seeding;

    @BeforeEach
    void seeded() {
        seeding.seed();
    }

    @Test
    void exportThenImportAsJsonGivesAnEqualSet() throws Exception {
        String exported = Api.observer().get(NATIONAL_V1 + "/export?format=json").then().statusCode(200)
                .contentType(containsString("application/json"))
                .header("Content-Disposition", equalTo("attachment; filename=\"ntm-xa-2016-2020-v1.json\"")).extract().asString();
        String code = Api.uniqueCode("json-copy");
        ObjectNode document = (ObjectNode) JSON.readTree(exported);
        document.put("code", code);
        String location = Api.coordinator().body(document.toString()).post(SETS + "/import").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("version", equalTo(1)).extract().header("Location");
        Api.observer().get("/api/v1/audit?entity=criteria-set-version&key=" + code + "/1").then().statusCode(200)
                .body("items.action", equalTo(List.of("IMPORT")));
        String again = Api.observer().get(location + "/export").then().statusCode(200).extract().asString();
        assertThat(content(JSON.readTree(again))).isEqualTo(content(JSON.readTree(exported)));
    }

    @Test
    void exportThenImportAsYamlGivesAnEqualSet() throws Exception {
        String yaml = Api.observer().accept("application/yaml").get(NATIONAL_V1 + "/export?format=yaml").then().statusCode(200)
                .contentType(containsString("application/yaml")).extract().asString();
        assertThat(yaml).contains("code: \"ntm-xa-2016-2020\"").contains("nameVi: \"Giao thông\"");
        String code = Api.uniqueCode("yaml-copy");
        String location = Api.coordinator().contentType("application/yaml").body(yaml.replace("code: \"ntm-xa-2016-2020\"", "code: \"" + code + "\"").getBytes(StandardCharsets.UTF_8))
                .post(SETS + "/import").then().statusCode(201).extract().header("Location");
        String again = Api.observer().get(location + "/export?format=yaml").asString();
        String original = Api.observer().get(NATIONAL_V1 + "/export?format=json").asString();
        String copy = Api.observer().get(location + "/export?format=json").asString();
        assertThat(content(JSON.readTree(copy))).isEqualTo(content(JSON.readTree(original)));
        assertThat(again.replace(code, "ntm-xa-2016-2020").replace("status: \"DRAFT\"", "status: \"PUBLISHED\"")
                .replaceAll("derivedFrom: .*\\n(  .*\\n)*", "")).isNotEmpty();
    }

    @Test
    void aBrokenImportIsRefusedNamingTheFieldAndNothingIsWritten() {
        long total = Api.observer().get(SETS + "?size=500").jsonPath().getLong("total");
        Api.coordinator().contentType("application/yaml").body("code: \"x-y\"\nnameVi: [unclosed".getBytes(StandardCharsets.UTF_8)).post(SETS + "/import").then()
                .statusCode(400).contentType("application/problem+json");
        Api.coordinator().contentType("application/yaml").body("code: \"x-y\"\nnameVi: \"Bộ\"\nflavour: \"sweet\"\n".getBytes(StandardCharsets.UTF_8)).post(SETS + "/import")
                .then().statusCode(400).body("errors[0].field", equalTo("flavour"));
        Api.coordinator().body(Map.of("code", "x-y", "nameVi", "Bộ", "groups", List.of(Map.of("code", "I", "criteria",
                        List.of(Map.of("code", "1", "indicators", List.of(Map.of("code", "1.1", "kind", "BOOLEAN",
                                "thresholds", List.of(Map.of("comparator", "~"))))))))))
                .post(SETS + "/import").then().statusCode(400)
                .body("errors[0].field", equalTo("groups[0].criteria[0].indicators[0].thresholds[0].comparator"));
        Api.coordinator().contentType(ContentType.TEXT).body("code: x").post(SETS + "/import").then().statusCode(415);
        assertThat(Api.observer().get(SETS + "?size=500").jsonPath().getLong("total")).isEqualTo(total);
    }

    @Test
    void theExcelExportIsLaidOutLikeTheOfficialAppendix() throws Exception {
        byte[] xlsx = Api.observer().accept("*/*").get(NATIONAL_V1 + "/export.xlsx").then().statusCode(200)
                .contentType(VersionResource.XLSX)
                .header("Content-Disposition", containsString("ntm-xa-2016-2020-v1.xlsx")).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2016-2020");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("(Ban hành kèm theo Quyết định số 1980/QĐ-TTg ngày 17/10/2016 của Thủ tướng Chính phủ)");
            List<String> headers = new ArrayList<>();
            sheet.getRow(AppendixWorkbook.HEADER_ROW).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("TT", "Tên tiêu chí", "Nội dung tiêu chí", "Chỉ tiêu", "Đơn vị", "Sở phụ trách",
                    "Nguồn / độ tin cậy");
            List<String> groupRows = new ArrayList<>();
            Row road = null;
            for (Row row : sheet) {
                String first = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
                if (first.matches("(I|II|III|IV|V)\\. .*")) {
                    groupRows.add(first);
                }
                if (row.getCell(2) != null && row.getCell(2).getStringCellValue().startsWith("2.1. ")) {
                    road = row;
                }
            }
            assertThat(groupRows).containsExactly("I. QUY HOẠCH", "II. HẠ TẦNG KINH TẾ - XÃ HỘI", "III. KINH TẾ VÀ TỔ CHỨC SẢN XUẤT",
                    "IV. VĂN HÓA - XÃ HỘI - MÔI TRƯỜNG", "V. HỆ THỐNG CHÍNH TRỊ");
            assertThat(road).isNotNull();
            assertThat(road.getCell(0).getStringCellValue()).isEqualTo("2");
            assertThat(road.getCell(1).getStringCellValue()).isEqualTo("Giao thông");
            assertThat(road.getCell(3).getStringCellValue()).isEqualTo("≥ 100%");
            assertThat(road.getCell(4).getStringCellValue()).isEqualTo("%");
            assertThat(road.getCell(5).getStringCellValue()).isEqualTo("Sở Giao thông vận tải (sgtvt)");
            assertThat(road.getCell(6).getStringCellValue()).startsWith("Nội dung: Có nguồn").contains("Chỉ tiêu: Dựng lại, chưa kiểm chứng");
            int roadRow = road.getRowNum();
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(roadRow, roadRow + 3, 0, 0),
                    new CellRangeAddress(roadRow, roadRow + 3, 1, 1), new CellRangeAddress(roadRow, roadRow + 3, 5, 5),
                    new CellRangeAddress(roadRow - 1, roadRow - 1, 0, 6));
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (AppendixWorkbook.HEADER_ROW + 1));
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
    }

    /** The document without what the catalogue gives each version (code, version, status, derivedFrom). */
    private static JsonNode content(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        copy.remove(List.of("code", "version", "status", "derivedFrom"));
        return copy;
    }
}
