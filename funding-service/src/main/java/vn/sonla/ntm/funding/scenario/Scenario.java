package vn.sonla.ntm.funding.scenario;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A budgeting scenario: the optimiser's proposal with its inputs, result and explanation, and its life cycle. */
@Entity
@Table(name = "scenario")
public class Scenario {

    public enum Status {
        PROPOSED,
        ACCEPTED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scenario_seq")
    @SequenceGenerator(name = "scenario_seq", sequenceName = "scenario_seq", allocationSize = 50)
    Long id;

    @Column(nullable = false)
    int year;

    @Column(name = "province_code", nullable = false)
    String provinceCode;

    @Column(nullable = false)
    String title;

    String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Status status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    String inputs;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    String result;

    @Column(name = "summary_vi")
    String summaryVi;

    @Column(name = "summary_en")
    String summaryEn;

    @Column(name = "budget_total", nullable = false)
    long budgetTotal;

    @Column(name = "proposed_total", nullable = false)
    long proposedTotal;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "decided_by")
    String decidedBy;

    @Column(name = "decided_at")
    OffsetDateTime decidedAt;

    @Column(name = "decision_reason")
    String decisionReason;

    @Version
    long version;

    @OneToMany(mappedBy = "scenario", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("lineNo")
    List<ScenarioLine> lines = new ArrayList<>();

    /** Accepting turns the proposed lines into draft allocations. */
    void accept(String reason, String by, OffsetDateTime at) {
        requireProposed();
        status = Status.ACCEPTED;
        lines.forEach(l -> l.status = ScenarioLine.Status.DRAFT);
        decide(reason, by, at);
    }

    void reject(String reason, String by, OffsetDateTime at) {
        requireProposed();
        status = Status.REJECTED;
        decide(reason, by, at);
    }

    private void decide(String reason, String by, OffsetDateTime at) {
        decisionReason = reason == null || reason.isBlank() ? null : reason.trim();
        decidedBy = by;
        decidedAt = at;
    }

    private void requireProposed() {
        if (status != Status.PROPOSED) {
            throw new IllegalStateException("scenario " + id + " is " + status + "; only a PROPOSED scenario is accepted or rejected");
        }
    }
}
