package vn.sonla.ntm.assessment.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A commune's recognition at a level (công nhận đạt chuẩn). Recorded through the workflow with the People's Committee
 * decision, or seeded from a public source when the decision number is not known: then {@code source} says where the
 * fact comes from and {@code heldBy} by when the source shows the commune held the level.
 */
@Entity
@Table(name = "recognition")
public class Recognition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recognition_seq")
    @SequenceGenerator(name = "recognition_seq", sequenceName = "recognition_seq", allocationSize = 50)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecognitionLevel level;

    @Column(name = "decision_number")
    private String decisionNumber;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "issuing_body")
    private String issuingBody;

    @Column(name = "recognised_on")
    private LocalDate recognisedOn;

    @Column(name = "held_by", nullable = false)
    private LocalDate heldBy;

    @Column(name = "set_code")
    private String setCode;

    @Column(name = "set_version")
    private Integer setVersion;

    @Column(name = "assessment_id")
    private Long assessmentId;

    private String source;

    private String note;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "revocation_decision")
    private String revocationDecision;

    @Column(name = "revocation_reason")
    private String revocationReason;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Version
    private long version;

    protected Recognition() {
        // for Hibernate
    }

    private Recognition(AdministrativeUnit unit, RecognitionLevel level, LocalDate heldBy, String recordedBy, OffsetDateTime at) {
        this.unitId = unit.id();
        this.unitCode = unit.code();
        this.provinceCode = unit.provinceCode();
        this.level = Objects.requireNonNull(level);
        this.heldBy = Objects.requireNonNull(heldBy);
        this.recordedBy = recordedBy;
        this.recordedAt = at;
    }

    /** A recognition by a People's Committee decision, recorded at the end of an assessment's workflow. */
    public static Recognition byDecision(AdministrativeUnit unit, RecognitionLevel level, Decision decision, String setCode,
                                         int setVersion, Long assessmentId, String recordedBy, OffsetDateTime at) {
        Recognition r = new Recognition(unit, level, decision.date(), recordedBy, at);
        r.decisionNumber = decision.number();
        r.decisionDate = decision.date();
        r.issuingBody = decision.issuingBody();
        r.recognisedOn = decision.date();
        r.setCode = setCode;
        r.setVersion = setVersion;
        r.assessmentId = assessmentId;
        return r;
    }

    /**
     * A historical fact from a public source whose decision number is not known: the exact date when the source gives
     * it, otherwise only the date by which the source shows the level held.
     */
    public static Recognition fromSource(AdministrativeUnit unit, RecognitionLevel level, LocalDate recognisedOn, LocalDate heldBy,
                                         String setCode, String source, String note, OffsetDateTime at) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a recognition without a decision needs its source");
        }
        Recognition r = new Recognition(unit, level, heldBy, "seed", at);
        r.recognisedOn = recognisedOn;
        r.setCode = setCode;
        r.source = source;
        r.note = note;
        return r;
    }

    /** Records that the commune fell below the standard and lost this recognition. */
    public void revoke(LocalDate on, String decisionNumber, String reason) {
        if (revokedOn != null) {
            throw WorkflowRefusal.wrongState("the recognition was already revoked on " + revokedOn);
        }
        if (reason == null || reason.isBlank()) {
            throw WorkflowRefusal.invalid("reason", "must say why the recognition is revoked");
        }
        if (on == null) {
            throw WorkflowRefusal.invalid("revokedOn", "is required");
        }
        if (on.isBefore(heldBy)) {
            throw WorkflowRefusal.invalid("revokedOn", "cannot be before the recognition (" + heldBy + ")");
        }
        this.revokedOn = on;
        this.revocationDecision = decisionNumber;
        this.revocationReason = reason.trim();
    }

    /** Whether the commune held this level on that day (recognised by then and not yet revoked). */
    public boolean isHeldOn(LocalDate day) {
        return !heldBy.isAfter(day) && (revokedOn == null || revokedOn.isAfter(day));
    }

    /** The year of the recognition as far as it is known. */
    public int year() {
        return (recognisedOn != null ? recognisedOn : heldBy).getYear();
    }

    public Long id() { return id; }
    public Long unitId() { return unitId; }
    public String unitCode() { return unitCode; }
    public String provinceCode() { return provinceCode; }
    public RecognitionLevel level() { return level; }
    public String decisionNumber() { return decisionNumber; }
    public LocalDate decisionDate() { return decisionDate; }
    public String issuingBody() { return issuingBody; }
    public LocalDate recognisedOn() { return recognisedOn; }
    public LocalDate heldBy() { return heldBy; }
    public String setCode() { return setCode; }
    public Integer setVersion() { return setVersion; }
    public Long assessmentId() { return assessmentId; }
    public String source() { return source; }
    public String note() { return note; }
    public LocalDate revokedOn() { return revokedOn; }
    public String revocationDecision() { return revocationDecision; }
    public String revocationReason() { return revocationReason; }
    public String recordedBy() { return recordedBy; }
    public OffsetDateTime recordedAt() { return recordedAt; }
    public long version() { return version; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Recognition other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
