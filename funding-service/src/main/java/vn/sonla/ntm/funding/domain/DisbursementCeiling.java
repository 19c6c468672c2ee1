package vn.sonla.ntm.funding.domain;

/**
 * What is disbursed from an allocation never exceeds what is allocated — unless a coordinator accepts the excess
 * with a written justification, and then the entry is marked as an over-disbursement.
 */
public final class DisbursementCeiling {

    /** A justification shorter than this is not an explanation. */
    public static final int MIN_JUSTIFICATION = 10;

    public enum Outcome {
        WITHIN_ALLOCATION,
        OVER_DISBURSEMENT,
        REFUSED
    }

    public record Decision(Outcome outcome, Rejection rejection) {
    }

    private DisbursementCeiling() {
    }

    public static Decision check(long netAllocated, long netDisbursed, long requested, boolean byCoordinator,
                                 String justification) {
        long left = netAllocated - netDisbursed;
        if (requested <= left) {
            return new Decision(Outcome.WITHIN_ALLOCATION, null);
        }
        String excess = "disbursing " + requested + " đồng would exceed the allocation: " + Math.max(left, 0)
                + " đồng left of " + netAllocated + " (already disbursed " + netDisbursed + ")";
        if (!byCoordinator) {
            return new Decision(Outcome.REFUSED, Rejection.of("amount", excess
                    + "; only a coordinator can accept an over-disbursement, with a justification"));
        }
        if (justification == null || justification.strip().length() < MIN_JUSTIFICATION) {
            return new Decision(Outcome.REFUSED, Rejection.of("justification", excess
                    + "; to accept it, give a justification of at least " + MIN_JUSTIFICATION + " characters"));
        }
        return new Decision(Outcome.OVER_DISBURSEMENT, null);
    }
}
