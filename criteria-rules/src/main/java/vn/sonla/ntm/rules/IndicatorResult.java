package vn.sonla.ntm.rules;

import java.math.BigDecimal;

/**
 * Verdict on one indicator. {@code shortfall} is how far a numeric value is from its threshold when not met
 * (e.g. 6 for 74% against ≥ 80%), in the threshold's unit.
 */
public record IndicatorResult(String code, String criterionCode, IndicatorStatus status, String explanation,
                              IndicatorValue value, Threshold threshold, BigDecimal shortfall) {

    public boolean isMet() {
        return status == IndicatorStatus.MET;
    }

    /** What is needed to meet it, for the gap: "raise to ≥ 80% (+6)", "enter a value (required ≥ 80%)". */
    public String need() {
        if (threshold == null) {
            return "define a threshold first";
        }
        return switch (status) {
            case MET -> "";
            case MISSING -> "enter a value (required " + threshold.describe() + ")";
            case NO_THRESHOLD -> "define a threshold first";
            case NOT_MET -> switch (threshold.comparator()) {
                case AT_LEAST -> shortfall == null ? "reach " + threshold.describe() : "raise by " + Numbers.withUnit(shortfall, threshold.unit()) + " to " + threshold.describe();
                case AT_MOST -> shortfall == null ? "reach " + threshold.describe() : "lower by " + Numbers.withUnit(shortfall, threshold.unit()) + " to " + threshold.describe();
                case EQUAL, BETWEEN -> "bring to " + threshold.describe();
                case ACHIEVED -> "achieve it";
                case NONE -> "eliminate every occurrence";
            };
        };
    }
}
