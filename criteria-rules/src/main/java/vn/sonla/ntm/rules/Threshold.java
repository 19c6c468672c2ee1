package vn.sonla.ntm.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The level an indicator must reach, for one commune class (or for every class when {@code communeClass} is null).
 * Numeric comparators need {@code value}; {@link Comparator#BETWEEN} also needs {@code upper} ≥ {@code value}.
 */
public record Threshold(String communeClass, Comparator comparator, BigDecimal value, BigDecimal upper, String unit) {

    public Threshold {
        Objects.requireNonNull(comparator, "comparator");
        if (comparator.isNumeric() && value == null) {
            throw new IllegalArgumentException("comparator " + comparator.symbol() + " needs a threshold value");
        }
        if (comparator == Comparator.BETWEEN) {
            if (upper == null) {
                throw new IllegalArgumentException("comparator between needs an upper bound");
            }
            if (upper.compareTo(value) < 0) {
                throw new IllegalArgumentException("upper bound " + Numbers.plain(upper) + " is below lower bound " + Numbers.plain(value));
            }
        }
        communeClass = communeClass == null || communeClass.isBlank() ? null : communeClass.trim();
    }

    public static Threshold atLeast(String value, String unit) {
        return new Threshold(null, Comparator.AT_LEAST, new BigDecimal(value), null, unit);
    }

    public static Threshold atMost(String value, String unit) {
        return new Threshold(null, Comparator.AT_MOST, new BigDecimal(value), null, unit);
    }

    public static Threshold equalTo(String value, String unit) {
        return new Threshold(null, Comparator.EQUAL, new BigDecimal(value), null, unit);
    }

    public static Threshold between(String lower, String upper, String unit) {
        return new Threshold(null, Comparator.BETWEEN, new BigDecimal(lower), new BigDecimal(upper), unit);
    }

    public static Threshold achieved() {
        return new Threshold(null, Comparator.ACHIEVED, null, null, null);
    }

    public static Threshold none() {
        return new Threshold(null, Comparator.NONE, null, null, null);
    }

    public Threshold forClass(String communeClass) {
        return new Threshold(communeClass, comparator, value, upper, unit);
    }

    /** Whether this threshold is the one for every commune class. */
    public boolean isDefault() {
        return communeClass == null;
    }

    /** "≥ 80%", "between 50 and 70 điểm", "achieved", "none". */
    public String describe() {
        return switch (comparator) {
            case ACHIEVED -> "achieved";
            case NONE -> "none";
            case BETWEEN -> "between " + Numbers.plain(value) + " and " + Numbers.withUnit(upper, unit);
            default -> comparator.display() + " " + Numbers.withUnit(value, unit);
        };
    }

    /** Judges one value against this threshold. A value of the wrong type is never met. */
    public Judgement judge(IndicatorValue given) {
        if (given == null) {
            return Judgement.missing("no value (required " + describe() + ")");
        }
        return switch (comparator) {
            case ACHIEVED -> judgeAchieved(given);
            case NONE -> judgeNone(given);
            default -> judgeNumeric(given);
        };
    }

    private Judgement judgeAchieved(IndicatorValue given) {
        if (given instanceof IndicatorValue.Flag flag) {
            return flag.fact() ? Judgement.met("achieved") : Judgement.notMet("not achieved (required achieved)", null);
        }
        return Judgement.notMet("a number was given where achieved / not achieved is required", null);
    }

    private Judgement judgeNone(IndicatorValue given) {
        if (given instanceof IndicatorValue.Flag flag) {
            return flag.fact() ? Judgement.notMet("some present (required none)", null) : Judgement.met("none present");
        }
        BigDecimal count = ((IndicatorValue.Amount) given).amount();
        return count.signum() == 0
                ? Judgement.met("0 present")
                : Judgement.notMet(Numbers.plain(count) + " present (required none)", count.abs());
    }

    private Judgement judgeNumeric(IndicatorValue given) {
        if (!(given instanceof IndicatorValue.Amount amount)) {
            return Judgement.notMet("yes/no was given where a number " + describe() + " is required", null);
        }
        BigDecimal v = amount.amount();
        String shown = Numbers.withUnit(v, unit);
        return switch (comparator) {
            case AT_LEAST -> v.compareTo(value) >= 0
                    ? Judgement.met(shown + " ≥ " + Numbers.withUnit(value, unit))
                    : Judgement.notMet(shown + " < " + Numbers.withUnit(value, unit) + " (required " + describe() + ")", value.subtract(v));
            case AT_MOST -> v.compareTo(value) <= 0
                    ? Judgement.met(shown + " ≤ " + Numbers.withUnit(value, unit))
                    : Judgement.notMet(shown + " > " + Numbers.withUnit(value, unit) + " (required " + describe() + ")", v.subtract(value));
            case EQUAL -> v.compareTo(value) == 0
                    ? Judgement.met(shown + " = " + Numbers.withUnit(value, unit))
                    : Judgement.notMet(shown + " ≠ " + Numbers.withUnit(value, unit) + " (required " + describe() + ")", v.subtract(value).abs());
            case BETWEEN -> judgeBetween(v, shown);
            default -> throw new IllegalStateException("not numeric: " + comparator);
        };
    }

    private Judgement judgeBetween(BigDecimal v, String shown) {
        if (v.compareTo(value) < 0) {
            return Judgement.notMet(shown + " < " + Numbers.withUnit(value, unit) + " (required " + describe() + ")", value.subtract(v));
        }
        if (v.compareTo(upper) > 0) {
            return Judgement.notMet(shown + " > " + Numbers.withUnit(upper, unit) + " (required " + describe() + ")", v.subtract(upper));
        }
        return Judgement.met(shown + " in [" + Numbers.plain(value) + ", " + Numbers.withUnit(upper, unit) + "]");
    }

    /** The verdict on one value: status, a one-line explanation, and how far it is from the threshold when not met. */
    public record Judgement(IndicatorStatus status, String explanation, BigDecimal shortfall) {
        static Judgement met(String explanation) {
            return new Judgement(IndicatorStatus.MET, explanation, null);
        }

        static Judgement notMet(String explanation, BigDecimal shortfall) {
            return new Judgement(IndicatorStatus.NOT_MET, explanation, shortfall);
        }

        static Judgement missing(String explanation) {
            return new Judgement(IndicatorStatus.MISSING, explanation, null);
        }
    }
}
