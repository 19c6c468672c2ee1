package vn.sonla.ntm.decision.optimise;

/**
 * Which source pays how much of which field, kept feasible as items are added: adding an item's money to a field
 * pushes it along augmenting paths (a source with money left → fields it may pay for → back to sources already paying
 * another field). Exact, in whole đồng. Whether a set of demands can be paid at all is a transportation problem; these
 * augmenting paths decide it exactly (max-flow = demand).
 */
final class FlowState {

    private final Instance in;
    /** paid[s * fields + f]: đồng of source s spent on field f. */
    final long[] paid;
    final long[] slack;
    long demand;
    long infra;

    FlowState(Instance in) {
        this.in = in;
        this.paid = new long[in.sources.length * in.fields.length];
        this.slack = in.supply.clone();
    }

    private FlowState(FlowState o) {
        this.in = o.in;
        this.paid = o.paid.clone();
        this.slack = o.slack.clone();
        this.demand = o.demand;
        this.infra = o.infra;
    }

    FlowState copy() {
        return new FlowState(this);
    }

    /** Adds item i's money; false (and this state is then spoiled: use a copy) when it cannot be paid. */
    boolean add(int i) {
        if (infra + in.itemInfra[i] > in.infraCap) {
            return false;
        }
        if (demand + in.itemTotal[i] > in.totalSupply) {
            return false;
        }
        for (int k = 0; k < in.itemFields[i].length; k++) {
            if (!push(in.itemFields[i][k], in.itemCosts[i][k])) {
                return false;
            }
        }
        demand += in.itemTotal[i];
        infra += in.itemInfra[i];
        return true;
    }

    private boolean push(int field, long amount) {
        int m = in.sources.length;
        int k = in.fields.length;
        long left = amount;
        int[] parentOfField = new int[k];
        int[] parentOfSource = new int[m];
        int[] queue = new int[m];
        while (left > 0) {
            java.util.Arrays.fill(parentOfField, -2);
            java.util.Arrays.fill(parentOfSource, -2);
            int head = 0;
            int tail = 0;
            for (int s = 0; s < m; s++) {
                if (slack[s] > 0) {
                    parentOfSource[s] = -1;
                    queue[tail++] = s;
                }
            }
            boolean found = false;
            while (head < tail && !found) {
                int s = queue[head++];
                for (int f = 0; f < k && !found; f++) {
                    if (!in.allowed[s][f] || parentOfField[f] != -2) {
                        continue;
                    }
                    parentOfField[f] = s;
                    if (f == field) {
                        found = true;
                        break;
                    }
                    for (int s2 = 0; s2 < m; s2++) {
                        if (parentOfSource[s2] == -2 && paid[s2 * k + f] > 0) {
                            parentOfSource[s2] = f;
                            queue[tail++] = s2;
                        }
                    }
                }
            }
            if (!found) {
                return false;
            }
            long bottleneck = left;
            int f = field;
            while (true) {
                int s = parentOfField[f];
                int back = parentOfSource[s];
                if (back == -1) {
                    bottleneck = Math.min(bottleneck, slack[s]);
                    break;
                }
                bottleneck = Math.min(bottleneck, paid[s * k + back]);
                f = back;
            }
            f = field;
            while (true) {
                int s = parentOfField[f];
                paid[s * k + f] += bottleneck;
                int back = parentOfSource[s];
                if (back == -1) {
                    slack[s] -= bottleneck;
                    break;
                }
                paid[s * k + back] -= bottleneck;
                f = back;
            }
            left -= bottleneck;
        }
        return true;
    }
}
