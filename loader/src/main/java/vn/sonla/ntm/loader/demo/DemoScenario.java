package vn.sonla.ntm.loader.demo;

import java.util.List;

/**
 * What the demo shows, as data: assessments of the national 2016–2020 set in every workflow state across five
 * districts of 2019, obstacles in every status, Mai Sơn's roadmaps, and capital plans of the province and four
 * districts for 2019–2021. Every text the APIs keep says it is demo data; decision numbers start with {@code DEMO-}.
 *
 * <p>Communes are chosen so that demo recognitions never sit beside a seeded real one (data/SOURCES.md): the
 * RECOGNISED cases are communes without a recognition in the seeded history, and the loader checks that again
 * before recognising. The pilot communes of plan 111 are left alone.
 */
public final class DemoScenario {

    public static final String SET_CODE = "ntm-xa-2016-2020";
    public static final int SET_VERSION = 1;
    public static final String PROVINCE = "14";
    public static final String NOTE = "Dữ liệu minh họa / demo data — không phải số liệu thật / not real figures.";
    public static final String MARK = " (minh họa / demo)";
    public static final String ISSUER = "UBND tỉnh Sơn La — dữ liệu minh họa / demo data";

    /** The workflow states of assessment-service. */
    public enum Target { DRAFT, SUBMITTED, IN_APPRAISAL, APPRAISED, RETURNED, RECOGNISED }

    /**
     * One assessment: the commune, its 2019 district, the year, the state to reach, who enters it (a district or the
     * commune itself), how many criteria fall short or miss a value, and for drafts the share of indicators entered.
     */
    public record AssessmentCase(String unitCode, String districtCode, int year, Target target, String editor, int failing,
                                 int missing, double fill, String decisionNumber, String decisionDate) {

        String key() {
            return unitCode + "/" + year;
        }

        static AssessmentCase of(String unit, String district, int year, Target target, int failing, int missing) {
            return new AssessmentCase(unit, district, year, target, "district-" + district, failing, missing, 1.0, null, null);
        }

        static AssessmentCase draft(String unit, String district, int year, String editor, double fill) {
            return new AssessmentCase(unit, district, year, Target.DRAFT, editor, 2, 0, fill, null, null);
        }

        static AssessmentCase recognised(String unit, String district, int year, String number, String date) {
            return new AssessmentCase(unit, district, year, Target.RECOGNISED, "district-" + district, 0, 0, 1.0, number, date);
        }
    }

    public static final List<AssessmentCase> ASSESSMENTS = List.of(
            // Mai Sơn (125)
            AssessmentCase.recognised("04123", "125", 2019, "DEMO-01/QĐ-UBND", "2019-12-16"), // Chiềng Mung
            AssessmentCase.of("04138", "125", 2020, Target.APPRAISED, 0, 0),                  // Cò Nòi: ready for the decision
            AssessmentCase.of("04135", "125", 2020, Target.IN_APPRAISAL, 1, 0),               // Hát Lót
            AssessmentCase.of("04132", "125", 2020, Target.SUBMITTED, 3, 0),                  // Chiềng Mai
            AssessmentCase.of("04111", "125", 2020, Target.RETURNED, 2, 1),                   // Mường Bằng
            AssessmentCase.of("04132", "125", 2019, Target.APPRAISED, 5, 0),                  // Chiềng Mai the year before
            AssessmentCase.draft("04108", "125", 2020, "commune-04108", 0.6),                // Chiềng Sung, entered by the commune
            AssessmentCase.draft("04117", "125", 2020, "commune-04117", 0.35),               // Mương Chanh
            // Thành phố Sơn La (116): its communes hold real recognitions, so nothing here is recognised
            AssessmentCase.of("03673", "116", 2020, Target.APPRAISED, 1, 0),                  // Chiềng Ngần
            AssessmentCase.of("03676", "116", 2020, Target.SUBMITTED, 0, 1),                  // Hua La
            // Mộc Châu (123)
            AssessmentCase.recognised("03985", "123", 2019, "DEMO-02/QĐ-UBND", "2019-12-16"), // Chiềng Sơn
            AssessmentCase.of("03988", "123", 2020, Target.IN_APPRAISAL, 2, 0),               // Tân Hợp
            AssessmentCase.of("03997", "123", 2020, Target.RETURNED, 1, 2),                   // Tân Lập
            AssessmentCase.draft("04030", "123", 2020, "district-123", 0.5),                 // Đông Sang
            // Yên Châu (124)
            AssessmentCase.recognised("04063", "124", 2020, "DEMO-03/QĐ-UBND", "2020-12-18"), // Chiềng Đông
            AssessmentCase.of("04078", "124", 2019, Target.APPRAISED, 2, 0),                  // Chiềng Hặc
            AssessmentCase.of("04087", "124", 2020, Target.SUBMITTED, 4, 0),                  // Yên Sơn
            AssessmentCase.draft("04066", "124", 2020, "district-124", 0.7),                 // Sập Vạt
            // Sông Mã (126)
            AssessmentCase.of("04177", "126", 2020, Target.IN_APPRAISAL, 5, 1),               // Chiềng Phung
            AssessmentCase.draft("04171", "126", 2020, "district-126", 0.4));                // Bó Sinh

