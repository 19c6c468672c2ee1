package vn.sonla.ntm.funding.domain;

/** What a ledger fact counts towards: the plan, the allocations, or one kind of transaction. */
public enum Measure {
    PLANNED,
    ALLOCATED,
    COMMITTED,
    DISBURSED,
    EXPENDED;

    public static Measure of(TransactionType type) {
        return switch (type) {
            case COMMITMENT -> COMMITTED;
            case DISBURSEMENT -> DISBURSED;
            case EXPENDITURE -> EXPENDED;
        };
    }
}
