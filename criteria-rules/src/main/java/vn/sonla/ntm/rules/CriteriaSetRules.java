package vn.sonla.ntm.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The judging part of one criteria-set version: its criteria with their indicators and thresholds, and the
 * recognition rule. Immutable; evaluation is a pure function of the values given.
 */
public record CriteriaSetRules(RecognitionRule recognitionRule, List<CriterionRule> criteria) {

    public CriteriaSetRules {
        Objects.requireNonNull(recognitionRule, "recognitionRule");
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /**
     * Judges a commune's indicator values.
     *
     * @param communeClass the commune's class for class-specific thresholds, or null for the default thresholds
     * @param values       indicator code → value; absent codes are missing
     */
    public Evaluation evaluate(String communeClass, Map<String, IndicatorValue> values) {
        Map<String, IndicatorValue> given = values == null ? Map.of() : values;
        List<IndicatorResult> allIndicators = new ArrayList<>();
        List<CriterionResult> criterionResults = new ArrayList<>();
        for (CriterionRule criterion : criteria) {
            List<IndicatorResult> results = criterion.indicators().stream()
                    .map(i -> i.evaluate(criterion.code(), communeClass, given.get(i.code())))
                    .toList();
            allIndicators.addAll(results);
            criterionResults.add(judge(criterion, results));
        }
        int total = criteria.size();
        int met = (int) criterionResults.stream().filter(CriterionResult::isMet).count();
        int required = recognitionRule.requiredOf(total);
        boolean reached = recognitionRule.isSatisfiedBy(met, total);
        List<CriterionResult> unmet = criterionResults.stream()
                .filter(c -> !c.isMet())
                .sorted(Comparator.comparingInt((CriterionResult c) -> c.openIndicators().size()))
                .toList();
        Gap gap = new Gap(reached ? 0 : Math.max(0, required - met), reached ? List.of() : unmet);
        return new Evaluation(allIndicators, criterionResults, met, total, required, recognitionRule.describe(total), reached, gap);
    }

    private static CriterionResult judge(CriterionRule criterion, List<IndicatorResult> results) {
        int metCount = (int) results.stream().filter(IndicatorResult::isMet).count();
        List<IndicatorResult> open = results.stream().filter(r -> !r.isMet()).toList();
        CriterionStatus status;
        if (results.isEmpty()) {
            status = CriterionStatus.INCOMPLETE;
        } else if (open.isEmpty()) {
            status = CriterionStatus.MET;
        } else if (open.stream().anyMatch(r -> r.status() == IndicatorStatus.NOT_MET)) {
            status = CriterionStatus.NOT_MET;
        } else {
            status = CriterionStatus.INCOMPLETE;
        }
        return new CriterionResult(criterion.code(), status, metCount, results.size(), open);
    }

    /** Why this set could never recognise a commune, if it could not. */
    public java.util.Optional<String> recognitionImpossibility() {
        return recognitionRule.impossibilityFor(criteria.size());
    }
}
