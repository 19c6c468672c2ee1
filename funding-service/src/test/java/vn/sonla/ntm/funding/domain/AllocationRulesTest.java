package vn.sonla.ntm.funding.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AllocationRulesTest {

    @Test
    void anAllocationThatFitsWhatIsLeftOfTheLineIsAccepted() {
        assertThat(AllocationCeiling.check(1_000, 600, 400)).isEmpty();
    }

    @Test
    void anAllocationOneDongBeyondTheLineIsRefusedNamingTheAmount() {
        assertThat(AllocationCeiling.check(1_000, 600, 401)).get()
                .satisfies(r -> {
                    assertThat(r.field()).isEqualTo("amount");
                    assertThat(r.reason()).contains("400 đồng of 1000");
                });
    }

    @Test
    void reversedAllocationsMakeRoomOnTheLineAgain() {
        long net = 600 - 200;
        assertThat(AllocationCeiling.check(1_000, net, 600)).isEmpty();
    }

    @Test
    void anAllocationCannotBeReducedBelowWhatIsAlreadyDisbursed() {
        assertThat(AllocationReduction.check(900, 500, 400)).isEmpty();
        assertThat(AllocationReduction.check(900, 500, 401)).get().extracting(Rejection::field).isEqualTo("amount");
    }

    @Test
    void amountsArePositiveWholeDongUpToTenToTheFifteenth() {
        assertThat(Amount.of(1).dong()).isEqualTo(1);
        assertThat(Amount.of(Amount.MAX).dong()).isEqualTo(1_000_000_000_000_000L);
        assertThatThrownBy(() -> Amount.of(0)).isInstanceOf(Amount.InvalidAmount.class);
        assertThatThrownBy(() -> Amount.of(-5)).isInstanceOf(Amount.InvalidAmount.class);
        assertThatThrownBy(() -> Amount.of(Amount.MAX + 1)).hasMessageContaining("10^15");
    }
}
