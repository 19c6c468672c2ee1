package vn.sonla.ntm.decision.gap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import vn.sonla.ntm.decision.Money;
import vn.sonla.ntm.decision.optimise.CommuneCase;
import vn.sonla.ntm.decision.optimise.CriterionGap;
import vn.sonla.ntm.rules.CriterionResult;
import vn.sonla.ntm.rules.Evaluation;
import vn.sonla.ntm.rules.IndicatorResult;
import vn.sonla.ntm.rules.IndicatorStatus;

/**
 * What it costs to close a commune's gaps (decision 0091). Each open indicator of the latest evaluation is priced by,
 * in this order: the district's estimate (an amount, or a quantity at the office's unit cost), else the office's unit
 * cost (per unit of shortfall, e.g. per percentage point, or a lump sum), else it stays unpriced and says why. A
 * criterion is priced when all its open indicators are; the cost to reach the standard is the sum of the cheapest
 * priced criteria the commune still needs.
 */
public final class GapCosting {

    private GapCosting() {
    }

    /** How the office's unit cost applies. */
    public enum Mode {
        /** Amount × the indicator's shortfall in its own unit (e.g. per percentage point of roads hardened). */
        PER_SHORTFALL_UNIT,
        /** Amount × a quantity the district gives in the estimate (e.g. per km of road). */
        PER_QUANTITY,
        /** One amount for the whole indicator (e.g. building a cultural house). */
        LUMP_SUM
    }

    public enum Basis {
        ESTIMATE,
        ESTIMATE_QUANTITY_AT_UNIT_COST,
        UNIT_COST_SHORTFALL,
        UNIT_COST_LUMP_SUM,
        NONE
    }

    /** The office's unit cost of an indicator (per criteria set). */
    public record UnitCost(String indicatorCode, Mode mode, long amountPerUnit, String unit, String fieldCode, String basis) {
        public UnitCost {
            Objects.requireNonNull(indicatorCode, "indicatorCode");
            Objects.requireNonNull(mode, "mode");
        }
    }

    /** A share of an estimate the district expects from one source. */
    public record SourceShare(String sourceCode, int percent) {
    }

