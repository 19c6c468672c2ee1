package vn.sonla.ntm.funding.domain;

import java.util.List;

/**
 * Where an allocation stands: allocated (net of reversals) and, net of their reversals, committed, disbursed and
 * expended; {@code available} is what may still be disbursed (negative after an accepted over-disbursement).
 */
public record AllocationBalance(long allocated, long committed, long disbursed, long expended) {

    public long available() {
        return allocated - disbursed;
    }

    public static AllocationBalance of(Allocation allocation, List<Allocation> reversals, List<LedgerTransaction> entries) {
        long allocated = allocation.amount() - reversals.stream().mapToLong(Allocation::amount).sum();
        long committed = 0;
        long disbursed = 0;
        long expended = 0;
        for (LedgerTransaction t : entries) {
            switch (t.type()) {
                case COMMITMENT -> committed += t.signedAmount();
                case DISBURSEMENT -> disbursed += t.signedAmount();
                case EXPENDITURE -> expended += t.signedAmount();
            }
        }
        return new AllocationBalance(allocated, committed, disbursed, expended);
    }
}
