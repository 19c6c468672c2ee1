package vn.sonla.ntm.funding.domain;

/**
 * How a contribution is turned into đồng. Cash needs nothing more; labour, land and goods are recorded with their
 * quantity, unit, unit value and the basis of that value (ADR 0030), and the amount is quantity × unit value.
 */
public enum ValuationMethod {
    CASH,
    LABOUR_DAYS,
    LAND,
    IN_KIND;

    public boolean needsValuation() {
        return this != CASH;
    }
}