    /** A district's estimate for one open indicator of an assessment: an amount, or a quantity at the unit cost. */
    public record Estimate(String indicatorCode, String fieldCode, Long amount, BigDecimal quantity, List<SourceShare> sources, String note) {
        public Estimate {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    public record IndicatorCost(String indicatorCode, String criterionCode, IndicatorStatus status, Long cost, String fieldCode, Basis basis,
                                List<SourceShare> sources, String howVi, String howEn) {
        public IndicatorCost {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    public record CriterionCost(String criterionCode, boolean priced, Long total, Map<String, Long> byField, List<IndicatorCost> indicators) {
        public CriterionCost {
            indicators = List.copyOf(indicators);
            byField = byField == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(byField));
        }
    }

    /**
     * @param costToStandard the cheapest money that closes the criteria still needed; null when too few are priced
     */
    public record CommuneGapCost(int criteriaMet, int criteriaTotal, int criteriaRequired, int criteriaStillNeeded, boolean standardReached,
                                 Long costToStandard, List<String> criteriaForStandard, long costOfAllPriced, int criteriaPriced,
                                 List<String> criteriaUnpriced, List<CriterionCost> criteria, String explanationVi, String explanationEn) {
        public CommuneGapCost {
            criteriaForStandard = List.copyOf(criteriaForStandard);
            criteriaUnpriced = List.copyOf(criteriaUnpriced);
            criteria = List.copyOf(criteria);
        }

        /** The optimiser's view of this commune. */
        public CommuneCase toCase(String unitCode, String name, boolean pilot) {
            List<CriterionGap> gaps = criteria.stream().filter(CriterionCost::priced)
                    .map(c -> new CriterionGap(c.criterionCode(), c.indicators().stream().map(IndicatorCost::indicatorCode).toList(), c.byField()))
                    .toList();
            return new CommuneCase(unitCode, name, pilot, criteriaMet, criteriaRequired, gaps, criteriaUnpriced);
        }
    }

    /** Prices the open indicators of an evaluation. */
    public static CommuneGapCost cost(Evaluation e, Map<String, Estimate> estimates, Map<String, UnitCost> unitCosts) {
        List<CriterionCost> criteria = new ArrayList<>();
        for (CriterionResult c : e.criteria()) {
            if (c.isMet()) {
                continue;
            }
            List<IndicatorCost> indicators = new ArrayList<>();
            Map<String, Long> byField = new TreeMap<>();
            boolean priced = !c.openIndicators().isEmpty();
            long total = 0;
            for (IndicatorResult r : c.openIndicators()) {
                IndicatorCost ic = price(r, estimates.get(r.code()), unitCosts.get(r.code()));
                indicators.add(ic);
                if (ic.cost() == null) {
                    priced = false;
                } else {
                    total = Math.addExact(total, ic.cost());
                    byField.merge(ic.fieldCode(), ic.cost(), Long::sum);
                }
            }
            criteria.add(new CriterionCost(c.code(), priced, priced ? total : null, priced ? byField : Map.of(), indicators));
        }
        int still = e.gap().criteriaStillNeeded();
        List<CriterionCost> pricedList = criteria.stream().filter(CriterionCost::priced)
                .sorted(Comparator.comparingLong(CriterionCost::total).thenComparing(CriterionCost::criterionCode)).toList();
        Long toStandard = null;
        List<String> forStandard = List.of();
        if (still == 0) {
            toStandard = 0L;
        } else if (pricedList.size() >= still) {
            toStandard = pricedList.stream().limit(still).mapToLong(CriterionCost::total).sum();
            forStandard = pricedList.stream().limit(still).map(CriterionCost::criterionCode).toList();
        }
        long all = pricedList.stream().mapToLong(CriterionCost::total).sum();
        List<String> unpriced = criteria.stream().filter(c -> !c.priced()).map(CriterionCost::criterionCode).toList();
        String vi;
        String en;
        if (e.standardReached()) {
            vi = "Đã đạt chuẩn (" + e.score() + " tiêu chí).";
            en = "Reaches the standard (" + e.score() + " criteria).";
        } else if (toStandard != null) {
            vi = "Còn thiếu " + still + " tiêu chí; chi phí thấp nhất để đạt chuẩn " + Money.vi(toStandard) + " (tiêu chí "
                    + String.join(", ", forStandard) + ").";
            en = still + " criteria short; the cheapest way to the standard costs " + Money.en(toStandard) + " (criteria "
                    + String.join(", ", forStandard) + ").";
        } else {
            vi = "Còn thiếu " + still + " tiêu chí nhưng chỉ " + pricedList.size() + " tiêu chí có ước tính chi phí; chưa ước tính: tiêu chí "
                    + String.join(", ", unpriced) + ".";
            en = still + " criteria short but only " + pricedList.size() + " are costed; not yet costed: criteria " + String.join(", ", unpriced) + ".";
        }
        return new CommuneGapCost(e.criteriaMet(), e.criteriaTotal(), e.criteriaRequired(), still, e.standardReached(), toStandard, forStandard,
                all, pricedList.size(), unpriced, criteria, vi, en);
    }

    static IndicatorCost price(IndicatorResult r, Estimate estimate, UnitCost unitCost) {
        String code = r.code();
        if (estimate != null && estimate.amount() != null) {
            return new IndicatorCost(code, r.criterionCode(), r.status(), estimate.amount(), field(estimate, unitCost), Basis.ESTIMATE,
                    estimate.sources(), "ước tính của huyện: " + Money.vi(estimate.amount()), "district's estimate: " + Money.en(estimate.amount()));
        }
        if (estimate != null && estimate.quantity() != null) {
            if (unitCost == null || unitCost.mode() != Mode.PER_QUANTITY) {
                return unpriced(r, estimate, "huyện đã ghi khối lượng " + plain(estimate.quantity()) + " nhưng chưa có đơn giá theo khối lượng",
                        "the district gave a quantity of " + plain(estimate.quantity()) + " but there is no unit cost per quantity");
            }
            long cost = times(estimate.quantity(), unitCost.amountPerUnit());
            String unit = unitCost.unit() == null ? "" : " " + unitCost.unit();
            return new IndicatorCost(code, r.criterionCode(), r.status(), cost, field(estimate, unitCost), Basis.ESTIMATE_QUANTITY_AT_UNIT_COST,
                    estimate.sources(), plain(estimate.quantity()) + unit + " × " + Money.vi(unitCost.amountPerUnit()) + " = " + Money.vi(cost),
                    plain(estimate.quantity()) + unit + " × " + Money.en(unitCost.amountPerUnit()) + " = " + Money.en(cost));
        }
        if (unitCost != null && r.status() == IndicatorStatus.NOT_MET) {
            if (unitCost.mode() == Mode.LUMP_SUM) {
                return new IndicatorCost(code, r.criterionCode(), r.status(), unitCost.amountPerUnit(), unitCost.fieldCode(),
                        Basis.UNIT_COST_LUMP_SUM, List.of(), "đơn giá trọn gói của Văn phòng Điều phối: " + Money.vi(unitCost.amountPerUnit()),
                        "the office's lump sum: " + Money.en(unitCost.amountPerUnit()));
            }
            if (unitCost.mode() == Mode.PER_SHORTFALL_UNIT && r.shortfall() != null) {
                long cost = times(r.shortfall(), unitCost.amountPerUnit());
                String unit = r.threshold() == null || r.threshold().unit() == null ? "" : " " + r.threshold().unit();
                return new IndicatorCost(code, r.criterionCode(), r.status(), cost, unitCost.fieldCode(), Basis.UNIT_COST_SHORTFALL, List.of(),
                        "thiếu " + plain(r.shortfall()) + unit + " × " + Money.vi(unitCost.amountPerUnit()) + " = " + Money.vi(cost),
                        plain(r.shortfall()) + unit + " short × " + Money.en(unitCost.amountPerUnit()) + " = " + Money.en(cost));
            }
        }
        if (r.status() == IndicatorStatus.MISSING) {
            return unpriced(r, estimate, "chưa có số liệu và chưa có ước tính", "no value and no estimate");
        }
        if (unitCost != null && unitCost.mode() == Mode.PER_QUANTITY) {
            return unpriced(r, estimate, "có đơn giá theo khối lượng nhưng huyện chưa ghi khối lượng",
                    "a unit cost per quantity exists but the district has not given the quantity");
        }
        return unpriced(r, estimate, "chưa có ước tính của huyện và chưa có đơn giá", "no district estimate and no unit cost");
    }

    private static IndicatorCost unpriced(IndicatorResult r, Estimate estimate, String vi, String en) {
        return new IndicatorCost(r.code(), r.criterionCode(), r.status(), null, estimate == null ? null : estimate.fieldCode(), Basis.NONE,
                estimate == null ? List.of() : estimate.sources(), vi, en);
    }

    private static String field(Estimate estimate, UnitCost unitCost) {
        if (estimate.fieldCode() != null) {
            return estimate.fieldCode();
        }
        return unitCost == null ? null : unitCost.fieldCode();
    }

    private static long times(BigDecimal quantity, long perUnit) {
        return quantity.multiply(BigDecimal.valueOf(perUnit)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
