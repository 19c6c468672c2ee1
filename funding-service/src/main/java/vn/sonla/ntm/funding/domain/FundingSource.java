package vn.sonla.ntm.funding.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A funding source (nguồn vốn) of the catalogue: budget or mobilised, cash or valued in kind, effective-dated. */
@Entity
@Table(name = "funding_source")
public class FundingSource {

    @Id
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SourceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ValuationMethod valuation;

    @Column(name = "quantity_unit")
    private String quantityUnit;

    @Column(name = "valuation_rule")
    private String valuationRule;

    private String note;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private long version;

    protected FundingSource() {
        // for Hibernate
    }

    public FundingSource(String code, String nameVi, String nameEn, SourceKind kind, ValuationMethod valuation,
                         String quantityUnit, String valuationRule, String note, int sortOrder, LocalDate validFrom) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.kind = kind;
        this.valuation = valuation;
        this.quantityUnit = quantityUnit;
        this.valuationRule = valuationRule;
        this.note = note;
        this.sortOrder = sortOrder;
        this.validFrom = validFrom;
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Retires the source: no record dated after {@code lastDay} may use it; earlier records keep it. */
    public void retire(LocalDate lastDay) {
        if (lastDay.isBefore(validFrom)) {
            throw new IllegalArgumentException("a source cannot end before it starts (" + validFrom + ")");
        }
        this.validTo = lastDay;
    }

    public String code() {
        return code;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    public SourceKind kind() {
        return kind;
    }

    public ValuationMethod valuation() {
        return valuation;
    }

    public String quantityUnit() {
        return quantityUnit;
    }

    public String valuationRule() {
        return valuationRule;
    }

    public String note() {
        return note;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public long version() {
        return version;
    }
}
