package vn.sonla.ntm.assessment.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
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

/** A programme plan (kế hoạch) such as 111/KH-UBND: a period, the criteria set it refers to, and its targets as data. */
@Entity
@Table(name = "programme_plan")
public class ProgrammePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_plan_seq")
    @SequenceGenerator(name = "programme_plan_seq", sequenceName = "programme_plan_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String title;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "end_year", nullable = false)
    private int endYear;

    @Column(name = "criteria_set_code")
    private String criteriaSetCode;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    private String source;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("id")
    private List<PlanTarget> targets = new ArrayList<>();

    protected ProgrammePlan() {
        // for Hibernate
    }

    public static ProgrammePlan of(String code, String title, String provinceCode, int startYear, int endYear, String criteriaSetCode,
                                   LocalDate issuedOn, String source, String by, OffsetDateTime at) {
        if (code == null || code.isBlank()) {
            throw WorkflowRefusal.invalid("code", "must not be blank");
        }
        if (title == null || title.isBlank()) {
            throw WorkflowRefusal.invalid("title", "must not be blank");
        }
        if (endYear < startYear) {
            throw WorkflowRefusal.invalid("endYear", "must not be before startYear");
        }
        ProgrammePlan p = new ProgrammePlan();
        p.code = code.trim();
        p.title = title.trim();
        p.provinceCode = provinceCode;
        p.startYear = startYear;
        p.endYear = endYear;
        p.criteriaSetCode = criteriaSetCode;
        p.issuedOn = issuedOn;
        p.source = source;
        p.createdBy = by;
        p.createdAt = at;
        return p;
    }

    public PlanTarget addTarget(String code, TargetKind kind, String description, RecognitionLevel level, RecognitionLevel populationLevel,
                                String criteriaSetCode, int minimum, LocalDate deadline, String source) {
        if (targets.stream().anyMatch(t -> t.code().equals(code))) {
            throw WorkflowRefusal.invalid("code", "the plan already has a target " + code);
        }
        PlanTarget t = PlanTarget.of(this, code, kind, description, level, populationLevel,
                criteriaSetCode == null ? this.criteriaSetCode : criteriaSetCode, minimum, deadline, source);
        targets.add(t);
        return t;
    }

    public Optional<PlanTarget> target(String code) {
        return targets.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String title() { return title; }
    public String provinceCode() { return provinceCode; }
    public int startYear() { return startYear; }
    public int endYear() { return endYear; }
    public String criteriaSetCode() { return criteriaSetCode; }
    public LocalDate issuedOn() { return issuedOn; }
    public String source() { return source; }
    public String createdBy() { return createdBy; }
    public OffsetDateTime createdAt() { return createdAt; }
    public long version() { return version; }
    public List<PlanTarget> targets() { return List.copyOf(targets); }
}
