package vn.sonla.ntm.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One indicator of a criterion, with its thresholds (a default one and/or one per commune class). */
public record IndicatorRule(String code, IndicatorKind kind, String unit, List<Threshold> thresholds) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public IndicatorRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    }

    public static IndicatorRule of(String code, IndicatorKind kind, Threshold... thresholds) {
        String unit = kind == IndicatorKind.PERCENT ? "%" : null;
        return new IndicatorRule(code, kind, unit, List.of(thresholds));
    }

    /** The threshold of the commune's class, or else the default one. */
    public Optional<Threshold> thresholdFor(String communeClass) {
        if (communeClass != null) {
            Optional<Threshold> own = thresholds.stream().filter(t -> communeClass.equals(t.communeClass())).findFirst();
            if (own.isPresent()) {
                return own;
            }
        }
        return thresholds.stream().filter(Threshold::isDefault).findFirst();
    }

    /**
     * Whether a value can be recorded for this indicator at all, independent of the threshold:
     * booleans for yes/no indicators, 0–100 for percentages, non-negative levels.
     *
     * @return a sentence saying what is wrong, or empty when the value is acceptable
     */
    public Optional<String> refusalOf(IndicatorValue value) {
        if (value == null) {
            return Optional.empty();
        }
        boolean countsAllowed = thresholds.stream().anyMatch(t -> t.comparator() == Comparator.NONE);
        return switch (kind) {
            case BOOLEAN -> value instanceof IndicatorValue.Flag || (countsAllowed && isNonNegative(value))
                    ? Optional.empty()
                    : Optional.of(countsAllowed ? "must be true/false or a count ≥ 0" : "must be true (achieved) or false (not achieved)");
            case PERCENT -> value instanceof IndicatorValue.Amount a && a.amount().signum() >= 0 && a.amount().compareTo(HUNDRED) <= 0
                    ? Optional.empty()
                    : Optional.of("must be a percentage between 0 and 100");
            case LEVEL -> isNonNegative(value) ? Optional.empty() : Optional.of("must be a level or score ≥ 0");
            case NUMBER -> value instanceof IndicatorValue.Amount ? Optional.empty() : Optional.of("must be a number");
        };
    }

    private static boolean isNonNegative(IndicatorValue value) {
        return value instanceof IndicatorValue.Amount a && a.amount().signum() >= 0;
    }

    IndicatorResult evaluate(String criterionCode, String communeClass, IndicatorValue value) {
        Optional<Threshold> threshold = thresholdFor(communeClass);
        if (threshold.isEmpty()) {
            return new IndicatorResult(code, criterionCode, IndicatorStatus.NO_THRESHOLD,
                    "no threshold defined" + (communeClass == null ? "" : " for commune class " + communeClass), value, null, null);
        }
        Optional<String> refusal = refusalOf(value);
        if (refusal.isPresent()) {
            return new IndicatorResult(code, criterionCode, IndicatorStatus.NOT_MET,
                    "value " + value + " " + refusal.get(), value, threshold.get(), null);
        }
        Threshold.Judgement judgement = threshold.get().judge(value);
        return new IndicatorResult(code, criterionCode, judgement.status(), judgement.explanation(), value, threshold.get(),
                judgement.shortfall());
    }
}
