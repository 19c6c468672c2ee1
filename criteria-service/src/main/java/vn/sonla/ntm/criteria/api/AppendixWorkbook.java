package vn.sonla.ntm.criteria.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.sonla.ntm.rules.Comparator;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;
import vn.sonla.ntm.rules.document.CriterionDocument;
import vn.sonla.ntm.rules.document.GroupDocument;
import vn.sonla.ntm.rules.document.IndicatorDocument;
import vn.sonla.ntm.rules.document.LegalBasis;
import vn.sonla.ntm.rules.document.Provenance;
import vn.sonla.ntm.rules.document.ThresholdDocument;

/**
 * A criteria-set version as an .xlsx laid out like the appendix table of 1980/QĐ-TTg: title and decision, then
 * TT | Tên tiêu chí | Nội dung tiêu chí | Chỉ tiêu | Đơn vị | Sở phụ trách | Nguồn / độ tin cậy, a header row per group
 * ("I. QUY HOẠCH") across the table, and each criterion's cells merged over its indicators. A4 landscape.
 */
public final class AppendixWorkbook {

    public static final String[] HEADERS = {"TT", "Tên tiêu chí", "Nội dung tiêu chí", "Chỉ tiêu", "Đơn vị", "Sở phụ trách",
            "Nguồn / độ tin cậy"};
    /** Row (0-based) of the column headers; the table starts below it. */
    public static final int HEADER_ROW = 3;
    private static final int[] WIDTHS = {6, 24, 62, 18, 16, 28, 44};
    private static final int LAST_COLUMN = HEADERS.length - 1;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private AppendixWorkbook() {
    }

    /** @param departmentNames department code → Vietnamese name, for the "Sở phụ trách" column */
    public static byte[] of(CriteriaSetDocument set, Map<String, String> departmentNames) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(sheetName(set));
            title(sheet, styles, set);
            header(sheet, styles);
            int r = HEADER_ROW + 1;
            for (GroupDocument group : set.groups()) {
                r = group(sheet, styles, group, r, departmentNames);
            }
            layout(sheet);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How the appendix writes a threshold: "≥ 80%", "Đạt", "Không", "50 – 70"; one line per commune class. */
    public static String thresholdText(List<ThresholdDocument> thresholds) {
        if (thresholds.isEmpty()) {
            return "Chưa xác định";
        }
        return thresholds.stream().map(t -> (t.communeClass() == null ? "" : "Loại " + t.communeClass() + ": ") + thresholdText(t))
                .collect(Collectors.joining("\n"));
    }

    static String thresholdText(ThresholdDocument t) {
        Comparator c = Comparator.fromSymbol(t.comparator()).orElse(null);
        if (c == null || (c.isNumeric() && t.value() == null)) {
            return "Chưa xác định";
        }
        String unit = "%".equals(t.unit()) ? "%" : "";
        return switch (c) {
            case ACHIEVED -> "Đạt";
            case NONE -> "Không";
            case AT_LEAST -> "≥ " + number(t.value()) + unit;
            case AT_MOST -> "≤ " + number(t.value()) + unit;
            case EQUAL -> "= " + number(t.value()) + unit;
            case BETWEEN -> number(t.value()) + " – " + (t.upperValue() == null ? "?" : number(t.upperValue())) + unit;
        };
    }

    /** Vietnamese decimals: 26,7. */
    static String number(BigDecimal v) {
        return (v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString()).replace('.', ',');
    }

    static String provenanceText(Provenance p) {
        if (p == null || p.status() == null) {
            return "Chưa rõ";
        }
        String label = switch (p.status()) {
            case SOURCED -> "Có nguồn";
            case RECONSTRUCTED -> "Dựng lại, chưa kiểm chứng";
            case NOT_FOUND -> "Không tìm thấy";
            case VERIFIED -> "Đã kiểm chứng" + (p.verifiedBy() == null ? "" : " (" + p.verifiedBy()
                    + (p.verifiedOn() == null ? "" : ", " + DATE.format(p.verifiedOn())) + ")");
        };
        String source = p.status() == vn.sonla.ntm.rules.document.ProvenanceStatus.VERIFIED ? p.verifiedAgainst() : p.source();
        return label + (source == null ? "" : ": " + shorten(source, 240));
    }

    private static void title(Sheet sheet, Styles styles, CriteriaSetDocument set) {
        merged(sheet, 0, set.nameVi() == null ? set.code() : set.nameVi().toUpperCase(new Locale("vi")), styles.title);
        sheet.getRow(0).setHeightInPoints(36);
        LegalBasis legal = set.legalBasis();
        String decision = legal == null || legal.number() == null
                ? "(Chưa có căn cứ pháp lý)"
                : "(Ban hành kèm theo Quyết định số " + legal.number()
                        + (legal.date() == null ? "" : " ngày " + DATE.format(legal.date()))
                        + (legal.issuer() == null ? "" : " của " + legal.issuer()) + ")";
        merged(sheet, 1, decision, styles.subtitle);
        merged(sheet, 2, "Mã bộ tiêu chí " + set.code() + ", phiên bản " + set.version() + (set.status() == null ? "" : " — " + set.status()),
                styles.note);
    }

