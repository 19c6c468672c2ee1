package vn.sonla.ntm.funding.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Adds up ledger facts by any heading. Every report is a tally, so every report row is a sum of ledger rows and
 * the rows of a report add up to its total (checked by property tests over generated ledgers).
 */
public final class FundingTally {

    private FundingTally() {
    }

    public static Totals total(Collection<FundingFact> facts) {
        Totals t = Totals.ZERO;
        for (FundingFact f : facts) {
            t = t.plus(f);
        }
        return t;
    }

    /** Totals per key, in the order keys first appear; a null key is kept as its own group. */
    public static <K> Map<K, Totals> by(Collection<FundingFact> facts, Function<FundingFact, K> key) {
        Map<K, Totals> groups = new LinkedHashMap<>();
        for (FundingFact f : facts) {
            groups.merge(key.apply(f), Totals.ZERO.plus(f), Totals::plus);
        }
        return groups;
    }
}
