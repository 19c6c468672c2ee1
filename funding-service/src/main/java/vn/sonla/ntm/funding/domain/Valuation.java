package vn.sonla.ntm.funding.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How a non-cash contribution was valued: e.g. 120 ngày công × 150 000 đ "đơn giá ngày công theo QĐ của UBND
 * huyện", or 350 m² × 80 000 đ "Bảng giá đất tỉnh Sơn La". The amount is quantity × unit value, rounded half up to
 * the đồng.
 */
@Embeddable
public class Valuation {

    @Column(name = "quantity")
    private BigDecimal quantity;

    @Column(name = "quantity_unit")
    private String unit;

    @Column(name = "unit_value")
    private Long unitValue;

    @Column(name = "valuation_basis")
    private String basis;

    protected Valuation() {
        // for Hibernate
    }

    public Valuation(BigDecimal quantity, String unit, long unitValue, String basis) {
        this.quantity = quantity;
        this.unit = unit;
        this.unitValue = unitValue;
        this.basis = basis;
    }

    /** quantity × unit value in whole đồng, or -1 when it cannot be a valid amount. */
    public long value() {
        BigDecimal v = quantity.multiply(BigDecimal.valueOf(unitValue)).setScale(0, RoundingMode.HALF_UP);
        return v.compareTo(BigDecimal.valueOf(Amount.MAX)) > 0 ? -1 : v.longValueExact();
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String unit() {
        return unit;
    }

    public Long unitValue() {
        return unitValue;
    }

    public String basis() {
        return basis;
    }
}
