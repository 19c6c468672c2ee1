package vn.sonla.ntm.rules.document;

import java.math.BigDecimal;
import java.util.Optional;

import vn.sonla.ntm.rules.Comparator;
import vn.sonla.ntm.rules.Threshold;

/**
 * A threshold as the catalogue ships it. {@code communeClass} null means "every class"; {@code comparator} uses the
 * catalogue symbols ({@code >=}, {@code <=}, {@code =}, {@code between}, {@code achieved}, {@code none}); a threshold
 * whose comparator is still unknown (null) is kept with its provenance but judges nothing.
 */
public record ThresholdDocument(String communeClass, String comparator, BigDecimal value, BigDecimal upperValue,
                                String unit, Provenance provenance) {

    /** Whether this threshold can judge a value (not named isX: the exchange format serialises record components only) (its comparator and the numbers it needs are known). */
    public boolean canJudge() {
        return toThreshold().isPresent();
    }

    /** The judging threshold, or empty while the comparator or a needed number is unknown or inconsistent. */
    public Optional<Threshold> toThreshold() {
        Optional<Comparator> c = Comparator.fromSymbol(comparator);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Threshold(communeClass, c.get(), value, upperValue, unit));
        } catch (IllegalArgumentException incomplete) {
            return Optional.empty();
        }
    }
}
