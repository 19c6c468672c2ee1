package vn.sonla.ntm.decision.optimise;

import java.util.List;
import java.util.Objects;

/**
 * A commune as the optimiser sees it: how many criteria it meets, how many the standard requires, and the priced
 * gaps it could close. Gaps that have no cost estimate are not here (the caller lists them in {@code unpriced}) —
 * money cannot be proposed for what nobody has costed.
 */
public record CommuneCase(String unitCode, String name, boolean pilot, int criteriaMet, int criteriaRequired,
                          List<CriterionGap> gaps, List<String> unpriced) {

    public CommuneCase {
        Objects.requireNonNull(unitCode, "unitCode");
        name = name == null ? unitCode : name;
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
        unpriced = unpriced == null ? List.of() : List.copyOf(unpriced);
    }

    public CommuneCase(String unitCode, String name, boolean pilot, int criteriaMet, int criteriaRequired, List<CriterionGap> gaps) {
        this(unitCode, name, pilot, criteriaMet, criteriaRequired, gaps, List.of());
    }

    /** Criteria still to close to reach the standard (0 when it already does). */
    public int need() {
        return Math.max(0, criteriaRequired - criteriaMet);
    }

    public boolean alreadyReached() {
        return need() == 0;
    }

    /** Whether closing every priced gap would reach the standard. */
    public boolean canReach() {
        return gaps.size() >= need();
    }

    /** The cheapest money (all fields) that could reach the standard: the {@link #need()} cheapest gaps. */
    public long cheapestCompletion() {
        return gaps.stream().mapToLong(CriterionGap::total).sorted().limit(need()).sum();
    }
}
