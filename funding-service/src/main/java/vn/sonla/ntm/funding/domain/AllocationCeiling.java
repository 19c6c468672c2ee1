package vn.sonla.ntm.funding.domain;

import java.util.Optional;

/** The allocations of a plan line never add up to more than the line. */
public final class AllocationCeiling {

    private AllocationCeiling() {
    }

    /**
     * @param lineAmount   the plan line
     * @param netAllocated what is allocated from it already, net of reversals
     * @param requested    the new allocation
     */
    public static Optional<Rejection> check(long lineAmount, long netAllocated, long requested) {
        long left = lineAmount - netAllocated;
        if (requested > left) {
            return Optional.of(Rejection.of("amount", "exceeds what is left of the plan line: " + left
                    + " đồng of " + lineAmount + " (already allocated " + netAllocated + ")"));
        }
        return Optional.empty();
    }
}
