package vn.sonla.ntm.funding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReversalRuleTest {

    @Test
    void anEntryCanBeReversedInFullOrInPart() {
        assertThat(ReversalRule.check(false, false, 500, 500)).isEmpty();
        assertThat(ReversalRule.check(false, false, 500, 1)).isEmpty();
    }

    @Test
    void aReversalCannotExceedTheEntryItReverses() {
        assertThat(ReversalRule.check(false, false, 500, 501)).get().extracting(Rejection::field).isEqualTo("amount");
    }

    @Test
    void anEntryIsReversedOnlyOnce() {
        assertThat(ReversalRule.check(false, true, 500, 1)).get().extracting(Rejection::reason).asString()
                .contains("already been reversed");
    }

    @Test
    void aReversalIsNeverItselfReversed() {
        assertThat(ReversalRule.check(true, false, 500, 1)).get().extracting(Rejection::reason).asString()
                .contains("cannot be reversed");
    }
}
