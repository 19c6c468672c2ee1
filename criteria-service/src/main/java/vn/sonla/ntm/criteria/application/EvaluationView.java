package vn.sonla.ntm.criteria.application;

import java.math.BigDecimal;
import java.util.List;

import vn.sonla.ntm.rules.document.SetReference;

/** The verdict of one version on one commune's values, as the API answers it. */
public record EvaluationView(SetReference set, String versionStatus, String communeClass, List<IndicatorVerdict> indicators,
                             List<CriterionVerdict> criteria, int criteriaMet, int criteriaTotal, int criteriaRequired, String rule,
                             boolean standardReached, GapView gap) {

    /** {@code explanation} is one line such as "82% ≥ 80%"; {@code shortfall} how far a number is from its threshold. */
    public record IndicatorVerdict(String code, String criterionCode, String status, String explanation, Object value,
                                   String threshold, BigDecimal shortfall, String need) {
    }

    public record CriterionVerdict(String code, String status, int indicatorsMet, int indicatorsTotal) {
    }

    /** How many more criteria must be met, and the unmet criteria nearest first, each with what its open indicators need. */
    public record GapView(int criteriaStillNeeded, List<UnmetCriterion> unmetCriteria) {
    }

    public record UnmetCriterion(String code, String status, int indicatorsMet, int indicatorsTotal, List<OpenIndicator> openIndicators) {
    }

    public record OpenIndicator(String code, String status, String need) {
    }
}
