package vn.sonla.ntm.funding.api;

import java.time.format.DateTimeFormatter;

import vn.sonla.ntm.funding.application.ReportViews;
import vn.sonla.ntm.funding.application.ReportViews.Amounts;
import vn.sonla.ntm.funding.domain.SourceKind;
import vn.sonla.ntm.funding.domain.UnitLevel;

/** The Excel versions of the four reports: the same figures as the JSON, in the officials' layout. */
final class ExcelReports {

    static final String TOTAL = "TỔNG CỘNG";
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ExcelReports() {
    }

    static byte[] mobilisation(ReportViews.Mobilisation m) {
        ExcelTable t = new ExcelTable("Huy động nguồn lực")
                .title("KẾT QUẢ HUY ĐỘNG NGUỒN LỰC XÂY DỰNG NÔNG THÔN MỚI NÂNG CAO NĂM " + m.year())
                .title(unitLine(m.unit()))
                .headers("STT", "Nguồn vốn", "Loại nguồn", "Kế hoạch vốn", "Đã phân bổ", "Đã giải ngân",
                        "Tỷ lệ giải ngân (%)", "Cơ cấu kế hoạch (%)");
        int no = 1;
        for (ReportViews.SourceRow r : m.sources()) {
            t.row(ExcelTable.Kind.BODY, Integer.toString(no++), r.nameVi(), kindName(r.kind()), r.amounts().planned(),
                    r.amounts().allocated(), r.amounts().disbursed(), r.amounts().disbursementRate(), r.shareOfPlanned());
        }
        for (ReportViews.KindRow k : m.byKind()) {
            t.row(ExcelTable.Kind.SUBTOTAL, null, k.nameVi(), null, k.amounts().planned(), k.amounts().allocated(),
                    k.amounts().disbursed(), k.amounts().disbursementRate(), k.shareOfPlanned());
        }
        total(t, m.total(), true);
        return footer(t, m.generatedAt()).write();
    }

    static byte[] execution(ReportViews.Execution e) {
        ExcelTable t = new ExcelTable("Thực hiện kế hoạch vốn")
                .title("TÌNH HÌNH PHÂN BỔ, GIẢI NGÂN VỐN XÂY DỰNG NÔNG THÔN MỚI NÂNG CAO NĂM " + e.year())
                .title(unitLine(e.unit()))
                .headers("STT", "Đơn vị", "Kế hoạch vốn", "Đã phân bổ", "Đã giải ngân", "Tỷ lệ giải ngân (%)");
        Amounts own = e.ownLevel();
        t.row(ExcelTable.Kind.GROUP, "I", "Kế hoạch vốn cấp " + levelName(e.unit().level()) + " (" + e.unit().name() + ")",
                own.planned(), own.allocated(), own.disbursed(), own.disbursementRate());
        int no = 1;
        for (ReportViews.DistrictRow d : e.districts()) {
            t.row(ExcelTable.Kind.GROUP, Integer.toString(no), d.name(), d.amounts().planned(), d.amounts().allocated(),
                    d.amounts().disbursed(), d.amounts().disbursementRate());
            int sub = 1;
            for (ReportViews.CommuneRow c : d.communes()) {
                t.row(ExcelTable.Kind.BODY, no + "." + sub++, "   " + c.name(), c.amounts().planned(),
                        c.amounts().allocated(), c.amounts().disbursed(), c.amounts().disbursementRate());
            }
            no++;
        }
        Amounts total = e.total();
        t.row(ExcelTable.Kind.TOTAL, null, TOTAL, total.planned(), total.allocated(), total.disbursed(),
                total.disbursementRate());
        t.note("Kế hoạch vốn của một dòng: các kế hoạch lập cho chính đơn vị đó; Đã phân bổ: vốn phân bổ tới đơn vị đó "
                + "từ các kế hoạch trong phạm vi báo cáo.");
        return footer(t, e.generatedAt()).write();
    }

