package vn.sonla.ntm.decision.optimise;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What it costs to close one unmet criterion of a commune: the sum of its not-met indicators' costs, split by field of
 * spending (field code → đồng). Closing it means funding every part; a criterion is never half closed.
 *
 * @param indicatorCodes the not-met indicators this money closes, for the explanation
 */
public record CriterionGap(String criterionCode, List<String> indicatorCodes, Map<String, Long> costByField) {

    public CriterionGap {
        Objects.requireNonNull(criterionCode, "criterionCode");
        indicatorCodes = indicatorCodes == null ? List.of() : List.copyOf(indicatorCodes);
        TreeMap<String, Long> sorted = new TreeMap<>();
        if (costByField != null) {
            costByField.forEach((field, cost) -> {
                if (cost == null || cost < 0) {
                    throw new IllegalArgumentException("cost of " + criterionCode + " in field " + field + " must be ≥ 0");
                }
                if (cost > 0) {
                    sorted.merge(field, cost, Long::sum);
                }
            });
        }
        costByField = java.util.Collections.unmodifiableMap(sorted);
    }

    public long total() {
        return costByField.values().stream().mapToLong(Long::longValue).sum();
    }
}
