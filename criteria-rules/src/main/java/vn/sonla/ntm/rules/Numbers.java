package vn.sonla.ntm.rules;

import java.math.BigDecimal;

/** Renders decimals the way officials write them in explanations: no trailing zeros, no exponent. */
final class Numbers {
    private Numbers() {
    }

    static String plain(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    static String withUnit(BigDecimal value, String unit) {
        if (unit == null || unit.isBlank()) {
            return plain(value);
        }
        return "%".equals(unit.trim()) ? plain(value) + "%" : plain(value) + " " + unit.trim();
    }
}
