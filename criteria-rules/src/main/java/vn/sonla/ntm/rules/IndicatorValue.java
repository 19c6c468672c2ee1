package vn.sonla.ntm.rules;

import java.math.BigDecimal;
import java.util.Objects;

/** A value entered for an indicator: a yes/no fact or a number. */
public sealed interface IndicatorValue permits IndicatorValue.Flag, IndicatorValue.Amount {

    static IndicatorValue of(boolean fact) {
        return new Flag(fact);
    }

    static IndicatorValue of(BigDecimal amount) {
        return new Amount(amount);
    }

    static IndicatorValue of(String decimal) {
        return new Amount(new BigDecimal(decimal));
    }

    /**
     * Reads a JSON-like value: {@link Boolean} or {@link Number}; anything else is refused.
     *
     * @throws IllegalArgumentException naming what was given
     */
    static IndicatorValue fromJson(Object raw) {
        if (raw instanceof Boolean b) {
            return new Flag(b);
        }
        if (raw instanceof BigDecimal d) {
            return new Amount(d);
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof java.math.BigInteger) {
            return new Amount(new BigDecimal(raw.toString()));
        }
        if (raw instanceof Double || raw instanceof Float) {
            double d = ((Number) raw).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("must be a finite number");
            }
            return new Amount(BigDecimal.valueOf(d));
        }
        throw new IllegalArgumentException("must be true/false or a number");
    }

    /** The value as JSON would carry it. */
    Object toJson();

    record Flag(boolean fact) implements IndicatorValue {
        @Override
        public Object toJson() {
            return fact;
        }

        @Override
        public String toString() {
            return fact ? "yes" : "no";
        }
    }

    record Amount(BigDecimal amount) implements IndicatorValue {
        public Amount {
            Objects.requireNonNull(amount, "amount");
        }

        @Override
        public Object toJson() {
            return amount;
        }

        @Override
        public String toString() {
            return Numbers.plain(amount);
        }
    }
}
