package vn.sonla.ntm.decision.optimise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference for the tests: every subset of every gap, paid or not decided by Hall's condition (for every set of
 * fields, their demand ≤ the money of the sources allowed to pay for any of them) — independent of the optimiser's
 * augmenting paths — and the best score kept.
 */
final class BruteForce {

    private BruteForce() {
    }

    static Score best(Problem p) {
        record Item(CommuneCase commune, CriterionGap gap) {
        }
        List<Item> items = new ArrayList<>();
        for (CommuneCase c : p.communes()) {
            if (!p.excluded().contains(c.unitCode())) {
                c.gaps().forEach(g -> items.add(new Item(c, g)));
            }
        }
        if (items.size() > 22) {
            throw new IllegalArgumentException("too many gaps for brute force");
        }
        List<String> fields = new ArrayList<>();
        items.forEach(i -> i.gap().costByField().keySet().forEach(f -> {
            if (!fields.contains(f)) {
                fields.add(f);
            }
        }));
        Score best = null;
        for (long mask = 0; mask < (1L << items.size()); mask++) {
            Map<String, Long> demand = new HashMap<>();
            Map<String, Integer> closed = new HashMap<>();
            long cost = 0;
            long infra = 0;
            for (int i = 0; i < items.size(); i++) {
                if ((mask & (1L << i)) != 0) {
                    Item it = items.get(i);
                    it.gap().costByField().forEach((f, v) -> demand.merge(f, v, Long::sum));
                    closed.merge(it.commune().unitCode(), 1, Integer::sum);
                    cost += it.gap().total();
                    for (var e : it.gap().costByField().entrySet()) {
                        if (p.budget().infrastructureFields().contains(e.getKey())) {
                            infra += e.getValue();
                        }
                    }
                }
            }
            if (infra > p.budget().infrastructureCap() || !hall(p.budget(), fields, demand)) {
                continue;
            }
            boolean pinsHold = true;
            int pilots = 0;
            int reached = 0;
            int criteria = 0;
            for (CommuneCase c : p.communes()) {
                int k = closed.getOrDefault(c.unitCode(), 0);
                criteria += k;
                boolean newly = c.need() > 0 && k >= c.need();
                if (newly) {
                    reached++;
                    pilots += c.pilot() ? 1 : 0;
                }
                if (p.pinned().contains(c.unitCode()) && c.need() > 0 && !newly) {
                    pinsHold = false;
                }
            }
            if (!pinsHold) {
                continue;
            }
            Score s = new Score(pilots, reached, criteria, cost);
            if (best == null || s.compareTo(best) > 0) {
                best = s;
            }
        }
        return best;
    }

    private static boolean hall(Budget b, List<String> fields, Map<String, Long> demand) {
        int k = fields.size();
        for (int set = 1; set < (1 << k); set++) {
            long need = 0;
            long money = 0;
            for (int f = 0; f < k; f++) {
                if ((set & (1 << f)) != 0) {
                    need += demand.getOrDefault(fields.get(f), 0L);
                }
            }
            for (SourceBudget s : b.sources()) {
                for (int f = 0; f < k; f++) {
                    if ((set & (1 << f)) != 0 && s.allowedFields().contains(fields.get(f))) {
                        money += s.amount();
                        break;
                    }
                }
            }
            if (need > money) {
                return false;
            }
        }
        return true;
    }
}
