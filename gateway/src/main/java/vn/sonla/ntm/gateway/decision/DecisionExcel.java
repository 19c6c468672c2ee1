package vn.sonla.ntm.gateway.decision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.sonla.ntm.decision.optimise.Proposal;
import vn.sonla.ntm.decision.whatif.WhatIf;

/**
 * Excel in the officials' way (as funding-service's reports, 0033): a title, "Đơn vị tính: triệu đồng", bordered
 * Vietnamese headers; money cells hold đồng shown in millions ({@code #,##0.000,,}) so the sheet equals the JSON.
 */
final class DecisionExcel {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private DecisionExcel() {
    }

    static byte[] proposal(Proposal p) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            Sheet communes = wb.createSheet("Xã");
            int r = title(communes, st, "PHƯƠNG ÁN PHÂN BỔ VỐN NĂM " + p.year(), p.summaryVi());
            r = header(communes, st, r, "Mã xã", "Tên xã", "Thí điểm", "Ghim", "Loại trừ", "Tiêu chí đạt", "Tiêu chí cần", "Đạt chuẩn",
                    "Tiêu chí được hỗ trợ", "Kinh phí", "Giải thích");
            for (Proposal.CommuneChoice c : p.communes()) {
                Row row = communes.createRow(r++);
                text(row, 0, c.unitCode(), st);
                text(row, 1, c.name(), st);
                text(row, 2, c.pilot() ? "x" : "", st);
                text(row, 3, c.pinned() ? "x" : "", st);
                text(row, 4, c.excluded() ? "x" : "", st);
                number(row, 5, c.criteriaMet(), st.plain);
                number(row, 6, c.criteriaRequired(), st.plain);
                text(row, 7, c.reachesStandard() ? "Đạt" : "Chưa đạt", st);
                text(row, 8, String.join(", ", c.criteriaClosed()), st);
                number(row, 9, c.cost(), st.money);
                text(row, 10, c.explanationVi(), st);
            }
            Sheet lines = wb.createSheet("Dòng vốn");
            r = title(lines, st, "CHI TIẾT NGUỒN VỐN THEO XÃ, TIÊU CHÍ, LĨNH VỰC", p.summaryVi());
            r = header(lines, st, r, "Mã xã", "Tiêu chí", "Lĩnh vực", "Nguồn vốn", "Số tiền");
            long total = 0;
            for (Proposal.FundingLine l : p.lines()) {
                Row row = lines.createRow(r++);
                text(row, 0, l.unitCode(), st);
                text(row, 1, l.criterionCode(), st);
                text(row, 2, l.fieldCode(), st);
                text(row, 3, l.sourceCode(), st);
                number(row, 4, l.amount(), st.money);
                total += l.amount();
            }
            Row sum = lines.createRow(r);
            text(sum, 0, "TỔNG CỘNG", st.bold);
            number(sum, 4, total, st.boldMoney);
            Sheet sources = wb.createSheet("Nguồn vốn");
            r = title(sources, st, "SỬ DỤNG NGUỒN VỐN", p.summaryVi());
            r = header(sources, st, r, "Nguồn vốn", "Ngân sách", "Đề xuất", "Còn lại");
            for (Proposal.SourceUse s : p.sources()) {
                Row row = sources.createRow(r++);
                text(row, 0, s.sourceCode(), st);
                number(row, 1, s.available(), st.money);
                number(row, 2, s.proposed(), st.money);
                number(row, 3, s.available() - s.proposed(), st.money);
            }
            return write(wb, List.of(communes, lines, sources));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] whatIf(WhatIf.Report report) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            Sheet sheet = wb.createSheet("Đánh giá lại");
            int r = title(sheet, st, "ĐÁNH GIÁ LẠI THEO BỘ TIÊU CHÍ " + report.target(), report.summaryVi());
            r = header(sheet, st, r, "Mã xã", "Tên xã", "Bộ đang áp dụng", "Kết quả hiện tại", "Kết quả theo bộ mới", "Thay đổi",
                    "Chỉ tiêu gây thay đổi", "Thiếu số liệu (bộ mới yêu cầu)", "Giải thích");
            for (WhatIf.CommuneOutcome o : report.outcomes()) {
                Row row = sheet.createRow(r++);
                text(row, 0, o.unitCode(), st);
                text(row, 1, o.name(), st);
                text(row, 2, o.assessedAgainst().toString(), st);
                text(row, 3, o.scoreBefore() + (o.reachedBefore() ? " (đạt)" : ""), st);
                text(row, 4, o.scoreAfter() + (o.reachedAfter() ? " (đạt)" : ""), st);
                text(row, 5, switch (o.change()) {
                    case GAINS -> "Đạt chuẩn mới";
                    case LOSES -> "Mất chuẩn";
                    case STILL_REACHES -> "Vẫn đạt";
                    case STILL_SHORT -> "Vẫn chưa đạt";
                }, st);
                text(row, 6, String.join(", ", o.causes().stream().map(WhatIf.IndicatorChange::indicatorCode).toList()), st);
                text(row, 7, String.join(", ", o.missingBecauseNew()), st);
                text(row, 8, o.explanationVi(), st);
            }
            return write(wb, List.of(sheet));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(XSSFWorkbook wb, List<Sheet> sheets) throws IOException {
        for (Sheet s : sheets) {
            for (int c = 0; c < 11; c++) {
                s.setColumnWidth(c, c == 10 || c == 8 ? 80 * 256 : 18 * 256);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    private static int title(Sheet sheet, Styles st, String title, String summary) {
        text(sheet.createRow(0), 0, title, st.bold);
        text(sheet.createRow(1), 0, summary, st.plainText);
        text(sheet.createRow(2), 0, "Đơn vị tính: triệu đồng · Lập ngày " + LocalDate.now(Decisions.VIETNAM), st.plainText);
        return 4;
    }

    private static int header(Sheet sheet, Styles st, int r, String... names) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < names.length; i++) {
            text(row, i, names[i], st.header);
        }
        return r + 1;
    }

    private static void text(Row row, int col, String value, Styles st) {
        text(row, col, value, st.cell);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(style);
    }

    private static void number(Row row, int col, long value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle cell;
        final CellStyle plainText;
        final CellStyle header;
        final CellStyle bold;
        final CellStyle money;
        final CellStyle boldMoney;
        final CellStyle plain;

        Styles(XSSFWorkbook wb) {
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            plainText = wb.createCellStyle();
            cell = bordered(wb);
            cell.setWrapText(true);
            header = bordered(wb);
            header.setFont(boldFont);
            header.setWrapText(true);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            money = bordered(wb);
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.000,,"));
            boldMoney = bordered(wb);
            boldMoney.setFont(boldFont);
            boldMoney.setDataFormat(wb.createDataFormat().getFormat("#,##0.000,,"));
            plain = bordered(wb);
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
}
