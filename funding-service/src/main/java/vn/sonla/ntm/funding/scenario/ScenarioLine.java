package vn.sonla.ntm.funding.scenario;

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

/** Money the scenario proposes for one criterion of one commune, in one field, from one source. */
@Entity
@Table(name = "scenario_line")
public class ScenarioLine {

    public enum Status {
        /** In a scenario not yet accepted. */
        PROPOSED,
        /** A draft allocation: the scenario was accepted, the money is not yet in the ledger. */
        DRAFT,
        /** Booked into the ledger as {@code allocationId}. */
        BOOKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scenario_line_seq")
    @SequenceGenerator(name = "scenario_line_seq", sequenceName = "scenario_line_seq", allocationSize = 50)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scenario_id")
    Scenario scenario;

    @Column(name = "line_no", nullable = false)
    int lineNo;

    @Column(name = "recipient_code", nullable = false)
    String recipientCode;

    @Column(name = "criterion_code")
    String criterionCode;

    @Column(name = "field_code", nullable = false)
    String fieldCode;

    @Column(name = "source_code", nullable = false)
    String sourceCode;

    @Column(nullable = false)
    long amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Status status;

    @Column(name = "allocation_id")
    Long allocationId;

    @Column(name = "booked_by")
    String bookedBy;

    @Column(name = "booked_at")
    OffsetDateTime bookedAt;
}
