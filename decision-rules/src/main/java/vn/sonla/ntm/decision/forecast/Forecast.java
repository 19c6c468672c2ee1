package vn.sonla.ntm.decision.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import vn.sonla.ntm.decision.Money;

/**
 * The likely value of a plan target at its deadline, from what is already achieved and what is in the pipeline:
 * communes in appraisal whose self-assessment already reaches what the target counts (they count if they can be
 * decided before the deadline), and communes whose remaining gaps are fully funded by allocations (they count if there
 * is time to do the works). The assumptions are parameters and are said in the reason, so an official can disagree
 * with them.
 */
public final class Forecast {

    private Forecast() {
    }

    public enum Outlook {
        MET,
        ON_TRACK,
        AT_RISK,
        MISSED,
        NOT_EVALUABLE
    }

    /** A commune behind a number. */
    public record CommuneFact(String unitCode, String name, String detail) {
    }

    /** A commune not yet counted whose gaps to the target have a cost, and what is allocated to it this year. */
    public record FundedGap(String unitCode, String name, long gapCost, long allocated) {
        public boolean fullyFunded() {
            return gapCost > 0 && allocated >= gapCost;
        }
    }

    /**
     * The facts of one target: what it counts (its label), how many it requires, how many are achieved, the pipeline.
     *
     * @param evaluable false when the target cannot be counted yet (e.g. no published set used)
     */
    public record TargetFacts(String targetKey, String labelVi, String labelEn, int required, int achieved, LocalDate deadline,
                              boolean evaluable, List<CommuneFact> inAppraisal, List<FundedGap> gaps) {
        public TargetFacts {
            Objects.requireNonNull(deadline, "deadline");
            inAppraisal = inAppraisal == null ? List.of() : List.copyOf(inAppraisal);
            gaps = gaps == null ? List.of() : List.copyOf(gaps);
        }
    }

    /**
     * @param appraisalDays days an appraisal and decision take (a commune in appraisal counts only if the deadline is at
     *                      least this far away)
     * @param worksDays     days the works of a funded gap take before the commune can be assessed and recognised
     */
    public record Assumptions(int appraisalDays, int worksDays) {
        public static Assumptions defaults() {
            return new Assumptions(60, 270);
        }
    }

    public record Outcome(String targetKey, int required, int achieved, int fromAppraisal, int fromFunding, int likely, LocalDate deadline,
                          Outlook outlook, List<CommuneFact> counted, List<FundedGap> notFunded, String reasonVi, String reasonEn) {
        public Outcome {
            counted = List.copyOf(counted);
            notFunded = List.copyOf(notFunded);
        }
    }

    public static Outcome forecast(TargetFacts t, LocalDate today, Assumptions a) {
        String label = t.labelVi();
        if (!t.evaluable()) {
            return new Outcome(t.targetKey(), t.required(), 0, 0, 0, 0, t.deadline(), Outlook.NOT_EVALUABLE, List.of(), List.of(),
                    "Chưa thể dự báo \"" + label + "\": chưa có số liệu đánh giá theo bộ tiêu chí đã ban hành.",
                    "\"" + t.labelEn() + "\" cannot be forecast: no assessment against a published criteria set yet.");
        }
        if (t.achieved() >= t.required()) {
            return new Outcome(t.targetKey(), t.required(), t.achieved(), 0, 0, t.achieved(), t.deadline(), Outlook.MET, List.of(), List.of(),
                    "\"" + label + "\" đã đạt: " + t.achieved() + "/" + t.required() + ".",
                    "\"" + t.labelEn() + "\" is met: " + t.achieved() + " of " + t.required() + ".");
        }
        if (today.isAfter(t.deadline())) {
            return new Outcome(t.targetKey(), t.required(), t.achieved(), 0, 0, t.achieved(), t.deadline(), Outlook.MISSED, List.of(), List.of(),
                    "\"" + label + "\" không đạt: hạn " + vi(t.deadline()) + " đã qua với " + t.achieved() + "/" + t.required() + ".",
                    "\"" + t.labelEn() + "\" was missed: the deadline " + t.deadline() + " passed at " + t.achieved() + " of " + t.required() + ".");
        }
        long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(today, t.deadline());
        List<CommuneFact> counted = new ArrayList<>();
        int fromAppraisal = 0;
        if (daysLeft >= a.appraisalDays()) {
            for (CommuneFact c : t.inAppraisal()) {
                counted.add(c);
                fromAppraisal++;
            }
        }
        int fromFunding = 0;
        List<FundedGap> notFunded = new ArrayList<>();
        boolean worksInTime = daysLeft >= a.worksDays();
        for (FundedGap g : t.gaps()) {
            if (g.fullyFunded() && worksInTime) {
                counted.add(new CommuneFact(g.unitCode(), g.name(), "allocated " + g.allocated() + " of " + g.gapCost()));
                fromFunding++;
            } else {
                notFunded.add(g);
            }
        }
        int likely = t.achieved() + fromAppraisal + fromFunding;
        Outlook outlook = likely >= t.required() ? Outlook.ON_TRACK : Outlook.AT_RISK;
        StringBuilder vi = new StringBuilder("\"" + label + "\": đạt " + t.achieved() + "/" + t.required() + ", dự kiến " + likely
                + " đến " + vi(t.deadline()));
        StringBuilder en = new StringBuilder("\"" + t.labelEn() + "\": " + t.achieved() + " of " + t.required() + " so far, likely " + likely
                + " by " + t.deadline());
        vi.append(" (").append(fromAppraisal).append(" xã đang thẩm định");
        en.append(" (").append(fromAppraisal).append(" in appraisal");
        if (!t.inAppraisal().isEmpty() && fromAppraisal == 0) {
            vi.append(" — không kịp: thẩm định cần khoảng ").append(a.appraisalDays()).append(" ngày");
            en.append(" — too late: an appraisal takes about ").append(a.appraisalDays()).append(" days");
        }
        vi.append(", ").append(fromFunding).append(" xã đã được bố trí đủ vốn cho phần còn thiếu");
        en.append(", ").append(fromFunding).append(" with their remaining gaps fully funded");
        if (!worksInTime && t.gaps().stream().anyMatch(FundedGap::fullyFunded)) {
            vi.append(" — không kịp: thi công cần khoảng ").append(a.worksDays()).append(" ngày");
            en.append(" — too late: the works take about ").append(a.worksDays()).append(" days");
        }
        vi.append(")");
        en.append(")");
        if (outlook == Outlook.ON_TRACK) {
            vi.append(": đúng tiến độ.");
            en.append(": on track.");
        } else {
            int shortBy = t.required() - likely;
            long missing = notFunded.stream().mapToLong(g -> Math.max(0, g.gapCost() - g.allocated())).sum();
            vi.append(": có nguy cơ không đạt, còn thiếu ").append(shortBy).append(" xã");
            en.append(": at risk, ").append(shortBy).append(" short");
            if (!notFunded.isEmpty() && missing > 0) {
                String names = notFunded.stream().limit(5).map(FundedGap::name).collect(Collectors.joining(", "));
                vi.append("; các xã gần nhất (").append(names).append(") còn thiếu vốn ").append(Money.vi(missing));
                en.append("; the nearest communes (").append(names).append(") lack ").append(Money.en(missing));
            }
            vi.append(".");
            en.append(".");
        }
        return new Outcome(t.targetKey(), t.required(), t.achieved(), fromAppraisal, fromFunding, likely, t.deadline(), outlook, counted,
                notFunded, vi.toString(), en.toString());
    }

    private static String vi(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
