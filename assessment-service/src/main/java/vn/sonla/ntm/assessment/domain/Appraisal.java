package vn.sonla.ntm.assessment.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A department's verdict on one criterion in one round of appraisal (thẩm định). Kept after a return, for history. */
@Entity
@Table(name = "appraisal")
public class Appraisal {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_seq")
    @SequenceGenerator(name = "appraisal_seq", sequenceName = "appraisal_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private Assessment assessment;

    @Column(nullable = false)
    private int round;

    @Column(name = "criterion_code", nullable = false)
    private String criterionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Verdict verdict;

    private String comment;

    @Column(name = "department_code", nullable = false)
    private String departmentCode;

    @Column(nullable = false)
    private String appraiser;

    @Column(name = "appraised_at", nullable = false)
    private OffsetDateTime appraisedAt;

    protected Appraisal() {
        // for Hibernate
    }

    Appraisal(Assessment assessment, int round, String criterionCode, Verdict verdict, String comment, String departmentCode,
              String appraiser, OffsetDateTime at) {
        this.assessment = assessment;
        this.round = round;
        this.criterionCode = criterionCode;
        this.verdict = verdict;
        this.comment = comment;
        this.departmentCode = departmentCode;
        this.appraiser = appraiser;
        this.appraisedAt = at;
    }

    void revise(Verdict verdict, String comment, String appraiser, OffsetDateTime at) {
        this.verdict = verdict;
        this.comment = comment;
        this.appraiser = appraiser;
        this.appraisedAt = at;
    }

    public Long id() { return id; }
    public int round() { return round; }
    public String criterionCode() { return criterionCode; }
    public Verdict verdict() { return verdict; }
    public String comment() { return comment; }
    public String departmentCode() { return departmentCode; }
    public String appraiser() { return appraiser; }
    public OffsetDateTime appraisedAt() { return appraisedAt; }
}
