package vn.sonla.ntm.assessment.domain;

import java.time.LocalDate;

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
import jakarta.persistence.Version;

/** One target of a plan, as data: its kind and parameters. Evaluated live by {@link TargetRules}. */
@Entity
@Table(name = "plan_target")
public class PlanTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_target_seq")
    @SequenceGenerator(name = "plan_target_seq", sequenceName = "plan_target_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private ProgrammePlan plan;

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TargetKind kind;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    private RecognitionLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "population_level")
    private RecognitionLevel populationLevel;

    @Column(name = "criteria_set_code")
    private String criteriaSetCode;

    @Column(nullable = false)
    private int minimum;

    @Column(nullable = false)
    private LocalDate deadline;

    private String source;

    @Version
    private long version;

    protected PlanTarget() {
        // for Hibernate
    }

    static PlanTarget of(ProgrammePlan plan, String code, TargetKind kind, String description, RecognitionLevel level,
                         RecognitionLevel populationLevel, String criteriaSetCode, int minimum, LocalDate deadline, String source) {
        if (code == null || code.isBlank()) {
            throw WorkflowRefusal.invalid("code", "must not be blank");
        }
        if (kind == null) {
            throw WorkflowRefusal.invalid("kind", "must be RECOGNISED_COUNT or MIN_CRITERIA_MET");
        }
        if (description == null || description.isBlank()) {
            throw WorkflowRefusal.invalid("description", "must not be blank");
        }
        if (deadline == null) {
            throw WorkflowRefusal.invalid("deadline", "is required");
        }
        if (minimum < 1) {
            throw WorkflowRefusal.invalid("minimum", "must be 1 or more");
        }
        if (kind == TargetKind.RECOGNISED_COUNT && level == null) {
            throw WorkflowRefusal.invalid("level", "is required for a RECOGNISED_COUNT target");
        }
        if (kind == TargetKind.MIN_CRITERIA_MET && (populationLevel == null)) {
            throw WorkflowRefusal.invalid("populationLevel", "is required for a MIN_CRITERIA_MET target");
        }
        if (kind == TargetKind.MIN_CRITERIA_MET && (criteriaSetCode == null || criteriaSetCode.isBlank())) {
            throw WorkflowRefusal.invalid("criteriaSetCode", "is required for a MIN_CRITERIA_MET target (or on the plan)");
        }
        PlanTarget t = new PlanTarget();
        t.plan = plan;
        t.code = code.trim();
        t.kind = kind;
        t.description = description.trim();
        t.level = level;
        t.populationLevel = populationLevel;
        t.criteriaSetCode = criteriaSetCode;
        t.minimum = minimum;
        t.deadline = deadline;
        t.source = source;
        return t;
    }

    public Long id() { return id; }
    public ProgrammePlan plan() { return plan; }
    public String code() { return code; }
    public TargetKind kind() { return kind; }
    public String description() { return description; }
    public RecognitionLevel level() { return level; }
    public RecognitionLevel populationLevel() { return populationLevel; }
    public String criteriaSetCode() { return criteriaSetCode; }
    public int minimum() { return minimum; }
    public LocalDate deadline() { return deadline; }
    public String source() { return source; }
    public long version() { return version; }
}
