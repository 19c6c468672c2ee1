package vn.sonla.ntm.rules;

import java.util.List;
import java.util.Objects;

/** A criterion (tiêu chí): met when every one of its indicators is met. */
public record CriterionRule(String code, List<IndicatorRule> indicators) {

    public CriterionRule {
        Objects.requireNonNull(code, "code");
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public static CriterionRule of(String code, IndicatorRule... indicators) {
        return new CriterionRule(code, List.of(indicators));
    }
}