    private static void header(Sheet sheet, Styles styles) {
        Row row = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < HEADERS.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(HEADERS[c]);
            cell.setCellStyle(styles.header);
        }
    }

    private static int group(Sheet sheet, Styles styles, GroupDocument group, int r, Map<String, String> departmentNames) {
        Row heading = sheet.createRow(r);
        for (int c = 0; c <= LAST_COLUMN; c++) {
            heading.createCell(c).setCellStyle(styles.group);
        }
        heading.getCell(0).setCellValue(group.code() + ". " + (group.nameVi() == null ? "" : group.nameVi().toUpperCase(new Locale("vi"))));
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, LAST_COLUMN));
        r++;
        for (CriterionDocument criterion : group.criteria()) {
            r = criterion(sheet, styles, criterion, r, departmentNames);
        }
        return r;
    }

    private static int criterion(Sheet sheet, Styles styles, CriterionDocument criterion, int r, Map<String, String> departmentNames) {
        int first = r;
        List<IndicatorDocument> indicators = criterion.indicators().isEmpty() ? new ArrayList<>(java.util.Collections.singletonList(null))
                : criterion.indicators();
        for (IndicatorDocument indicator : indicators) {
            Row row = sheet.createRow(r);
            for (int c = 0; c <= LAST_COLUMN; c++) {
                row.createCell(c).setCellStyle(c == 0 ? styles.centred : styles.body);
            }
            if (indicator == null) {
                row.getCell(2).setCellValue("(Chưa có chỉ tiêu)");
            } else {
                row.getCell(2).setCellValue(indicator.code() + ". " + nullToEmpty(indicator.nameVi()));
                row.getCell(3).setCellValue(thresholdText(indicator.thresholds()));
                row.getCell(3).setCellStyle(styles.centred);
                row.getCell(4).setCellValue(nullToEmpty(indicator.unit()));
                row.getCell(6).setCellValue("Nội dung: " + provenanceText(indicator.provenance())
                        + (indicator.thresholds().isEmpty() ? "" : "\nChỉ tiêu: " + provenanceText(indicator.thresholds().get(0).provenance())));
            }
            r++;
        }
        Row top = sheet.getRow(first);
        top.getCell(0).setCellValue(criterion.code());
        top.getCell(1).setCellValue(nullToEmpty(criterion.nameVi()));
        String dept = criterion.departmentCode();
        top.getCell(5).setCellValue(dept == null ? "" : departmentNames.getOrDefault(dept, dept) + " (" + dept + ")");
        if (r - first > 1) {
            for (int c : new int[] {0, 1, 5}) {
                sheet.addMergedRegion(new CellRangeAddress(first, r - 1, c, c));
            }
        }
        return r;
    }

    private static void merged(Sheet sheet, int r, String text, CellStyle style) {
        Row row = sheet.createRow(r);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, LAST_COLUMN));
    }

    private static void layout(Sheet sheet) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter("Trang &P / &N");
    }

    private static String sheetName(CriteriaSetDocument set) {
        String name = set.code() + " v" + set.version();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The few cell styles of the appendix. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle note;
        final CellStyle header;
        final CellStyle group;
        final CellStyle body;
        final CellStyle centred;

        Styles(Workbook wb) {
            title = text(wb, true, false, 14, HorizontalAlignment.CENTER, false);
            subtitle = text(wb, false, true, 11, HorizontalAlignment.CENTER, false);
            note = text(wb, false, true, 9, HorizontalAlignment.CENTER, false);
            header = text(wb, true, false, 11, HorizontalAlignment.CENTER, true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            group = text(wb, true, false, 11, HorizontalAlignment.LEFT, true);
            group.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
            group.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            body = text(wb, false, false, 11, HorizontalAlignment.LEFT, true);
            centred = text(wb, false, false, 11, HorizontalAlignment.CENTER, true);
        }

        private static CellStyle text(Workbook wb, boolean bold, boolean italic, int size, HorizontalAlignment align, boolean border) {
            Font font = wb.createFont();
            font.setFontName("Times New Roman");
            font.setBold(bold);
            font.setItalic(italic);
            font.setFontHeightInPoints((short) size);
            CellStyle style = wb.createCellStyle();
            style.setFont(font);
            style.setWrapText(true);
            style.setAlignment(align);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            if (border) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            return style;
        }
    }
}
