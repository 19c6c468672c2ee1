package vn.sonla.ntm.decision.optimise;

import java.util.List;
import java.util.Set;

/**
 * One budgeting question: the communes, the budget, the communes the user pins (they must reach the standard) and
 * excludes (they get nothing).
 */
public record Problem(List<CommuneCase> communes, Budget budget, Set<String> pinned, Set<String> excluded) {

    public Problem {
        communes = communes == null ? List.of() : List.copyOf(communes);
        pinned = pinned == null ? Set.of() : Set.copyOf(pinned);
        excluded = excluded == null ? Set.of() : Set.copyOf(excluded);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CommuneCase c : communes) {
            if (!seen.add(c.unitCode())) {
                throw new IllegalArgumentException("commune " + c.unitCode() + " is given twice");
            }
        }
        for (String p : pinned) {
            if (excluded.contains(p)) {
                throw new IllegalArgumentException("commune " + p + " is both pinned and excluded");
            }
            if (!seen.contains(p)) {
                throw new IllegalArgumentException("pinned commune " + p + " is not among the communes");
            }
        }
    }
}
