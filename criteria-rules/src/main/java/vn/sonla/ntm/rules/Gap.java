package vn.sonla.ntm.rules;

import java.util.List;

/**
 * What still separates a commune from the standard: how many more criteria must be met, and the unmet criteria
 * it could choose from, nearest first (fewest open indicators), each with what its indicators need.
 */
public record Gap(int criteriaStillNeeded, List<CriterionResult> unmetCriteria) {

    public Gap {
        unmetCriteria = List.copyOf(unmetCriteria);
    }

    public boolean isClosed() {
        return criteriaStillNeeded == 0;
    }
}
