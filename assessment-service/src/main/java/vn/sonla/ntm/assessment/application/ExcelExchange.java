package vn.sonla.ntm.assessment.application;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.sonla.ntm.assessment.domain.Assessment;
import vn.sonla.ntm.assessment.domain.CriteriaSetSnapshot;
import vn.sonla.ntm.assessment.domain.IndicatorEntry;
import vn.sonla.ntm.assessment.domain.ValueInput;
import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.rules.IndicatorValue;
import vn.sonla.ntm.rules.Threshold;
import vn.sonla.ntm.rules.document.CriterionDocument;
import vn.sonla.ntm.rules.document.IndicatorDocument;

/**
 * The Excel template of an assessment (one row per indicator, a hidden locked key column) and its import: all or
 * nothing — if any row is refused nothing is written and every refused row is listed; otherwise every value is written
 * in one transaction with one audit entry.
 */
@ApplicationScoped
public class ExcelExchange {

    static final String SHEET = "Chi tieu";
    static final int HEADER_ROW = 4;
    static final int COL_KEY = 0;
    static final int COL_CODE = 1;
    static final int COL_VALUE = 7;
    static final int COL_NOTE = 8;
    static final int COL_SOURCE = 9;
    static final String[] HEADERS = {"key", "Mã chỉ tiêu", "Tiêu chí", "Chỉ tiêu", "Đơn vị", "Ngưỡng", "Giá trị hiện tại",
            "Giá trị nhập (số; Đạt/Không đạt)", "Ghi chú", "Nguồn số liệu"};

    /** The outcome of an import. */
    public record ImportReport(Assessment assessment, int rowsRead, List<String> changed) {
    }

    @Inject
    AssessmentBook book;

    @Inject
    Snapshots snapshots;

