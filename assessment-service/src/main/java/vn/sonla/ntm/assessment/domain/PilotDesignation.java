package vn.sonla.ntm.assessment.domain;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A commune chosen to pilot the advanced standard (xã thí điểm), with the document that chose it. */
@Entity
@Table(name = "pilot_designation")
public class PilotDesignation {

    public static final String PLAN_111_APPENDIX = "Kế hoạch 111/KH-UBND ngày 24/4/2019, Phụ lục";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pilot_designation_seq")
    @SequenceGenerator(name = "pilot_designation_seq", sequenceName = "pilot_designation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    @Column(nullable = false)
    private String basis;

    @Column(name = "designated_on", nullable = false)
    private LocalDate designatedOn;

    @Column(name = "designated_by", nullable = false)
    private String designatedBy;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "ended_by")
    private String endedBy;

    @Version
    private long version;

    protected PilotDesignation() {
        // for Hibernate
    }

    public static PilotDesignation designate(AdministrativeUnit unit, String basis, LocalDate on, String by) {
        if (unit.level() != UnitLevel.COMMUNE) {
            throw WorkflowRefusal.invalid("unitCode", "only a commune-level unit can be a pilot");
        }
        if (basis == null || basis.isBlank()) {
            throw WorkflowRefusal.invalid("basis", "must name the document that designates the pilot");
        }
        PilotDesignation p = new PilotDesignation();
        p.unitId = unit.id();
        p.unitCode = unit.code();
        p.provinceCode = unit.provinceCode();
        p.basis = basis.trim();
        p.designatedOn = Objects.requireNonNull(on);
        p.designatedBy = by;
        return p;
    }

    public void end(LocalDate on, String reason, String by) {
        if (endedOn != null) {
            throw WorkflowRefusal.wrongState("the designation already ended on " + endedOn);
        }
        if (reason == null || reason.isBlank()) {
            throw WorkflowRefusal.invalid("reason", "must say why the pilot designation ends");
        }
        this.endedOn = on;
        this.endReason = reason.trim();
        this.endedBy = by;
    }

    public boolean isActive() {
        return endedOn == null;
    }

    public Long id() { return id; }
    public Long unitId() { return unitId; }
    public String unitCode() { return unitCode; }
    public String provinceCode() { return provinceCode; }
    public String basis() { return basis; }
    public LocalDate designatedOn() { return designatedOn; }
    public String designatedBy() { return designatedBy; }
    public LocalDate endedOn() { return endedOn; }
    public String endReason() { return endReason; }
    public long version() { return version; }
}
