package vn.sonla.ntm.rules;

import java.util.List;

/** Verdict on one criterion and the indicators that keep it from being met. */
public record CriterionResult(String code, CriterionStatus status, int indicatorsMet, int indicatorsTotal,
                              List<IndicatorResult> openIndicators) {

    public CriterionResult {
        openIndicators = List.copyOf(openIndicators);
    }

    public boolean isMet() {
        return status == CriterionStatus.MET;
    }
}
