package vn.sonla.ntm.decision.optimise;

import java.util.Objects;
import java.util.Set;

/** What one funding source brings this year (đồng) and the fields of spending it may pay for. */
public record SourceBudget(String sourceCode, long amount, Set<String> allowedFields) {

    public SourceBudget {
        Objects.requireNonNull(sourceCode, "sourceCode");
        if (amount < 0) {
            throw new IllegalArgumentException("amount of " + sourceCode + " must be ≥ 0");
        }
        allowedFields = allowedFields == null ? Set.of() : Set.copyOf(allowedFields);
    }
}
