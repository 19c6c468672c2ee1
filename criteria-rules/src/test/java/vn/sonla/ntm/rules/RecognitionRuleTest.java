package vn.sonla.ntm.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecognitionRuleTest {

    @Test
    void allCriteriaNeedsEveryOne() {
        RecognitionRule all = RecognitionRule.allCriteria();
        assertThat(all.isSatisfiedBy(19, 19)).isTrue();
        assertThat(all.isSatisfiedBy(18, 19)).isFalse();
        assertThat(all.describe(19)).isEqualTo("all 19 criteria met");
    }

    @Test
    void atLeastNeedsTheMinimumAndNoMore() {
        RecognitionRule fiveOfSeventeen = RecognitionRule.atLeast(5);
        assertThat(fiveOfSeventeen.isSatisfiedBy(5, 17)).isTrue();
        assertThat(fiveOfSeventeen.isSatisfiedBy(17, 17)).isTrue();
        assertThat(fiveOfSeventeen.isSatisfiedBy(4, 17)).isFalse();
        assertThat(fiveOfSeventeen.describe(17)).isEqualTo("at least 5 of 17 criteria met");
    }

    @Test
    void anEmptySetIsNeverReached() {
        assertThat(RecognitionRule.allCriteria().isSatisfiedBy(0, 0)).isFalse();
        assertThat(RecognitionRule.allCriteria().impossibilityFor(0)).isPresent();
    }

    @Test
    void aMinimumAboveTheNumberOfCriteriaCanNeverBeMet() {
        assertThat(RecognitionRule.atLeast(18).impossibilityFor(17))
                .contains("at least 18 criteria can never be met: the set has only 17");
        assertThat(RecognitionRule.atLeast(17).impossibilityFor(17)).isEmpty();
    }

    @Test
    void aMinimumBelowOneIsNotARule() {
        assertThat(RecognitionRule.atLeast(0).impossibilityFor(17)).isPresent();
        assertThat(RecognitionRule.atLeast(-2).impossibilityFor(17)).isPresent();
    }
}
