package vn.sonla.ntm.rules;

import java.util.Arrays;
import java.util.Optional;

/** How a value is compared with a threshold; symbols are those of the shipped catalogue format. */
public enum Comparator {
    AT_LEAST(">=", "≥"),
    AT_MOST("<=", "≤"),
    EQUAL("=", "="),
    /** Inclusive range: lower ≤ value ≤ upper. */
    BETWEEN("between", "in"),
    /** Boolean "Đạt": the condition must be fulfilled. */
    ACHIEVED("achieved", "achieved"),
    /** "Không": no occurrence allowed (false, or a count of 0). */
    NONE("none", "none");

    private final String symbol;
    private final String display;

    Comparator(String symbol, String display) {
        this.symbol = symbol;
        this.display = display;
    }

    /** The symbol used in JSON/YAML ({@code >=}, {@code between}, ...). */
    public String symbol() {
        return symbol;
    }

    /** The sign shown to people ({@code ≥}). */
    public String display() {
        return display;
    }

    /** Whether the threshold needs a numeric value. */
    public boolean isNumeric() {
        return this == AT_LEAST || this == AT_MOST || this == EQUAL || this == BETWEEN;
    }

    public static Optional<Comparator> fromSymbol(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        String s = symbol.trim();
        return Arrays.stream(values())
                .filter(c -> c.symbol.equalsIgnoreCase(s) || c.name().equalsIgnoreCase(s) || c.display.equals(s))
                .findFirst();
    }
}
