package vn.sonla.ntm.assessment.domain;

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

/** A difficulty (vướng mắc) a district or commune reports up to the coordination office, and the office's answer. */
@Entity
@Table(name = "obstacle")
public class Obstacle {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "obstacle_seq")
    @SequenceGenerator(name = "obstacle_seq", sequenceName = "obstacle_seq", allocationSize = 50)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    @Column(name = "district_code")
    private String districtCode;

    @Column(name = "criterion_code")
    private String criterionCode;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObstacleStatus status;

    @Column(name = "raised_by", nullable = false)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false)
    private OffsetDateTime raisedAt;

    private String answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Version
    private long version;

    protected Obstacle() {
        // for Hibernate
    }

    /** Raised about a unit (a commune, or a district itself) as it stands today. */
    public static Obstacle raise(AdministrativeUnit unit, String districtCode, String criterionCode, String title, String description,
                                 String by, OffsetDateTime at) {
        if (title == null || title.isBlank()) {
            throw WorkflowRefusal.invalid("title", "must not be blank");
        }
        if (description == null || description.isBlank()) {
            throw WorkflowRefusal.invalid("description", "must say what the difficulty is");
        }
        if (title.length() > 300) {
            throw WorkflowRefusal.invalid("title", "must have at most 300 characters");
        }
        Obstacle o = new Obstacle();
        o.unitId = unit.id();
        o.unitCode = unit.code();
        o.provinceCode = unit.provinceCode();
        o.districtCode = districtCode;
        o.criterionCode = criterionCode == null || criterionCode.isBlank() ? null : criterionCode.trim();
        o.title = title.trim();
        o.description = description.trim();
        o.status = ObstacleStatus.OPEN;
        o.raisedBy = by;
        o.raisedAt = at;
        return o;
    }

    public void answer(String text, String by, OffsetDateTime at) {
        if (status == ObstacleStatus.CLOSED) {
            throw WorkflowRefusal.wrongState("the obstacle is closed");
        }
        if (text == null || text.isBlank()) {
            throw WorkflowRefusal.invalid("answer", "must not be blank");
        }
        this.answer = text.trim();
        this.answeredBy = by;
        this.answeredAt = at;
        this.status = ObstacleStatus.ANSWERED;
    }

    public void close(String by, OffsetDateTime at) {
        if (status == ObstacleStatus.CLOSED) {
            throw WorkflowRefusal.wrongState("the obstacle is already closed");
        }
        this.closedBy = by;
        this.closedAt = at;
        this.status = ObstacleStatus.CLOSED;
    }

    public Long id() { return id; }
    public Long unitId() { return unitId; }
    public String unitCode() { return unitCode; }
    public String provinceCode() { return provinceCode; }
    public String districtCode() { return districtCode; }
    public String criterionCode() { return criterionCode; }
    public String title() { return title; }
    public String description() { return description; }
    public ObstacleStatus status() { return status; }
    public String raisedBy() { return raisedBy; }
    public OffsetDateTime raisedAt() { return raisedAt; }
    public String answer() { return answer; }
    public String answeredBy() { return answeredBy; }
    public OffsetDateTime answeredAt() { return answeredAt; }
    public String closedBy() { return closedBy; }
    public OffsetDateTime closedAt() { return closedAt; }
    public long version() { return version; }
}
