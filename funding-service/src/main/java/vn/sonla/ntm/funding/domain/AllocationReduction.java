package vn.sonla.ntm.funding.domain;

import java.util.Optional;

/** An allocation can be reduced only down to what has already been disbursed from it. */
public final class AllocationReduction {

    private AllocationReduction() {
    }

    public static Optional<Rejection> check(long netAllocated, long netDisbursed, long reduction) {
        if (netAllocated - reduction < netDisbursed) {
            return Optional.of(Rejection.of("amount", "reducing the allocation by " + reduction
                    + " đồng would leave less than is already disbursed (" + netDisbursed + " of " + netAllocated
                    + "); reverse disbursements first"));
        }
        return Optional.empty();
    }
}
