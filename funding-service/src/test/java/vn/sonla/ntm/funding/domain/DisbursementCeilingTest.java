package vn.sonla.ntm.funding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.sonla.ntm.funding.domain.DisbursementCeiling.Outcome;

class DisbursementCeilingTest {

    @Test
    void disbursingUpToTheAllocationIsWithinIt() {
        assertThat(DisbursementCeiling.check(100, 60, 40, false, null).outcome()).isEqualTo(Outcome.WITHIN_ALLOCATION);
    }

    @Test
    void disbursingBeyondTheAllocationIsRefusedForAnyoneButACoordinator() {
        var decision = DisbursementCeiling.check(100, 60, 41, false, "a long enough justification");
        assertThat(decision.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(decision.rejection().field()).isEqualTo("amount");
        assertThat(decision.rejection().reason()).contains("40 đồng left of 100");
    }

    @Test
    void aCoordinatorMustJustifyAnOverDisbursement() {
        assertThat(DisbursementCeiling.check(100, 60, 41, true, null).rejection().field()).isEqualTo("justification");
        assertThat(DisbursementCeiling.check(100, 60, 41, true, "   short  ").rejection().field()).isEqualTo("justification");
    }

    @Test
    void aCoordinatorsJustifiedExcessIsAcceptedAsAnOverDisbursement() {
        assertThat(DisbursementCeiling.check(100, 60, 41, true, "Tạm ứng theo Công văn 812/UBND-KT").outcome())
                .isEqualTo(Outcome.OVER_DISBURSEMENT);
    }

    @Test
    void afterAnOverDisbursementNothingIsLeftToDisburseWithoutAnotherJustification() {
        assertThat(DisbursementCeiling.check(100, 101, 1, false, null).outcome()).isEqualTo(Outcome.REFUSED);
    }
}
