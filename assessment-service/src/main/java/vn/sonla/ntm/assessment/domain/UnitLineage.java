package vn.sonla.ntm.assessment.domain;

import java.time.LocalDate;
import java.util.Objects;

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

/** A predecessor → successor link of a reorganisation; the successor is null when it is unresolved. */
@Entity
@Table(name = "unit_lineage")
public class UnitLineage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_lineage_seq")
    @SequenceGenerator(name = "unit_lineage_seq", sequenceName = "unit_lineage_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "predecessor_id")
    private AdministrativeUnit predecessor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private AdministrativeUnit successor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LineageKind kind;

    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    private String source;

    private String note;

    protected UnitLineage() {
        // for Hibernate
    }

    private UnitLineage(AdministrativeUnit predecessor, AdministrativeUnit successor, LineageKind kind,
                        LocalDate effectiveOn, String source, String note) {
        this.predecessor = Objects.requireNonNull(predecessor);
        this.successor = successor;
        this.kind = kind;
        this.effectiveOn = effectiveOn;
        this.source = source;
        this.note = note;
    }

    public static UnitLineage of(AdministrativeUnit predecessor, AdministrativeUnit successor, boolean partial,
                                 LocalDate effectiveOn, String source, String note) {
        return new UnitLineage(predecessor, Objects.requireNonNull(successor), partial ? LineageKind.PARTIAL : LineageKind.FULL,
                effectiveOn, source, note);
    }

    public static UnitLineage unresolved(AdministrativeUnit predecessor, String source, String note) {
        return new UnitLineage(predecessor, null, LineageKind.UNRESOLVED, null, source, note);
    }

    public AdministrativeUnit predecessor() {
        return predecessor;
    }

    public AdministrativeUnit successor() {
        return successor;
    }

    public LineageKind kind() {
        return kind;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public String source() {
        return source;
    }

    public String note() {
        return note;
    }
}
