package vn.sonla.ntm.rules;

import java.util.Optional;

/** When a commune reaches the standard of a set: all criteria met, or at least N of them. */
public sealed interface RecognitionRule permits RecognitionRule.AllCriteria, RecognitionRule.AtLeast {

    static RecognitionRule allCriteria() {
        return new AllCriteria();
    }

    static RecognitionRule atLeast(int criteria) {
        return new AtLeast(criteria);
    }

    /** How many criteria must be met in a set of {@code total} criteria. */
    int requiredOf(int total);

    default boolean isSatisfiedBy(int met, int total) {
        return total > 0 && met >= requiredOf(total);
    }

    /** Why this rule can never hold for a set with {@code criteriaInSet} criteria, if it cannot. */
    Optional<String> impossibilityFor(int criteriaInSet);

    /** "all 19 criteria", "at least 5 of 17 criteria". */
    String describe(int total);

    record AllCriteria() implements RecognitionRule {
        @Override
        public int requiredOf(int total) {
            return total;
        }

        @Override
        public Optional<String> impossibilityFor(int criteriaInSet) {
            return criteriaInSet == 0 ? Optional.of("the set has no criteria, so 'all criteria met' can never be reached") : Optional.empty();
        }

        @Override
        public String describe(int total) {
            return "all " + total + " criteria met";
        }
    }

    record AtLeast(int criteria) implements RecognitionRule {
        @Override
        public int requiredOf(int total) {
            return criteria;
        }

        @Override
        public Optional<String> impossibilityFor(int criteriaInSet) {
            if (criteria < 1) {
                return Optional.of("at least " + criteria + " criteria is not a rule: the minimum must be 1 or more");
            }
            if (criteria > criteriaInSet) {
                return Optional.of("at least " + criteria + " criteria can never be met: the set has only " + criteriaInSet);
            }
            return Optional.empty();
        }

        @Override
        public String describe(int total) {
            return "at least " + criteria + " of " + total + " criteria met";
        }
    }
}
