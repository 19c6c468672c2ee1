package vn.sonla.ntm.decision.optimise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Problem} compiled into arrays for the solvers. Communes are put in search order — pinned, then pilots, then
 * by the cheapest money that reaches the standard — and excluded communes are left out; each commune's gaps are its
 * items, cheapest first. An item whose field no source may pay for is left out too (it can never be funded).
 */
final class Instance {

    final Problem problem;
    final List<CommuneCase> communes = new ArrayList<>();
    final int[] need;
    final boolean[] pilot;
    final boolean[] pinned;
    final int[] start;
    final int[] end;

    final String[] fields;
    final boolean[] infraField;
    final String[] sources;
    final long[] supply;
    final boolean[][] allowed;
    final long totalSupply;
    final long infraCap;

    final int items;
    final int[] itemCommune;
    final CriterionGap[] itemGap;
    final int[][] itemFields;
    final long[][] itemCosts;
    final long[] itemTotal;
    final long[] itemInfra;
    /** prefix sums of itemTotal: totalPrefix[i] = Σ itemTotal[0..i-1]. */
    final long[] totalPrefix;
    /** Gaps left out because no source may pay for one of their fields: commune code → criterion codes. */
    final Map<String, List<String>> unfundable = new LinkedHashMap<>();

    Instance(Problem problem) {
        this.problem = problem;
        Budget b = problem.budget();
        sources = b.sources().stream().map(SourceBudget::sourceCode).toArray(String[]::new);
        supply = b.sources().stream().mapToLong(SourceBudget::amount).toArray();
        totalSupply = b.total();
        infraCap = b.infrastructureCap();

        List<String> fieldList = new ArrayList<>();
        for (CommuneCase c : problem.communes()) {
            for (CriterionGap g : c.gaps()) {
                for (String f : g.costByField().keySet()) {
                    if (!fieldList.contains(f)) {
                        fieldList.add(f);
                    }
                }
            }
        }
        fieldList.sort(Comparator.naturalOrder());
        fields = fieldList.toArray(String[]::new);
        infraField = new boolean[fields.length];
        allowed = new boolean[sources.length][fields.length];
        for (int f = 0; f < fields.length; f++) {
            infraField[f] = b.infrastructureFields().contains(fields[f]);
            for (int s = 0; s < sources.length; s++) {
                allowed[s][f] = b.sources().get(s).allowedFields().contains(fields[f]);
            }
        }

        List<CommuneCase> kept = new ArrayList<>();
        for (CommuneCase c : problem.communes()) {
            if (problem.excluded().contains(c.unitCode())) {
                continue;
            }
            List<CriterionGap> fundable = new ArrayList<>();
            for (CriterionGap g : c.gaps()) {
                boolean ok = g.costByField().keySet().stream().allMatch(f -> {
                    int fi = fieldList.indexOf(f);
                    for (int s = 0; s < sources.length; s++) {
                        if (allowed[s][fi] && supply[s] > 0) {
                            return true;
                        }
                    }
                    return false;
                });
                if (ok) {
                    fundable.add(g);
                } else {
                    unfundable.computeIfAbsent(c.unitCode(), k -> new ArrayList<>()).add(g.criterionCode());
                }
            }
            fundable.sort(Comparator.comparingLong(CriterionGap::total).thenComparing(CriterionGap::criterionCode));
            kept.add(new CommuneCase(c.unitCode(), c.name(), c.pilot(), c.criteriaMet(), c.criteriaRequired(), fundable, c.unpriced()));
        }
        kept.sort(Comparator.comparing((CommuneCase c) -> !problem.pinned().contains(c.unitCode()))
                .thenComparing(c -> !c.pilot())
                .thenComparing(c -> !c.canReach() || c.alreadyReached())
                .thenComparingLong(CommuneCase::cheapestCompletion)
                .thenComparing(CommuneCase::unitCode));
        communes.addAll(kept);

        int n = communes.size();
        need = new int[n];
        pilot = new boolean[n];
        pinned = new boolean[n];
        start = new int[n];
        end = new int[n];
        int count = 0;
        for (int c = 0; c < n; c++) {
            CommuneCase cc = communes.get(c);
            need[c] = cc.need();
            pilot[c] = cc.pilot();
            pinned[c] = problem.pinned().contains(cc.unitCode());
            start[c] = count;
            count += cc.gaps().size();
            end[c] = count;
        }
        items = count;
        itemCommune = new int[items];
        itemGap = new CriterionGap[items];
        itemFields = new int[items][];
        itemCosts = new long[items][];
        itemTotal = new long[items];
        itemInfra = new long[items];
        totalPrefix = new long[items + 1];
        int i = 0;
        for (int c = 0; c < n; c++) {
            for (CriterionGap g : communes.get(c).gaps()) {
                itemCommune[i] = c;
                itemGap[i] = g;
                int k = g.costByField().size();
                itemFields[i] = new int[k];
                itemCosts[i] = new long[k];
                int j = 0;
                for (Map.Entry<String, Long> e : g.costByField().entrySet()) {
                    int fi = fieldList.indexOf(e.getKey());
                    itemFields[i][j] = fi;
                    itemCosts[i][j] = e.getValue();
                    if (infraField[fi]) {
                        itemInfra[i] += e.getValue();
                    }
                    j++;
                }
                itemTotal[i] = g.total();
                totalPrefix[i + 1] = totalPrefix[i] + itemTotal[i];
                i++;
            }
        }
    }

    int communeCount() {
        return communes.size();
    }

    /** Score of a choice of items (no feasibility check). */
    Score score(boolean[] chosen) {
        int pilots = 0;
        int reached = 0;
        int criteria = 0;
        long cost = 0;
        for (int c = 0; c < communeCount(); c++) {
            int closed = 0;
            for (int i = start[c]; i < end[c]; i++) {
                if (chosen[i]) {
                    closed++;
                    cost += itemTotal[i];
                }
            }
            criteria += closed;
            if (need[c] > 0 && closed >= need[c]) {
                reached++;
                if (pilot[c]) {
                    pilots++;
                }
            }
        }
        return new Score(pilots, reached, criteria, cost);
    }

    /** Whether every pinned commune reaches the standard with this choice. */
    boolean pinsHold(boolean[] chosen) {
        for (int c = 0; c < communeCount(); c++) {
            if (!pinned[c] || need[c] == 0) {
                continue;
            }
            int closed = 0;
            for (int i = start[c]; i < end[c]; i++) {
                if (chosen[i]) {
                    closed++;
                }
            }
            if (closed < need[c]) {
                return false;
            }
        }
        return true;
    }

    /** The funding of a choice (sources → fields) if the budget, the sources' fields and the infrastructure cap allow it. */
    FlowState fund(boolean[] chosen) {
        FlowState st = new FlowState(this);
        for (int i = 0; i < items; i++) {
            if (chosen[i] && !st.add(i)) {
                return null;
            }
        }
        return st;
    }
}