    static byte[] spending(ReportViews.Spending s) {
        ExcelTable t = new ExcelTable("Cơ cấu theo lĩnh vực")
                .title("CƠ CẤU VỐN XÂY DỰNG NÔNG THÔN MỚI NÂNG CAO THEO LĨNH VỰC VÀ TIÊU CHÍ NĂM " + s.year())
                .title(unitLine(s.unit()))
                .headers("STT", "Lĩnh vực / Tiêu chí", "Hạ tầng", "Kế hoạch vốn", "Đã phân bổ", "Đã giải ngân",
                        "Tỷ lệ giải ngân (%)", "Cơ cấu kế hoạch (%)");
        t.row(ExcelTable.Kind.GROUP, "A", "Theo lĩnh vực");
        int no = 1;
        for (ReportViews.FieldRow f : s.fields()) {
            t.row(ExcelTable.Kind.BODY, Integer.toString(no++), f.nameVi(), f.infrastructure() ? "x" : null,
                    f.amounts().planned(), f.amounts().allocated(), f.amounts().disbursed(),
                    f.amounts().disbursementRate(), f.shareOfPlanned());
        }
        total(t, s.total(), true);
        t.row(ExcelTable.Kind.GROUP, "B", "Theo tiêu chí");
        for (ReportViews.CriterionRow c : s.criteria()) {
            t.row(ExcelTable.Kind.BODY, c.criterionCode() == null ? "-" : c.criterionCode(),
                    c.criterionCode() == null ? "Không gắn tiêu chí" : "Tiêu chí " + c.criterionCode(), null,
                    c.amounts().planned(), c.amounts().allocated(), c.amounts().disbursed(), c.amounts().disbursementRate());
        }
        var infra = s.infrastructure();
        t.row(ExcelTable.Kind.SUBTOTAL, "C", "Trong đó: hạ tầng kinh tế - xã hội", "x", infra.amounts().planned(),
                infra.amounts().allocated(), infra.amounts().disbursed(),
                infra.amounts().disbursementRate(), infra.shareOfPlanned());
        t.note("Định hướng của kế hoạch: " + infra.planWords());
        t.note(infra.maxSharePercent() == null
                ? "Tỷ trọng tối đa cho hạ tầng: chưa quy định (Kế hoạch 111 chỉ nêu \"một phần vốn\")."
                : "Tỷ trọng tối đa cho hạ tầng: " + infra.maxSharePercent().toPlainString() + "% ("
                + infra.guidanceDecisionRef() + ") — " + (Boolean.TRUE.equals(infra.withinGuidance()) ? "đạt" : "vượt"));
        t.note("Gắn lĩnh vực với tiêu chí: dựng lại (reconstructed), chưa đối chiếu văn bản chính thức.");
        return footer(t, s.generatedAt()).write();
    }

    static byte[] history(ReportViews.History h) {
        ExcelTable t = new ExcelTable("Lịch sử nguồn vốn")
                .title("NGUỒN VỐN XÂY DỰNG NÔNG THÔN MỚI QUA CÁC NĂM")
                .title(h.unit().name() + " (mã " + h.unit().code() + "), gồm số liệu của các đơn vị trước sáp nhập")
                .headers("Năm", "Đơn vị ghi nhận / Nguồn vốn", "Quan hệ", "Kế hoạch vốn", "Đã phân bổ", "Đã giải ngân",
                        "Tỷ lệ giải ngân (%)");
        for (ReportViews.HistoryRow r : h.rows()) {
            t.row(ExcelTable.Kind.BODY, Integer.toString(r.year()), r.originName() + " (" + r.originCode() + ") — "
                            + (r.sourceNameVi() == null ? r.sourceCode() : r.sourceNameVi()), originName(r.origin()),
                    r.amounts().planned(), r.amounts().allocated(), r.amounts().disbursed(), r.amounts().disbursementRate());
        }
        for (ReportViews.HistoryYear y : h.years()) {
            t.row(ExcelTable.Kind.SUBTOTAL, Integer.toString(y.year()), "Cộng năm " + y.year(), null, y.amounts().planned(),
                    y.amounts().allocated(), y.amounts().disbursed(), y.amounts().disbursementRate());
        }
        Amounts total = h.total();
        t.row(ExcelTable.Kind.TOTAL, null, TOTAL, null, total.planned(), total.allocated(), total.disbursed(),
                total.disbursementRate());
        return footer(t, h.generatedAt()).write();
    }

    private static void total(ExcelTable t, Amounts total, boolean withShare) {
        t.row(ExcelTable.Kind.TOTAL, null, TOTAL, null, total.planned(), total.allocated(), total.disbursed(),
                total.disbursementRate(), withShare && total.planned() > 0 ? java.math.BigDecimal.valueOf(100) : null);
    }

    private static ExcelTable footer(ExcelTable t, java.time.OffsetDateTime at) {
        return t.note("Số liệu lập ngày " + at.atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).format(VN_DATE)
                + " từ sổ theo dõi vốn NTM nâng cao; số tiền lưu theo đồng, hiển thị theo triệu đồng.");
    }

    private static String unitLine(ReportViews.UnitHeader u) {
        return u.name() + " (mã " + u.code() + ")";
    }

    private static String kindName(SourceKind kind) {
        return kind == SourceKind.BUDGET ? "Ngân sách" : "Huy động";
    }

    private static String levelName(UnitLevel level) {
        return switch (level) {
            case PROVINCE -> "tỉnh";
            case DISTRICT -> "huyện";
            case COMMUNE -> "xã";
        };
    }

    private static String originName(String origin) {
        return switch (origin) {
            case "SELF" -> "Chính đơn vị";
            case "PARTIAL" -> "Tiền thân (một phần)";
            default -> "Tiền thân";
        };
    }
}
