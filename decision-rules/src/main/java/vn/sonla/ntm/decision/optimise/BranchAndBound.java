package vn.sonla.ntm.decision.optimise;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact search over the priced gaps (include a gap, or not), communes in search order. A branch is cut when even the
 * most hopeful completion cannot beat the best proposal found: the bound relaxes the sources and fields into one pool
 * of money and counts, greedily by cost, how many more communes (pilots, then all) and criteria that pool could still
 * close — a count that no real completion can exceed, so nothing better is ever cut. Money that cannot be paid (a
 * source's fields, the infrastructure cap) is refused exactly by {@link FlowState}.
 */
final class BranchAndBound {

    private final Instance in;
    private final long nodeLimit;
    private long nodes;
    private boolean aborted;
    private final boolean[] chosen;
    private final int[] closed;
    private Score best;
    private boolean[] bestChosen;

    /** Per commune c: sorted cheapest-completion costs of the communes after c that can still reach (all, pilots). */
    private final long[][] laterCompletion;
    private final long[][] laterPilotCompletion;
    /** Per commune c: sorted item totals of the communes after c. */
    private final long[][] laterItems;
    /** Per commune c: the criteria still needed by the communes after c that can still reach, largest first. */
    private final int[][] laterNeeds;

    BranchAndBound(Instance in, long nodeLimit, boolean[] incumbent) {
        this.in = in;
        this.nodeLimit = nodeLimit;
        this.chosen = new boolean[in.items];
        this.closed = new int[in.communeCount()];
        int n = in.communeCount();
        laterCompletion = new long[n + 1][];
        laterPilotCompletion = new long[n + 1][];
        laterItems = new long[n + 1][];
        laterNeeds = new int[n + 1][];
        for (int c = n; c >= 0; c--) {
            List<Long> comp = new ArrayList<>();
            List<Long> pil = new ArrayList<>();
            List<Integer> needs = new ArrayList<>();
            for (int d = c + 1; d < n; d++) {
                if (in.need[d] > 0 && in.end[d] - in.start[d] >= in.need[d]) {
                    long cost = in.totalPrefix[in.start[d] + in.need[d]] - in.totalPrefix[in.start[d]];
                    comp.add(cost);
                    needs.add(in.need[d]);
                    if (in.pilot[d]) {
                        pil.add(cost);
                    }
                }
            }
            laterCompletion[c] = comp.stream().mapToLong(Long::longValue).sorted().toArray();
            laterPilotCompletion[c] = pil.stream().mapToLong(Long::longValue).sorted().toArray();
            laterNeeds[c] = needs.stream().sorted(java.util.Comparator.reverseOrder()).mapToInt(Integer::intValue).toArray();
            int from = c + 1 < n ? in.start[c + 1] : in.items;
            long[] rest = new long[in.items - from];
            System.arraycopy(in.itemTotal, from, rest, 0, rest.length);
            java.util.Arrays.sort(rest);
            laterItems[c] = rest;
        }
        if (incumbent != null) {
            bestChosen = incumbent.clone();
            best = in.score(incumbent);
        }
    }

    /** Runs the search; the best choice found (null when the pins cannot be met). */
    boolean[] solve() {
        search(0, new FlowState(in), 0, 0, 0, 0);
        return bestChosen;
    }

    boolean proven() {
        return !aborted;
    }

    long nodes() {
        return nodes;
    }

    private void search(int i, FlowState st, int pilots, int reached, int criteria, long cost) {
        if (aborted) {
            return;
        }
        if (++nodes > nodeLimit) {
            aborted = true;
            return;
        }
        int c = i < in.items ? in.itemCommune[i] : in.communeCount();
        // a commune whose items are all decided: its pin must hold
        int prev = i == 0 ? -1 : in.itemCommune[i - 1];
        for (int d = prev + 1 > 0 ? prev : 0; d < c; d++) {
            if (in.pinned[d] && closed[d] < in.need[d]) {
                return;
            }
        }
        if (i == in.items) {
            for (int d = 0; d < in.communeCount(); d++) {
                if (in.pinned[d] && closed[d] < in.need[d]) {
                    return;
                }
            }
            Score s = new Score(pilots, reached, criteria, cost);
            if (best == null || s.compareTo(best) > 0) {
                best = s;
                bestChosen = chosen.clone();
            }
            return;
        }
        if (best != null && bound(i, c, st, pilots, reached, criteria, cost).compareTo(best) <= 0) {
            return;
        }
        // a pinned commune that can no longer close enough
        if (in.pinned[c] && closed[c] + (in.end[c] - i) < in.need[c]) {
            return;
        }
        FlowState with = st.copy();
        if (with.add(i)) {
            chosen[i] = true;
            closed[c]++;
            boolean newlyReached = in.need[c] > 0 && closed[c] == in.need[c];
            search(i + 1, with, pilots + (newlyReached && in.pilot[c] ? 1 : 0), reached + (newlyReached ? 1 : 0), criteria + 1,
                    cost + in.itemTotal[i]);
            closed[c]--;
            chosen[i] = false;
        }
        search(i + 1, st, pilots, reached, criteria, cost);
    }

    private Score bound(int i, int c, FlowState st, int pilots, int reached, int criteria, long cost) {
        long money = in.totalSupply - st.demand;
        long current = -1;
        int stillNeeded = in.need[c] - closed[c];
        if (in.need[c] > 0 && stillNeeded > 0 && in.end[c] - i >= stillNeeded) {
            current = in.totalPrefix[i + stillNeeded] - in.totalPrefix[i];
        }
        int reachUb = reached + fitCount(laterCompletion[c], current, money);
        int pilotUb = pilots + fitCount(laterPilotCompletion[c], in.pilot[c] ? current : -1, money);
        int criteriaUb = criteria + (int) fitItems(laterItems[c], i, in.end[c], money, Long.MAX_VALUE)[0];
        long costLb = cost;
        if (pilotUb == best.pilotsReached() && reachUb == best.communesReached()) {
            // only a completion with exactly as many new communes can tie or win: it pays at least the k cheapest
            // completions, closes at most the k largest needs with them and what the rest of the money buys
            int k = best.communesReached() - reached;
            if (k > 0) {
                long cheapest = sumSmallest(laterCompletion[c], current, k);
                int needs = sumLargest(laterNeeds[c], current >= 0 ? stillNeeded : -1, k);
                criteriaUb = Math.min(criteriaUb, criteria + needs + (int) fitItems(laterItems[c], i, in.end[c], money - cheapest, Long.MAX_VALUE)[0]);
                costLb = cost + cheapest;
            }
            if (criteriaUb == best.criteriaClosed() && best.criteriaClosed() > criteria) {
                long[] m = fitItems(laterItems[c], i, in.end[c], Long.MAX_VALUE, best.criteriaClosed() - criteria);
                costLb = Math.max(costLb, cost + m[1]);
            }
        }
        return new Score(pilotUb, reachUb, criteriaUb, costLb);
    }

    /** The sum of the k smallest of a sorted list plus one extra value (if ≥ 0). */
    private static long sumSmallest(long[] sorted, long extra, int k) {
        long sum = 0;
        boolean extraUsed = extra < 0;
        int j = 0;
        for (int taken = 0; taken < k; taken++) {
            if (!extraUsed && (j >= sorted.length || extra <= sorted[j])) {
                sum += extra;
                extraUsed = true;
            } else if (j < sorted.length) {
                sum += sorted[j++];
            } else {
                break;
            }
        }
        return sum;
    }

    /** The sum of the k largest of a list sorted largest first plus one extra value (if ≥ 0). */
    private static int sumLargest(int[] sortedDesc, int extra, int k) {
        int sum = 0;
        boolean extraUsed = extra < 0;
        int j = 0;
        for (int taken = 0; taken < k; taken++) {
            if (!extraUsed && (j >= sortedDesc.length || extra >= sortedDesc[j])) {
                sum += extra;
                extraUsed = true;
            } else if (j < sortedDesc.length) {
                sum += sortedDesc[j++];
            } else {
                break;
            }
        }
        return sum;
    }

    /** How many of the sorted costs (plus one extra, if ≥ 0) fit in the money, cheapest first. */
    private static int fitCount(long[] sorted, long extra, long money) {
        int count = 0;
        long left = money;
        boolean extraUsed = extra < 0;
        int j = 0;
        while (true) {
            long next;
            boolean takeExtra;
            if (!extraUsed && (j >= sorted.length || extra <= sorted[j])) {
                next = extra;
                takeExtra = true;
            } else if (j < sorted.length) {
                next = sorted[j];
                takeExtra = false;
            } else {
                return count;
            }
            if (next > left) {
                return count;
            }
            left -= next;
            count++;
            if (takeExtra) {
                extraUsed = true;
            } else {
                j++;
            }
        }
    }

    /**
     * Remaining items (this commune's from i, sorted; then the later ones, sorted), cheapest first, while they fit in the
     * money and at most {@code limit} of them: {count, their sum}.
     */
    private long[] fitItems(long[] later, int from, int to, long money, long limit) {
        int count = 0;
        long sum = 0;
        int a = from;
        int b = 0;
        while ((a < to || b < later.length) && count < limit) {
            long next;
            if (a < to && (b >= later.length || in.itemTotal[a] <= later[b])) {
                next = in.itemTotal[a++];
            } else {
                next = later[b++];
            }
            if (next > money - sum) {
                break;
            }
            sum += next;
            count++;
        }
        return new long[] {count, sum};
    }
}
