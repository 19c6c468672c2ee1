package vn.sonla.ntm.funding.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report sheet laid out the way provincial offices file them: title rows naming the unit and year, "Đơn vị tính:
 * triệu đồng" on the right, bordered Vietnamese column headers, body rows, a bold total row. Amounts are written in
 * đồng — exact, and equal to the JSON — and shown in millions by the number format {@code #,##0.000,,}.
 */
final class ExcelTable {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String MILLIONS = "#,##0.000,,";

    enum Kind { BODY, GROUP, SUBTOTAL, TOTAL, NOTE }

    private record Line(Kind kind, List<Object> cells) {
    }

    private final List<String> titles = new ArrayList<>();
    private final List<String> headers = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final String sheetName;

    ExcelTable(String sheetName) {
        this.sheetName = sheetName;
    }

    ExcelTable title(String text) {
        titles.add(text);
        return this;
    }

    ExcelTable headers(String... names) {
        headers.addAll(List.of(names));
        return this;
    }

    /** A row: Strings as text, Long as đồng (shown in millions), BigDecimal as a percentage figure, null as blank. */
    ExcelTable row(Kind kind, Object... cells) {
        lines.add(new Line(kind, java.util.Arrays.asList(cells)));
        return this;
    }

    ExcelTable note(String text) {
        lines.add(new Line(Kind.NOTE, List.of(text)));
        return this;
    }

    byte[] write() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            int width = headers.size();
            Font bold = wb.createFont();
            bold.setBold(true);
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 13);
            CellStyle title = wb.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            CellStyle subtitle = wb.createCellStyle();
            subtitle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle unitNote = wb.createCellStyle();
            Font italic = wb.createFont();
            italic.setItalic(true);
            unitNote.setFont(italic);
            unitNote.setAlignment(HorizontalAlignment.RIGHT);
            CellStyle header = bordered(wb);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            short millions = wb.createDataFormat().getFormat(MILLIONS);
            short percent = wb.createDataFormat().getFormat("0.00");

            int r = 0;
            for (int i = 0; i < titles.size(); i++) {
                Row row = sheet.createRow(r);
                Cell c = row.createCell(0);
                c.setCellValue(titles.get(i));
                c.setCellStyle(i == 0 ? title : subtitle);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
                r++;
            }
            Row unitRow = sheet.createRow(r++);
            Cell unitCell = unitRow.createCell(width - 1);
            unitCell.setCellValue("Đơn vị tính: triệu đồng");
            unitCell.setCellStyle(unitNote);
            r++;
            Row headerRow = sheet.createRow(r++);
            headerRow.setHeightInPoints(32);
            for (int i = 0; i < width; i++) {
                Cell c = headerRow.createCell(i);
                c.setCellValue(headers.get(i));
                c.setCellStyle(header);
            }
            CellStyle[][] styles = new CellStyle[Kind.values().length][3];
            for (Kind kind : Kind.values()) {
                for (int t = 0; t < 3; t++) {
                    CellStyle s = bordered(wb);
                    if (kind == Kind.GROUP || kind == Kind.SUBTOTAL || kind == Kind.TOTAL) {
                        s.setFont(bold);
                    }
                    if (t == 1) {
                        s.setDataFormat(millions);
                    } else if (t == 2) {
                        s.setDataFormat(percent);
                    }
                    styles[kind.ordinal()][t] = s;
                }
            }
            for (Line line : lines) {
                Row row = sheet.createRow(r);
                if (line.kind() == Kind.NOTE) {
                    row.createCell(0).setCellValue((String) line.cells().get(0));
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
                    r++;
                    continue;
                }
                for (int i = 0; i < width; i++) {
                    Object v = i < line.cells().size() ? line.cells().get(i) : null;
                    Cell c = row.createCell(i);
                    if (v instanceof Long dong) {
                        c.setCellValue(dong.doubleValue());
                        c.setCellStyle(styles[line.kind().ordinal()][1]);
                    } else if (v instanceof BigDecimal pct) {
                        c.setCellValue(pct.doubleValue());
                        c.setCellStyle(styles[line.kind().ordinal()][2]);
                    } else {
                        if (v != null) {
                            c.setCellValue(v.toString());
                        }
                        c.setCellStyle(styles[line.kind().ordinal()][0]);
                    }
                }
                r++;
            }
            sheet.setColumnWidth(0, 7 * 256);
            sheet.setColumnWidth(1, 46 * 256);
            for (int i = 2; i < width; i++) {
                sheet.setColumnWidth(i, 17 * 256);
            }
            sheet.createFreezePane(0, titles.size() + 3);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle bordered(XSSFWorkbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }
}