    /** Verdicts on a RETURNED case: the department of this criterion disagrees, which is why the office returns it. */
    public static final String DISPUTED_CRITERION = "2";
    public static final String DISAGREEMENT = "Chưa có biên bản nghiệm thu đường trục thôn, bản; đề nghị bổ sung hồ sơ" + MARK;
    public static final String RETURN_REASON = "Tiêu chí 2 (Giao thông): Sở GTVT chưa thống nhất — thiếu biên bản nghiệm thu đường "
            + "trục thôn, bản; đề nghị huyện, xã bổ sung hồ sơ và chỉ tiêu còn thiếu rồi trình lại" + MARK;
    /** How many departments (in catalogue order) have given verdicts on an IN_APPRAISAL case, and before a return. */
    public static final int DEPARTMENTS_IN_APPRAISAL = 3;
    public static final int DEPARTMENTS_BEFORE_RETURN = 2;

    // ---- roadmaps (Mai Sơn)

    public record Milestone(String title, String dueDate, String doneOn) {
    }

    public record RoadmapCase(String unitCode, String districtCode, String targetLevel, int targetYear, String status,
                              List<Milestone> milestones) {
    }

    public static final List<RoadmapCase> ROADMAPS = List.of(
            new RoadmapCase("04123", "125", "ADVANCED", 2021, "IN_PROGRESS", List.of(
                    new Milestone("Rà soát hiện trạng theo Bộ tiêu chí nâng cao" + MARK, "2020-03-31", "2020-03-20"),
                    new Milestone("Hoàn thành tiêu chí Giao thông, Môi trường" + MARK, "2021-06-30", null),
                    new Milestone("Trình hồ sơ đề nghị công nhận" + MARK, "2021-10-31", null))),
            new RoadmapCase("04138", "125", "BASIC", 2020, "IN_PROGRESS", List.of(
                    new Milestone("Tự đánh giá 19 tiêu chí" + MARK, "2020-06-30", "2020-06-25"),
                    new Milestone("Thẩm định của các sở" + MARK, "2020-10-31", null))),
            new RoadmapCase("04135", "125", "BASIC", 2021, "PLANNED", List.of(
                    new Milestone("Hoàn thành tiêu chí Thu nhập" + MARK, "2021-06-30", null))),
            new RoadmapCase("04132", "125", "BASIC", 2021, "PLANNED", List.of(
                    new Milestone("Hoàn thành tiêu chí Hộ nghèo, Lao động" + MARK, "2021-09-30", null))),
            new RoadmapCase("04111", "125", "BASIC", 2022, "PLANNED", List.of()),
            new RoadmapCase("04108", "125", "BASIC", 2022, "PLANNED", List.of()));

    // ---- obstacles

