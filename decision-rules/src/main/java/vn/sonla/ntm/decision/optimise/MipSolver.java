package vn.sonla.ntm.decision.optimise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The same problem as a mixed-integer programme for ojAlgo (decision 0090), for cases too large for the branch and
 * bound's node budget: a binary per gap, a binary per commune "reaches the standard", a continuous amount per
 * (source, allowed field). The order of goals is kept by solving four times (lexicographic): pilots reached, communes
 * reached, criteria closed, each then fixed as a floor, and finally the cost minimised. Money is in billions of đồng
 * for the solver (tỷ đồng); the choice it returns is checked again in whole đồng ({@link FlowState}) before it is used.
 */
final class MipSolver {

    private static final double UNIT = 1_000_000_000d; // a tỷ đồng: coefficients near 1 keep the LP well conditioned

    private final Instance in;
    private final long millisPerStage;
    private boolean optimal = true;

    MipSolver(Instance in, long millisPerStage) {
        this.in = in;
        this.millisPerStage = millisPerStage;
    }

    boolean optimal() {
        return optimal;
    }

    /** The chosen items, or null when the solver found no feasible choice (or its choice fails the exact check). */
    boolean[] solve() {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        model.options.time_abort = millisPerStage;
        model.options.time_suffice = millisPerStage;
        Variable[] x = new Variable[in.items];
        for (int i = 0; i < in.items; i++) {
            x[i] = model.addVariable("x" + i).binary();
        }
        int n = in.communeCount();
        Variable[] y = new Variable[n];
        for (int c = 0; c < n; c++) {
            y[c] = model.addVariable("y" + c).binary();
            if (in.need[c] == 0 || in.end[c] - in.start[c] < in.need[c]) {
                y[c].upper(BigDecimal.ZERO);
            }
            if (in.pinned[c] && in.need[c] > 0) {
                y[c].lower(BigDecimal.ONE);
            }
            Expression reach = model.addExpression("reach" + c).lower(BigDecimal.ZERO);
            for (int i = in.start[c]; i < in.end[c]; i++) {
                reach.set(x[i], 1);
            }
            reach.set(y[c], -in.need[c]);
        }
        int m = in.sources.length;
        int k = in.fields.length;
        Variable[][] z = new Variable[m][k];
        for (int s = 0; s < m; s++) {
            Expression cap = model.addExpression("source" + s).upper(in.supply[s] / UNIT);
            for (int f = 0; f < k; f++) {
                if (in.allowed[s][f]) {
                    z[s][f] = model.addVariable("z" + s + "_" + f).lower(BigDecimal.ZERO);
                    cap.set(z[s][f], 1);
                }
            }
        }
        for (int f = 0; f < k; f++) {
            Expression paid = model.addExpression("field" + f).level(BigDecimal.ZERO);
            for (int s = 0; s < m; s++) {
                if (z[s][f] != null) {
                    paid.set(z[s][f], 1);
                }
            }
            for (int i = 0; i < in.items; i++) {
                for (int j = 0; j < in.itemFields[i].length; j++) {
                    if (in.itemFields[i][j] == f) {
                        paid.set(x[i], -in.itemCosts[i][j] / UNIT);
                    }
                }
            }
        }
        if (in.infraCap != Long.MAX_VALUE) {
            Expression infra = model.addExpression("infrastructure").upper(in.infraCap / UNIT);
            for (int i = 0; i < in.items; i++) {
                if (in.itemInfra[i] > 0) {
                    infra.set(x[i], in.itemInfra[i] / UNIT);
                }
            }
        }
        List<List<Variable>> stages = new ArrayList<>();
        List<Variable> pilots = new ArrayList<>();
        List<Variable> all = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            if (in.pilot[c]) {
                pilots.add(y[c]);
            }
            all.add(y[c]);
        }
        stages.add(pilots);
        stages.add(all);
        stages.add(List.of(x));
        Optimisation.Result result = null;
        for (int stage = 0; stage < stages.size(); stage++) {
            List<Variable> goal = stages.get(stage);
            clearWeights(model);
            if (goal.isEmpty()) {
                continue;
            }
            Expression objective = model.addExpression("goal" + stage);
            for (Variable v : goal) {
                objective.set(v, 1);
            }
            objective.weight(1);
            result = model.maximise();
            if (!result.getState().isFeasible()) {
                return null;
            }
            optimal &= result.getState().isOptimal();
            long value = Math.round(objective.evaluate(result).doubleValue());
            objective.weight(null);
            objective.lower(BigDecimal.valueOf(value));
        }
        clearWeights(model);
        Expression money = model.addExpression("cost");
        for (int i = 0; i < in.items; i++) {
            money.set(x[i], in.itemTotal[i] / UNIT);
        }
        money.weight(1);
        result = model.minimise();
        if (!result.getState().isFeasible()) {
            return null;
        }
        optimal &= result.getState().isOptimal();
        boolean[] chosen = new boolean[in.items];
        for (int i = 0; i < in.items; i++) {
            chosen[i] = result.doubleValue(i) > 0.5; // the x variables were added first: index i
        }
        if (!in.pinsHold(chosen) || in.fund(chosen) == null) {
            return null;
        }
        return chosen;
    }

    private static void clearWeights(ExpressionsBasedModel model) {
        model.getExpressions().forEach(e -> {
            if (e.isObjective()) {
                e.weight(null);
            }
        });
        model.getVariables().forEach(v -> v.weight(null));
    }
}
