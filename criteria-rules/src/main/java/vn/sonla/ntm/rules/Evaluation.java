package vn.sonla.ntm.rules;

import java.util.List;

/** The whole verdict of a criteria-set version on one commune's values. */
public record Evaluation(List<IndicatorResult> indicators, List<CriterionResult> criteria, int criteriaMet,
                         int criteriaTotal, int criteriaRequired, String rule, boolean standardReached, Gap gap) {

    public Evaluation {
        indicators = List.copyOf(indicators);
        criteria = List.copyOf(criteria);
    }

    /** "12/17". */
    public String score() {
        return criteriaMet + "/" + criteriaTotal;
    }

    public long indicatorsMissing() {
        return indicators.stream().filter(i -> i.status() == IndicatorStatus.MISSING).count();
    }
}
