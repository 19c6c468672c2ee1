package vn.sonla.ntm.decision.optimise;

/**
 * The documented greedy rule, used as the branch and bound's first incumbent and as the answer of last resort:
 * communes in search order (pinned, pilots, cheapest to reach the standard first) each get their cheapest gaps until
 * they reach the standard, if the money and the sources' fields allow it (otherwise that commune gets nothing in this
 * pass); then any money left closes single criteria, cheapest first. Not optimal in general; never used as the answer
 * when an exact method finishes.
 */
final class Greedy {

    private Greedy() {
    }

    /** The chosen items, or null when the greedy rule cannot satisfy the pins. */
    static boolean[] solve(Instance in) {
        boolean[] chosen = new boolean[in.items];
        FlowState st = new FlowState(in);
        for (int c = 0; c < in.communeCount(); c++) {
            if (in.need[c] == 0 || in.end[c] - in.start[c] < in.need[c]) {
                continue;
            }
            FlowState trial = st.copy();
            boolean[] picked = new boolean[in.items];
            int closed = 0;
            for (int i = in.start[c]; i < in.end[c] && closed < in.need[c]; i++) {
                FlowState attempt = trial.copy();
                if (attempt.add(i)) {
                    trial = attempt;
                    picked[i] = true;
                    closed++;
                }
            }
            if (closed >= in.need[c]) {
                st = trial;
                for (int i = 0; i < in.items; i++) {
                    chosen[i] |= picked[i];
                }
            }
        }
        Integer[] order = new Integer[in.items];
        for (int i = 0; i < in.items; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingLong((Integer i) -> in.itemTotal[i]).thenComparingInt(i -> i));
        for (int i : order) {
            if (!chosen[i]) {
                FlowState attempt = st.copy();
                if (attempt.add(i)) {
                    st = attempt;
                    chosen[i] = true;
                }
            }
        }
        return in.pinsHold(chosen) ? chosen : null;
    }
}
