package vn.sonla.ntm.funding.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An allocation (phân bổ) of money from an approved plan line to a district or commune — or a reversal of one,
 * which names the allocation it reduces. Never edited: once written it only ever gets read.
 */
@Entity
@Table(name = "allocation")
public class Allocation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "allocation_seq")
    @SequenceGenerator(name = "allocation_seq", sequenceName = "allocation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "plan_line_id", nullable = false)
    private Long planLineId;

    @Column(name = "first_plan_line_id", nullable = false)
    private Long firstPlanLineId;

    @Column(name = "reverses_id")
    private Long reversesId;

    @Column(nullable = false)
    private int year;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    @Column(name = "source_code", nullable = false)
    private String sourceCode;

    @Column(name = "field_code", nullable = false)
    private String fieldCode;

    @Column(name = "criterion_code")
    private String criterionCode;

    @Column(name = "recipient_code", nullable = false)
    private String recipientCode;

    @Column(name = "recipient_name", nullable = false)
    private String recipientName;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_level", nullable = false)
    private UnitLevel recipientLevel;

    @Column(name = "recipient_district_code")
    private String recipientDistrictCode;

    @Column(name = "recipient_district_name")
    private String recipientDistrictName;

    @Column(name = "unit_date", nullable = false)
    private LocalDate unitDate;

    @Column(nullable = false)
    private long amount;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Column(name = "document_ref")
    private String documentRef;

    private String note;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Allocation() {
        // for Hibernate
    }

    /** Money of an approved plan line for a recipient under the plan's unit. */
    public static Allocation of(PlanLine line, Recipient recipient, Amount amount, LocalDate entryDate, String documentRef,
                                String note, String by, OffsetDateTime at) {
        CapitalPlan plan = line.plan();
        if (plan.status() != PlanStatus.APPROVED) {
            throw new PlanRuleViolation("planId", "only lines of the approved plan can be allocated (this plan is "
                    + plan.status() + ")");
        }
        Allocation a = new Allocation();
        a.planLineId = line.id();
        a.firstPlanLineId = line.id();
        a.year = plan.year();
        a.provinceCode = plan.unit().provinceCode();
        a.sourceCode = line.sourceCode();
        a.fieldCode = line.fieldCode();
        a.criterionCode = line.criterionCode();
        a.recipientCode = recipient.code();
        a.recipientName = recipient.name();
        a.recipientLevel = recipient.level();
        a.recipientDistrictCode = recipient.districtCode();
        a.recipientDistrictName = recipient.districtName();
        a.unitDate = recipient.date();
        a.amount = amount.dong();
        a.entryDate = entryDate;
        a.documentRef = documentRef;
        a.note = note;
        a.createdBy = by;
        a.createdAt = at;
        return a;
    }

    /** A reversal entry reducing this allocation by {@code amount}. */
    public Allocation reversal(Amount amount, LocalDate entryDate, String documentRef, String reason, String by,
                               OffsetDateTime at) {
        if (isReversal()) {
            throw new PlanRuleViolation("id", "a reversal cannot itself be reversed");
        }
        Allocation r = new Allocation();
        r.planLineId = planLineId;
        r.firstPlanLineId = firstPlanLineId;
        r.reversesId = id;
        r.year = year;
        r.provinceCode = provinceCode;
        r.sourceCode = sourceCode;
        r.fieldCode = fieldCode;
        r.criterionCode = criterionCode;
        r.recipientCode = recipientCode;
        r.recipientName = recipientName;
        r.recipientLevel = recipientLevel;
        r.recipientDistrictCode = recipientDistrictCode;
        r.recipientDistrictName = recipientDistrictName;
        r.unitDate = unitDate;
        r.amount = amount.dong();
        r.entryDate = entryDate;
        r.documentRef = documentRef;
        r.note = reason;
        r.createdBy = by;
        r.createdAt = at;
        return r;
    }

    /** Hands the allocation over to the matching line of the approved revision that now governs its money. */
    public void carryOverTo(PlanLine line) {
        this.planLineId = line.id();
    }

    public boolean isReversal() {
        return reversesId != null;
    }

    /** The effect on the net allocated sum: + for an allocation, − for a reversal. */
    public long signedAmount() {
        return isReversal() ? -amount : amount;
    }

    public Long id() {
        return id;
    }

    public Long planLineId() {
        return planLineId;
    }

    public Long firstPlanLineId() {
        return firstPlanLineId;
    }

    public Long reversesId() {
        return reversesId;
    }

    public int year() {
        return year;
    }

    public String provinceCode() {
        return provinceCode;
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

    public String recipientCode() {
        return recipientCode;
    }

    public String recipientName() {
        return recipientName;
    }

    public UnitLevel recipientLevel() {
        return recipientLevel;
    }

    public String recipientDistrictCode() {
        return recipientDistrictCode;
    }

    public String recipientDistrictName() {
        return recipientDistrictName;
    }

    public LocalDate unitDate() {
        return unitDate;
    }

    public long amount() {
        return amount;
    }

    public LocalDate entryDate() {
        return entryDate;
    }

    public String documentRef() {
        return documentRef;
    }

    public String note() {
        return note;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
