package vn.sonla.ntm.funding.domain;

import java.util.Map;
import java.util.Optional;

/**
 * When a revision is approved, the money already allocated from each line of the plan it supersedes moves to the
 * revision's line with the same source, field and criterion; that line must still hold it.
 */
public final class RevisionCarryOver {

    private RevisionCarryOver() {
    }

    /**
     * @param allocatedByOldLine net allocated per line of the superseded plan
     * @return the line of the revision each old line's allocations move to
     */
    public static Map<PlanLine, PlanLine> match(CapitalPlan superseded, CapitalPlan revision,
                                                Map<Long, Long> allocatedByOldLine) {
        java.util.LinkedHashMap<PlanLine, PlanLine> moves = new java.util.LinkedHashMap<>();
        for (PlanLine old : superseded.lines()) {
            long allocated = allocatedByOldLine.getOrDefault(old.id(), 0L);
            if (allocated == 0) {
                continue;
            }
            Optional<PlanLine> target = revision.lines().stream().filter(l -> l.sameHeadingAs(old)).findFirst();
            if (target.isEmpty()) {
                throw new PlanRuleViolation("lines", "line " + old.lineNo() + " (" + old.heading() + ") has "
                        + allocated + " đồng allocated; the revision must keep a line for it");
            }
            long kept = target.get().amount();
            long carried = moves.entrySet().stream().filter(e -> e.getValue() == target.get())
                    .mapToLong(e -> allocatedByOldLine.getOrDefault(e.getKey().id(), 0L)).sum();
            if (kept < carried + allocated) {
                throw new PlanRuleViolation("lines", "line " + target.get().lineNo() + " (" + old.heading()
                        + ") of the revision holds " + kept + " đồng but " + (carried + allocated)
                        + " đồng are already allocated from it; reverse allocations first");
            }
            moves.put(old, target.get());
        }
        return moves;
    }
}
