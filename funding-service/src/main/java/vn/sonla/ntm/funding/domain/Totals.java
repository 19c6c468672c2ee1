package vn.sonla.ntm.funding.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Planned, allocated, committed, disbursed and expended đồng of some grouping of facts. */
public record Totals(long planned, long allocated, long committed, long disbursed, long expended) {

    public static final Totals ZERO = new Totals(0, 0, 0, 0, 0);

    public Totals plus(FundingFact fact) {
        return plus(fact.measure(), fact.amount());
    }

    public Totals plus(Measure measure, long amount) {
        return switch (measure) {
            case PLANNED -> new Totals(Math.addExact(planned, amount), allocated, committed, disbursed, expended);
            case ALLOCATED -> new Totals(planned, Math.addExact(allocated, amount), committed, disbursed, expended);
            case COMMITTED -> new Totals(planned, allocated, Math.addExact(committed, amount), disbursed, expended);
            case DISBURSED -> new Totals(planned, allocated, committed, Math.addExact(disbursed, amount), expended);
            case EXPENDED -> new Totals(planned, allocated, committed, disbursed, Math.addExact(expended, amount));
        };
    }

    public Totals plus(Totals o) {
        return new Totals(Math.addExact(planned, o.planned), Math.addExact(allocated, o.allocated),
                Math.addExact(committed, o.committed), Math.addExact(disbursed, o.disbursed),
                Math.addExact(expended, o.expended));
    }

    public long get(Measure measure) {
        return switch (measure) {
            case PLANNED -> planned;
            case ALLOCATED -> allocated;
            case COMMITTED -> committed;
            case DISBURSED -> disbursed;
            case EXPENDED -> expended;
        };
    }

    /** Disbursed as a percentage of allocated, 2 decimals; null when nothing is allocated. */
    public BigDecimal disbursementRate() {
        return percent(disbursed, allocated);
    }

    /** part / whole in percent with 2 decimals, or null when whole is 0. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