    @Transactional
    public byte[] template(long assessmentId) {
        Assessment a = book.read(assessmentId);
        CriteriaSetSnapshot snapshot = snapshots.byId(a.snapshotId());
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SHEET);
            CellStyle locked = wb.createCellStyle();
            locked.setLocked(true);
            CellStyle open = wb.createCellStyle();
            open.setLocked(false);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setLocked(true);
            row(sheet, 0).createCell(0).setCellValue("assessment");
            row(sheet, 0).createCell(1).setCellValue(a.id());
            row(sheet, 0).createCell(2).setCellValue("Phiếu tự đánh giá " + a.unitCode() + " — " + snapshot.code() + " v" + snapshot.version()
                    + " — năm " + a.year());
            row(sheet, 1).createCell(0).setCellValue("set");
            row(sheet, 1).createCell(1).setCellValue(snapshot.code() + " v" + snapshot.version());
            row(sheet, 2).createCell(2).setCellValue("Điền cột H (số, hoặc Đạt / Không đạt), cột I (ghi chú) và cột J (nguồn số liệu). "
                    + "Ô trống: giữ nguyên giá trị hiện tại.");
            Row header = row(sheet, HEADER_ROW);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell c = header.createCell(i);
                c.setCellValue(HEADERS[i]);
                c.setCellStyle(bold);
            }
            int r = HEADER_ROW + 1;
            for (CriterionDocument criterion : snapshot.document().criteria().toList()) {
                for (IndicatorDocument indicator : criterion.indicators()) {
                    Row row = row(sheet, r++);
                    text(row, COL_KEY, indicator.code(), locked);
                    text(row, COL_CODE, indicator.code(), locked);
                    text(row, 2, criterion.code() + ". " + criterion.nameVi(), locked);
                    text(row, 3, indicator.nameVi(), locked);
                    text(row, 4, indicator.unit() == null ? "" : indicator.unit(), locked);
                    text(row, 5, indicator.toRule().thresholdFor(a.communeClass()).map(Threshold::describe).orElse("chưa có ngưỡng"), locked);
                    IndicatorEntry entry = a.entry(indicator.code()).orElse(null);
                    text(row, 6, entry == null || entry.value() == null ? "" : shown(entry.value()), locked);
                    row.createCell(COL_VALUE).setCellStyle(open);
                    text(row, COL_NOTE, entry == null || entry.note() == null ? "" : entry.note(), open);
                    text(row, COL_SOURCE, entry == null || entry.dataSource() == null ? "" : entry.dataSource(), open);
                }
            }
            sheet.setColumnHidden(COL_KEY, true);
            for (int i = 1; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, i == 3 ? 60 * 256 : 18 * 256);
            }
            sheet.protectSheet("");
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a filled template and writes every value, or nothing when any row is refused. */
    @Transactional
    public ImportReport importValues(long assessmentId, String ifMatch, byte[] workbook) {
        Assessment a = book.editable(assessmentId, ifMatch);
        CriteriaSetSnapshot snapshot = snapshots.byId(a.snapshotId());
        Map<String, ValueInput> values = new LinkedHashMap<>();
        List<Problem.FieldError> refused = new ArrayList<>();
        int rowsRead = 0;
        try (Workbook wb = open(workbook)) {
            Sheet sheet = wb.getSheet(SHEET);
            if (sheet == null) {
                throw ProblemException.invalidField("file", "is not this service's template (no sheet '" + SHEET + "')");
            }
            Cell idCell = sheet.getRow(0) == null ? null : sheet.getRow(0).getCell(1);
            if (idCell == null || idCell.getCellType() != CellType.NUMERIC || (long) idCell.getNumericCellValue() != a.id()) {
                throw ProblemException.invalidField("file", "is the template of another assessment (cell B1 must be " + a.id() + ")");
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Set<String> seen = new HashSet<>();
            for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String code = formatter.formatCellValue(row.getCell(COL_KEY)).trim();
                if (code.isEmpty()) {
                    code = formatter.formatCellValue(row.getCell(COL_CODE)).trim();
                }
                Cell valueCell = row.getCell(COL_VALUE);
                String note = formatter.formatCellValue(row.getCell(COL_NOTE));
                String source = formatter.formatCellValue(row.getCell(COL_SOURCE));
                boolean blank = isBlank(valueCell, formatter);
                if (code.isEmpty()) {
                    if (!blank) {
                        refused.add(new Problem.FieldError("rows[" + (r + 1) + "]", "has a value but no indicator code"));
                    }
                    continue;
                }
                rowsRead++;
                String field = "rows[" + (r + 1) + "]." + code;
                if (!seen.add(code)) {
                    refused.add(new Problem.FieldError(field, "indicator " + code + " appears twice"));
                    continue;
                }
                IndicatorValue parsed;
                try {
                    parsed = parse(valueCell, formatter);
                } catch (IllegalArgumentException e) {
                    refused.add(new Problem.FieldError(field, e.getMessage()));
                    continue;
                }
                IndicatorEntry current = a.entry(code).orElse(null);
                IndicatorValue value = blank ? (current == null ? null : current.value()) : parsed;
                if (blank && current == null && note.isBlank() && source.isBlank()) {
                    continue;
                }
                ValueInput input = new ValueInput(value, note, source);
                Map<String, String> why = Assessment.refusalsOf(Map.of(code, input), snapshot.document());
                if (!why.isEmpty()) {
                    refused.add(new Problem.FieldError(field, why.values().iterator().next()));
                    continue;
                }
                values.put(code, input);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!refused.isEmpty()) {
            throw ProblemException.unprocessable("Import refused: nothing was written",
                    refused.size() + " row(s) refused; correct them and import the whole file again", refused);
        }
        Assessment updated = book.enterValues(assessmentId, ifMatch, values, Map.of(), "assessment.import");
        return new ImportReport(updated, rowsRead, new ArrayList<>(values.keySet()));
    }

    /** The workbook, or a 400 naming the file when the bytes are not an .xlsx workbook. */
    private static Workbook open(byte[] workbook) {
        if (workbook == null || workbook.length == 0) {
            throw ProblemException.invalidField("file", "is empty");
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(workbook));
        } catch (IOException | RuntimeException unreadable) {
            throw ProblemException.invalidField("file", "is not a readable .xlsx workbook");
        }
    }

    private static IndicatorValue parse(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case NUMERIC:
                return IndicatorValue.of(new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue())));
            case BOOLEAN:
                return IndicatorValue.of(cell.getBooleanCellValue());
            case BLANK:
                return null;
            default:
                String text = formatter.formatCellValue(cell).trim();
                String t = text.toLowerCase(Locale.ROOT);
                if (t.isEmpty()) {
                    return null;
                }
                if (t.equals("đạt") || t.equals("dat") || t.equals("có") || t.equals("true") || t.equals("x")) {
                    return IndicatorValue.of(true);
                }
                if (t.equals("không đạt") || t.equals("khong dat") || t.equals("không") || t.equals("false")) {
                    return IndicatorValue.of(false);
                }
                try {
                    return IndicatorValue.of(new BigDecimal(text.replace("%", "").replace(',', '.').trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + (text.length() > 30 ? text.substring(0, 30) + "…" : text)
                            + "' is neither a number nor Đạt / Không đạt");
                }
        }
    }

    private static boolean isBlank(Cell cell, DataFormatter formatter) {
        return cell == null || cell.getCellType() == CellType.BLANK || formatter.formatCellValue(cell).isBlank();
    }

    private static String shown(IndicatorValue v) {
        return v instanceof IndicatorValue.Flag f ? (f.fact() ? "Đạt" : "Không đạt") : v.toString();
    }

    private static Row row(Sheet sheet, int index) {
        Row r = sheet.getRow(index);
        return r == null ? sheet.createRow(index) : r;
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }
}
