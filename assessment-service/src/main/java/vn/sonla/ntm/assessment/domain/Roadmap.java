package vn.sonla.ntm.assessment.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/** A district's roadmap (lộ trình) for one commune: the level aimed at, the year, milestones and status. */
@Entity
@Table(name = "roadmap")
public class Roadmap {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "roadmap_seq")
    @SequenceGenerator(name = "roadmap_seq", sequenceName = "roadmap_seq", allocationSize = 50)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    @Column(name = "district_code")
    private String districtCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_level", nullable = false)
    private RecognitionLevel targetLevel;

    @Column(name = "target_year", nullable = false)
    private int targetYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoadmapStatus status;

    private String note;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "roadmap", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("position")
    private List<Milestone> milestones = new ArrayList<>();

    protected Roadmap() {
        // for Hibernate
    }

    public static Roadmap forCommune(AdministrativeUnit unit, String districtCode, RecognitionLevel targetLevel) {
        if (unit.level() != UnitLevel.COMMUNE) {
            throw WorkflowRefusal.invalid("unitCode", "a roadmap is drawn for a commune-level unit");
        }
        if (targetLevel == null) {
            throw WorkflowRefusal.invalid("targetLevel", "must be BASIC, ADVANCED or MODEL");
        }
        Roadmap r = new Roadmap();
        r.unitId = unit.id();
        r.unitCode = unit.code();
        r.provinceCode = unit.provinceCode();
        r.districtCode = districtCode;
        r.targetLevel = targetLevel;
        return r;
    }

    /** Rewrites the plan: year, status, note and the milestones in order. */
    public void revise(int targetYear, RoadmapStatus status, String note, List<Milestone.Draft> milestones, String by, OffsetDateTime at) {
        if (targetYear < 2010 || targetYear > 2100) {
            throw WorkflowRefusal.invalid("targetYear", "must be a year between 2010 and 2100");
        }
        if (status == null) {
            throw WorkflowRefusal.invalid("status", "must be PLANNED, IN_PROGRESS, ACHIEVED or ABANDONED");
        }
        for (int i = 0; i < milestones.size(); i++) {
            Milestone.Draft m = milestones.get(i);
            if (m.title() == null || m.title().isBlank()) {
                throw WorkflowRefusal.invalid("milestones[" + i + "].title", "must not be blank");
            }
            if (m.dueDate() == null) {
                throw WorkflowRefusal.invalid("milestones[" + i + "].dueDate", "is required");
            }
        }
        this.targetYear = targetYear;
        this.status = status;
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.milestones.clear();
        for (int i = 0; i < milestones.size(); i++) {
            this.milestones.add(new Milestone(this, i, milestones.get(i)));
        }
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long id() { return id; }
    public Long unitId() { return unitId; }
    public String unitCode() { return unitCode; }
    public String provinceCode() { return provinceCode; }
    public String districtCode() { return districtCode; }
    public RecognitionLevel targetLevel() { return targetLevel; }
    public int targetYear() { return targetYear; }
    public RoadmapStatus status() { return status; }
    public String note() { return note; }
    public String updatedBy() { return updatedBy; }
    public OffsetDateTime updatedAt() { return updatedAt; }
    public long version() { return version; }
    public List<Milestone> milestones() { return List.copyOf(milestones); }
}
