package vn.sonla.ntm.funding.domain;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of a capital plan: so much money from a source for a field of spending (and optionally a criterion). */
@Entity
@Table(name = "plan_line")
public class PlanLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_line_seq")
    @SequenceGenerator(name = "plan_line_seq", sequenceName = "plan_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private CapitalPlan plan;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "source_code", nullable = false)
    private String sourceCode;

    @Column(name = "field_code", nullable = false)
    private String fieldCode;

    @Column(name = "criterion_code")
    private String criterionCode;

    @Column(nullable = false)
    private long amount;

    @Embedded
    private Valuation valuation;

    private String note;

    protected PlanLine() {
        // for Hibernate
    }

    public PlanLine(String sourceCode, String fieldCode, String criterionCode, Amount amount, Valuation valuation, String note) {
        this.sourceCode = Objects.requireNonNull(sourceCode);
        this.fieldCode = Objects.requireNonNull(fieldCode);
        this.criterionCode = criterionCode;
        this.amount = amount.dong();
        this.valuation = valuation;
        this.note = note;
    }

    PlanLine copyFor(CapitalPlan revision) {
        PlanLine copy = new PlanLine(sourceCode, fieldCode, criterionCode, Amount.of(amount), valuation, note);
        copy.plan = revision;
        copy.lineNo = lineNo;
        return copy;
    }

    void attach(CapitalPlan plan, int lineNo) {
        this.plan = plan;
        this.lineNo = lineNo;
    }

    /** Whether two lines (of successive revisions) are for the same source, field and criterion. */
    public boolean sameHeadingAs(PlanLine other) {
        return sourceCode.equals(other.sourceCode) && fieldCode.equals(other.fieldCode)
                && Objects.equals(criterionCode, other.criterionCode);
    }

    public String heading() {
        return sourceCode + " × " + fieldCode + (criterionCode == null ? "" : " × criterion " + criterionCode);
    }

    public Long id() {
        return id;
    }

    public CapitalPlan plan() {
        return plan;
    }

    public int lineNo() {
        return lineNo;
    }

    public String sourceCode() {
        return sourceCode;
    }

    public String fieldCode() {
        return fieldCode;
    }

    public String criterionCode() {
        return criterionCode;
    }

    public long amount() {
        return amount;
    }

    public Valuation valuation() {
        return valuation;
    }

    public String note() {
        return note;
    }
}
