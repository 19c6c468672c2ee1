package vn.sonla.ntm.decision.optimise;

import java.util.List;
import java.util.Set;

/**
 * A year's budget by source, and the plan's guidance that infrastructure is only a part: when
 * {@code infrastructureMaxSharePercent} is set, the money proposed for {@code infrastructureFields} is at most that
 * share of the whole budget (Σ of the sources) — decision 0090.
 */
public record Budget(int year, List<SourceBudget> sources, Set<String> infrastructureFields, Integer infrastructureMaxSharePercent) {

    public Budget {
        sources = sources == null ? List.of() : List.copyOf(sources);
        infrastructureFields = infrastructureFields == null ? Set.of() : Set.copyOf(infrastructureFields);
        if (infrastructureMaxSharePercent != null && (infrastructureMaxSharePercent < 0 || infrastructureMaxSharePercent > 100)) {
            throw new IllegalArgumentException("infrastructureMaxSharePercent must be between 0 and 100");
        }
    }

    public long total() {
        return sources.stream().mapToLong(SourceBudget::amount).sum();
    }

    /** The most that may go to infrastructure (Long.MAX_VALUE without a cap); rounded down to the đồng. */
    public long infrastructureCap() {
        if (infrastructureMaxSharePercent == null) {
            return Long.MAX_VALUE;
        }
        return java.math.BigInteger.valueOf(total()).multiply(java.math.BigInteger.valueOf(infrastructureMaxSharePercent))
                .divide(java.math.BigInteger.valueOf(100)).longValueExact();
    }
}