    /** Raised by {@code raisedBy}; answered (and then closed) by the coordination office when {@code answer} is set. */
    public record ObstacleCase(String unitCode, String criterionCode, String raisedBy, String title, String description,
                               String answer, boolean close) {
    }

    public static final List<ObstacleCase> OBSTACLES = List.of(
            new ObstacleCase("04108", "17", "commune-04108", "Thiếu kinh phí xây dựng điểm tập kết rác thải" + MARK,
                    "Xã chưa bố trí được kinh phí xây dựng 03 điểm tập kết rác thải sinh hoạt tại các bản vùng cao; đề nghị tỉnh "
                            + "hỗ trợ từ nguồn vốn sự nghiệp môi trường. " + NOTE, null, false),
            new ObstacleCase("04111", "2", "district-125", "Vướng mắc giải phóng mặt bằng đường trục bản" + MARK,
                    "Một số hộ chưa đồng thuận hiến đất mở rộng đường trục bản Nà Cang, ảnh hưởng tiến độ tiêu chí Giao thông. "
                            + NOTE,
                    "Văn phòng Điều phối đề nghị UBND huyện chỉ đạo xã tổ chức đối thoại với các hộ dân, vận động hiến đất; "
                            + "trường hợp không đồng thuận thì điều chỉnh hướng tuyến. " + NOTE, false),
            new ObstacleCase("04030", "10", "district-123", "Hướng dẫn cách tính thu nhập bình quân đầu người" + MARK,
                    "Đề nghị hướng dẫn cách tính thu nhập bình quân đầu người khu vực nông thôn khi xã có nhiều hộ làm việc tại "
                            + "khu công nghiệp ngoài tỉnh. " + NOTE,
                    "Thực hiện theo hướng dẫn của Cục Thống kê tỉnh; thu nhập của lao động làm việc ngoài tỉnh gửi về hộ được "
                            + "tính vào thu nhập của hộ. " + NOTE, true),
            new ObstacleCase("124", null, "district-124", "Chậm hướng dẫn chấm điểm tiêu chí Văn hóa" + MARK,
                    "Huyện chưa nhận được hướng dẫn chấm điểm thôn, bản đạt chuẩn văn hóa theo bộ tiêu chí mới. " + NOTE,
                    null, false));

    // ---- funding

    /** One line of a capital plan (amount in đồng for the base year; later years are scaled). */
    public record Line(String sourceCode, String fieldCode, String criterionCode, long amount, Valuation valuation) {
        static Line of(String source, String field, String criterion, long amount) {
            return new Line(source, field, criterion, amount, null);
        }
    }

    /** A labour, land or in-kind line's valuation: amount = quantity × unit value. */
    public record Valuation(long quantity, String unit, long unitValue, String basis) {
    }

    /** Money of line {@code lineNo} (1-based) of a plan given to a district or commune, as a share of the line in per mille. */
    public record Allocation(int lineNo, String recipientCode, int perMille) {
    }

    /** A plan of a unit for every demo year, drafted by {@code drafter}, approved by the finance planner. */
    public record PlanCase(String unitCode, String drafter, String title, List<Line> lines, List<Allocation> allocations) {
    }

    public static final List<Integer> FUNDING_YEARS = List.of(2019, 2020, 2021);
    /** Later years grow or shrink from 2019's lines (per mille). */
    public static final int[] YEAR_SCALE = {1000, 1150, 900};
    /** Of each allocation: disbursed at mid-year and at year end (per mille); the last year only the first. */
    public static final int[] DISBURSED = {550, 300};

    private static final long TY = 1_000_000_000L;
    private static final long TRIEU = 1_000_000L;

