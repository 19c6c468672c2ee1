package vn.sonla.ntm.decision.optimise;

import java.util.List;

/**
 * The optimiser's answer: which communes and criteria to fund, from which source in which field, how good that is, by
 * which method it was found and whether it is proven best, and every choice explained in Vietnamese and English.
 *
 * @param feasible false when no proposal satisfies the pinned communes (then nothing is chosen; the summary says why)
 */
public record Proposal(boolean feasible, Method method, boolean provenOptimal, long searchNodes, Score score, int year,
                       long budgetTotal, long proposedTotal, long infrastructureProposed, Long infrastructureCap,
                       List<SourceUse> sources, List<CommuneChoice> communes, List<FundingLine> lines,
                       String summaryVi, String summaryEn) {

    public Proposal {
        sources = List.copyOf(sources);
        communes = List.copyOf(communes);
        lines = List.copyOf(lines);
    }

    public enum Method {
        /**
         * Dynamic programming over the communes with the sources pooled found an answer the real sources can pay within
         * the cap: proven best (the pooled problem can only do better than the real one).
         */
        DYNAMIC_PROGRAMMING,
        /** Our exact branch and bound finished: the answer is proven best. */
        BRANCH_AND_BOUND,
        /** ojAlgo's mixed-integer solver (provenOptimal says whether it proved optimality within its time). */
        MIP_OJALGO,
        /** The documented greedy rule: neither exact method gave an answer in time. */
        GREEDY
    }

    /** One source: what it brings and how much of it the proposal uses. */
    public record SourceUse(String sourceCode, long available, long proposed) {
    }

    /** One commune: what it gets and why, in words an official can read. */
    public record CommuneChoice(String unitCode, String name, boolean pilot, boolean pinned, boolean excluded, int criteriaMet,
                                int criteriaRequired, boolean alreadyReached, boolean reachesStandard, List<String> criteriaClosed,
                                long cost, String explanationVi, String explanationEn) {
        public CommuneChoice {
            criteriaClosed = List.copyOf(criteriaClosed);
        }
    }

    /** Money for one criterion of one commune, from one source, in one field: what becomes a draft allocation. */
    public record FundingLine(String unitCode, String criterionCode, String fieldCode, String sourceCode, long amount) {
    }
}
