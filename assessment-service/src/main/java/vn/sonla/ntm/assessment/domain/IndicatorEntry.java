package vn.sonla.ntm.assessment.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.sonla.ntm.rules.IndicatorValue;

/** The value entered for one indicator of an assessment, with its note, data source and who entered it when. */
@Entity
@Table(name = "indicator_value")
public class IndicatorEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_value_seq")
    @SequenceGenerator(name = "indicator_value_seq", sequenceName = "indicator_value_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private Assessment assessment;

    @Column(name = "indicator_code", nullable = false)
    private String indicatorCode;

    private Boolean flag;

    private BigDecimal amount;

    private String note;

    @Column(name = "data_source")
    private String dataSource;

    @Column(name = "entered_by", nullable = false)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private OffsetDateTime enteredAt;

    protected IndicatorEntry() {
        // for Hibernate
    }

    IndicatorEntry(Assessment assessment, String indicatorCode) {
        this.assessment = assessment;
        this.indicatorCode = indicatorCode;
    }

    /** Rewrites the entry; returns whether anything changed (an unchanged entry keeps its author and time). */
    boolean write(ValueInput input, String by, OffsetDateTime at) {
        Boolean newFlag = input.value() instanceof IndicatorValue.Flag f ? f.fact() : null;
        BigDecimal newAmount = input.value() instanceof IndicatorValue.Amount a ? a.amount() : null;
        boolean same = java.util.Objects.equals(flag, newFlag)
                && (amount == null ? newAmount == null : newAmount != null && amount.compareTo(newAmount) == 0)
                && java.util.Objects.equals(note, input.note()) && java.util.Objects.equals(dataSource, input.dataSource());
        if (same && enteredBy != null) {
            return false;
        }
        this.flag = newFlag;
        this.amount = newAmount;
        this.note = input.note();
        this.dataSource = input.dataSource();
        this.enteredBy = by;
        this.enteredAt = at;
        return true;
    }

    /** The value for the rules module, or null when only a note was entered. */
    public IndicatorValue value() {
        if (flag != null) {
            return IndicatorValue.of(flag);
        }
        return amount == null ? null : IndicatorValue.of(amount);
    }

    public ValueInput asInput() {
        return new ValueInput(value(), note, dataSource);
    }

    public Long id() { return id; }
    public String indicatorCode() { return indicatorCode; }
    public String note() { return note; }
    public String dataSource() { return dataSource; }
    public String enteredBy() { return enteredBy; }
    public OffsetDateTime enteredAt() { return enteredAt; }
}
