package vn.sonla.ntm.decision.optimise;

/**
 * How good a proposal is, compared in this order: pilot communes that newly reach the standard, communes that newly
 * reach it, criteria closed, then the lower cost. (Pilots first: plan 111 gives the three pilots priority.)
 */
public record Score(int pilotsReached, int communesReached, int criteriaClosed, long cost) implements Comparable<Score> {

    /** Positive when this is better than {@code o}. */
    @Override
    public int compareTo(Score o) {
        if (pilotsReached != o.pilotsReached) {
            return Integer.compare(pilotsReached, o.pilotsReached);
        }
        if (communesReached != o.communesReached) {
            return Integer.compare(communesReached, o.communesReached);
        }
        if (criteriaClosed != o.criteriaClosed) {
            return Integer.compare(criteriaClosed, o.criteriaClosed);
        }
        return Long.compare(o.cost, cost);
    }

    /** Same counts (the cost may differ): what "optimal" means for the officials. */
    public boolean sameCounts(Score o) {
        return pilotsReached == o.pilotsReached && communesReached == o.communesReached && criteriaClosed == o.criteriaClosed;
    }
}