    public static final List<PlanCase> PLANS = List.of(
            new PlanCase(PROVINCE, "finance", "Kế hoạch vốn xây dựng NTM tỉnh Sơn La" + MARK, List.of(
                    Line.of("NSTW_DTPT", "HT_GIAO_THONG", "2", 24 * TY),
                    Line.of("NSTW_SN", "SAN_XUAT", "10", 6 * TY),
                    Line.of("NS_TINH", "HT_TRUONG_HOC", "5", 8 * TY),
                    Line.of("NS_TINH", "CANH_QUAN_MOI_TRUONG", "17", 3 * TY),
                    Line.of("LONG_GHEP", "HT_THUY_LOI", "3", 5 * TY),
                    Line.of("TIN_DUNG", "SAN_XUAT", "13", 40 * TY),
                    Line.of("DOANH_NGHIEP", "SAN_XUAT", "10", 4 * TY)),
                    List.of(new Allocation(1, "125", 320), new Allocation(1, "123", 250), new Allocation(1, "124", 200),
                            new Allocation(1, "116", 120), new Allocation(2, "125", 300), new Allocation(2, "126", 250),
                            new Allocation(3, "125", 400), new Allocation(3, "123", 300), new Allocation(4, "124", 500),
                            new Allocation(5, "123", 600))),
            new PlanCase("125", "district-125", "Kế hoạch vốn NTM huyện Mai Sơn" + MARK, districtLines(1400 * TRIEU),
                    List.of(new Allocation(1, "04123", 400), new Allocation(1, "04138", 300), new Allocation(1, "04111", 200),
                            new Allocation(2, "04135", 500), new Allocation(2, "04132", 400), new Allocation(3, "04108", 600),
                            new Allocation(4, "04123", 600), new Allocation(7, "04138", 500))),
            new PlanCase("116", "district-116", "Kế hoạch vốn NTM thành phố Sơn La" + MARK, districtLines(900 * TRIEU),
                    List.of(new Allocation(1, "03673", 500), new Allocation(1, "03676", 400), new Allocation(2, "03676", 600))),
            new PlanCase("123", "district-123", "Kế hoạch vốn NTM huyện Mộc Châu" + MARK, districtLines(1200 * TRIEU),
                    List.of(new Allocation(1, "03985", 450), new Allocation(1, "03988", 350), new Allocation(2, "03997", 500),
                            new Allocation(3, "04030", 700))),
            new PlanCase("124", "district-124", "Kế hoạch vốn NTM huyện Yên Châu" + MARK, districtLines(1000 * TRIEU),
                    List.of(new Allocation(1, "04063", 500), new Allocation(1, "04087", 300), new Allocation(2, "04078", 600),
                            new Allocation(3, "04066", 500))));

    /** A district's own budget, community and enterprise money; {@code base} sizes it. */
    private static List<Line> districtLines(long base) {
        return List.of(
                Line.of("NS_HUYEN", "HT_GIAO_THONG", "2", 2 * base),
                Line.of("NS_HUYEN", "HT_VAN_HOA", "6", base),
                Line.of("NS_XA", "CANH_QUAN_MOI_TRUONG", "17", base / 2),
                Line.of("CONG_DONG_TIEN", "HT_GIAO_THONG", "2", base / 2),
                new Line("CONG_DONG_NGAY_CONG", "HT_GIAO_THONG", "2", 4000 * 150_000L,
                        new Valuation(4000, "ngày công", 150_000, "Đơn giá ngày công lao động phổ thông của huyện" + MARK)),
                new Line("CONG_DONG_DAT", "HT_GIAO_THONG", "2", 2500 * 80_000L,
                        new Valuation(2500, "m²", 80_000, "Giá đất nông nghiệp theo bảng giá đất của tỉnh" + MARK)),
                Line.of("DOANH_NGHIEP", "SAN_XUAT", "10", base + base / 4));
    }

    /** The one disbursement the demo reverses in part: Mai Sơn's 2020 roads allocation to Chiềng Mung, mid-year. */
    public static final String REVERSED_UNIT = "125";
    public static final int REVERSED_YEAR = 2020;
    public static final int REVERSED_LINE = 1;
    public static final String REVERSED_RECIPIENT = "04123";
    public static final String REVERSAL_REASON = "Thu hồi một phần do khối lượng nghiệm thu giảm" + MARK;

    private DemoScenario() {
    }
}
