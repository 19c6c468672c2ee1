package vn.sonla.ntm.decision.optimise;

import java.util.Arrays;

/**
 * The problem with every source poured into one purse and no infrastructure cap, solved exactly by dynamic programming
 * over the communes: state (pilots reached, communes reached, criteria closed) → the least money, each commune taking
 * its j cheapest gaps (for a given number of gaps, the cheapest are always best when the money is one purse). Its
 * optimum is an upper bound of the real problem's; when that optimum can also be paid by the real sources within the
 * cap, it is the real optimum, proven. Used only when its table is small enough (Sơn La's size is).
 */
final class PooledRelaxation {

    static final long MAX_CELLS = 60_000_000L;

    record Result(Score score, boolean[] chosen) {
    }

    private PooledRelaxation() {
    }

    /** The pooled optimum, or null when the pins cannot be met even pooled, or the table would be too large. */
    static Result solve(Instance in, long maxCells) {
        int n = in.communeCount();
        int pilots = 0;
        int reachable = 0;
        for (int c = 0; c < n; c++) {
            if (in.need[c] > 0 && in.end[c] - in.start[c] >= in.need[c]) {
                reachable++;
                if (in.pilot[c]) {
                    pilots++;
                }
            }
        }
        int pDim = pilots + 1;
        int rDim = reachable + 1;
        int qDim = in.items + 1;
        long states = (long) pDim * rDim * qDim;
        if (states * Math.max(1, n) > maxCells) {
            return null;
        }
        int size = (int) states;
        long inf = Long.MAX_VALUE;
        long[] cost = new long[size];
        Arrays.fill(cost, inf);
        cost[0] = 0;
        byte[][] choice = new byte[n][];
        for (int c = 0; c < n; c++) {
            long[] next = new long[size];
            Arrays.fill(next, inf);
            byte[] took = new byte[size];
            int k = in.end[c] - in.start[c];
            for (int s = 0; s < size; s++) {
                long base = cost[s];
                if (base == inf) {
                    continue;
                }
                int q = s % qDim;
                int r = (s / qDim) % rDim;
                int p = s / (qDim * rDim);
                for (int j = 0; j <= k; j++) {
                    boolean reaches = in.need[c] > 0 && j >= in.need[c];
                    if (in.pinned[c] && in.need[c] > 0 && !reaches) {
                        continue;
                    }
                    long money = base + in.totalPrefix[in.start[c] + j] - in.totalPrefix[in.start[c]];
                    if (money > in.totalSupply) {
                        break;
                    }
                    int p2 = p + (reaches && in.pilot[c] ? 1 : 0);
                    int r2 = r + (reaches ? 1 : 0);
                    int t = (p2 * rDim + r2) * qDim + q + j;
                    if (money < next[t]) {
                        next[t] = money;
                        took[t] = (byte) j;
                    }
                }
            }
            cost = next;
            choice[c] = took;
        }
        int bestState = -1;
        Score best = null;
        for (int s = 0; s < size; s++) {
            if (cost[s] == inf) {
                continue;
            }
            int q = s % qDim;
            int r = (s / qDim) % rDim;
            int p = s / (qDim * rDim);
            Score score = new Score(p, r, q, cost[s]);
            if (best == null || score.compareTo(best) > 0) {
                best = score;
                bestState = s;
            }
        }
        if (best == null) {
            return null;
        }
        boolean[] chosen = new boolean[in.items];
        int s = bestState;
        for (int c = n - 1; c >= 0; c--) {
            int j = choice[c][s];
            for (int i = in.start[c]; i < in.start[c] + j; i++) {
                chosen[i] = true;
            }
            boolean reaches = in.need[c] > 0 && j >= in.need[c];
            int q = s % qDim;
            int r = (s / qDim) % rDim;
            int p = s / (qDim * rDim);
            s = ((p - (reaches && in.pilot[c] ? 1 : 0)) * rDim + (r - (reaches ? 1 : 0))) * qDim + (q - j);
        }
        return new Result(best, chosen);
    }
}
