package vn.sonla.ntm.criteria.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.sonla.ntm.rules.document.CriteriaSetDocument;
import vn.sonla.ntm.rules.document.CriterionDocument;
import vn.sonla.ntm.rules.document.GroupDocument;
import vn.sonla.ntm.rules.document.ThresholdDocument;

class AppendixWorkbookTest {

    private static ThresholdDocument t(String communeClass, String comparator, String value, String upper, String unit) {
        return new ThresholdDocument(communeClass, comparator, value == null ? null : new BigDecimal(value),
                upper == null ? null : new BigDecimal(upper), unit, null);
    }

    @Test
    void thresholdsReadAsTheAppendixWritesThem() {
        assertThat(AppendixWorkbook.thresholdText(List.of(t(null, ">=", "80", null, "%")))).isEqualTo("≥ 80%");
        assertThat(AppendixWorkbook.thresholdText(List.of(t(null, "<=", "26.7", null, "%")))).isEqualTo("≤ 26,7%");
        assertThat(AppendixWorkbook.thresholdText(List.of(t(null, ">=", "36", null, "triệu đồng/người/năm")))).isEqualTo("≥ 36");
        assertThat(AppendixWorkbook.thresholdText(List.of(t(null, "achieved", null, null, null)))).isEqualTo("Đạt");
        assertThat(AppendixWorkbook.thresholdText(List.of(t(null, "none", null, null, null)))).isEqualTo("Không");
        assertThat(AppendixWorkbook.thresholdText(List.of(t(null, "between", "50", "70", "điểm")))).isEqualTo("50 – 70");
        assertThat(AppendixWorkbook.thresholdText(List.of(t(null, null, null, null, "%")))).isEqualTo("Chưa xác định");
        assertThat(AppendixWorkbook.thresholdText(List.of())).isEqualTo("Chưa xác định");
        assertThat(AppendixWorkbook.thresholdText(List.of(t(null, ">=", "80", null, "%"), t("III", ">=", "60", null, "%"))))
                .isEqualTo("≥ 80%\nLoại III: ≥ 60%");
    }

    @Test
    void aCriterionWithoutIndicatorsStillHasItsRow() throws Exception {
        CriteriaSetDocument set = new CriteriaSetDocument("sonla-test", 2, "DRAFT", "Bộ tiêu chí thử", null, "ADVANCED", null, null, null,
                null, null, List.of(new GroupDocument("I", "Quy hoạch", null, List.of(
                new CriterionDocument("1", "Quy hoạch", null, "sxd", null, List.of())))), null, null);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(AppendixWorkbook.of(set, Map.of("sxd", "Sở Xây dựng"))))) {
            Sheet sheet = wb.getSheet("sonla-test v2");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("(Chưa có căn cứ pháp lý)");
            assertThat(sheet.getRow(AppendixWorkbook.HEADER_ROW + 1).getCell(0).getStringCellValue()).isEqualTo("I. QUY HOẠCH");
            assertThat(sheet.getRow(AppendixWorkbook.HEADER_ROW + 2).getCell(2).getStringCellValue()).isEqualTo("(Chưa có chỉ tiêu)");
            assertThat(sheet.getRow(AppendixWorkbook.HEADER_ROW + 2).getCell(5).getStringCellValue()).isEqualTo("Sở Xây dựng (sxd)");
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
        }
    }
}
