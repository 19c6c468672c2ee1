package vn.sonla.ntm.assessment.gapcost;

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
import jakarta.persistence.Version;

import vn.sonla.ntm.decision.gap.GapCosting;

/** The coordination office's unit cost of one indicator of a criteria set (all versions of the set). */
@Entity
@Table(name = "gap_unit_cost")
public class GapUnitCost {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gap_unit_cost_seq")
    @SequenceGenerator(name = "gap_unit_cost_seq", sequenceName = "gap_unit_cost_seq", allocationSize = 50)
    Long id;

    @Column(name = "set_code", nullable = false)
    String setCode;

    @Column(name = "indicator_code", nullable = false)
    String indicatorCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    GapCosting.Mode mode;

    @Column(name = "amount_per_unit", nullable = false)
    long amountPerUnit;

    String unit;

    @Column(name = "field_code", nullable = false)
    String fieldCode;

    @Column(nullable = false)
    String basis;

    @Column(name = "updated_by", nullable = false)
    String updatedBy;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    @Version
    long version;

    GapCosting.UnitCost toRule() {
        return new GapCosting.UnitCost(indicatorCode, mode, amountPerUnit, unit, fieldCode, basis);
    }
}
