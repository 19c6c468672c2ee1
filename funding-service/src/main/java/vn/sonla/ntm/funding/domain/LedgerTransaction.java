package vn.sonla.ntm.funding.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A commitment, disbursement or expenditure against an allocation, with its date and document (chứng từ) — or the
 * reversal of one. Never edited. A disbursement beyond the allocation exists only when a coordinator accepted it
 * with a justification, and says so.
 */
@Entity
@Table(name = "ledger_transaction")
public class LedgerTransaction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_transaction_seq")
    @SequenceGenerator(name = "ledger_transaction_seq", sequenceName = "ledger_transaction_seq", allocationSize = 50)
    private Long id;

    @Column(name = "allocation_id", nullable = false)
    private Long allocationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TransactionType type;

    @Column(name = "reverses_id")
    private Long reversesId;

    @Column(nullable = false)
    private long amount;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Column(name = "document_ref", nullable = false)
    private String documentRef;

    @Column(name = "over_disbursement", nullable = false)
    private boolean overDisbursement;

    private String justification;

    @Embedded
    private Valuation valuation;

    private String note;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected LedgerTransaction() {
        // for Hibernate
    }

    public static LedgerTransaction record(Allocation allocation, TransactionType type, Amount amount, LocalDate date,
                                           String documentRef, Valuation valuation, String note,
                                           DisbursementCeiling.Outcome outcome, String justification, String by,
                                           OffsetDateTime at) {
        if (allocation.isReversal()) {
            throw new PlanRuleViolation("allocationId", "transactions are recorded against an allocation, not its reversal");
        }
        LedgerTransaction t = new LedgerTransaction();
        t.allocationId = allocation.id();
        t.type = type;
        t.amount = amount.dong();
        t.entryDate = date;
        t.documentRef = documentRef;
        t.valuation = valuation;
        t.note = note;
        t.overDisbursement = outcome == DisbursementCeiling.Outcome.OVER_DISBURSEMENT;
        t.justification = t.overDisbursement ? justification : null;
        t.createdBy = by;
        t.createdAt = at;
        return t;
    }

    /** The reversal of this entry, by {@code amount} (at most this entry's amount). */
    public LedgerTransaction reversal(Amount amount, LocalDate date, String documentRef, String reason, String by,
                                      OffsetDateTime at) {
        if (isReversal()) {
            throw new PlanRuleViolation("id", "a reversal cannot itself be reversed");
        }
        LedgerTransaction r = new LedgerTransaction();
        r.allocationId = allocationId;
        r.type = type;
        r.reversesId = id;
        r.amount = amount.dong();
        r.entryDate = date;
        r.documentRef = documentRef;
        r.note = reason;
        r.createdBy = by;
        r.createdAt = at;
        return r;
    }

    public boolean isReversal() {
        return reversesId != null;
    }

    public long signedAmount() {
        return isReversal() ? -amount : amount;
    }

    public Long id() {
        return id;
    }

    public Long allocationId() {
        return allocationId;
    }

    public TransactionType type() {
        return type;
    }

    public Long reversesId() {
        return reversesId;
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

    public boolean overDisbursement() {
        return overDisbursement;
    }

    public String justification() {
        return justification;
    }

    public Valuation valuation() {
        return valuation;
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
