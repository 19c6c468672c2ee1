package vn.sonla.ntm.funding.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/**
 * A capital plan (kế hoạch vốn) of a year for a unit: lines of source × field × amount. A DRAFT can be edited;
 * approval by decision freezes it for good; a change after that is a revision — a new plan referring to this one —
 * which on approval supersedes it. Revision 0 is the original.
 */
@Entity
@Table(name = "capital_plan")
public class CapitalPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "capital_plan_seq")
    @SequenceGenerator(name = "capital_plan_seq", sequenceName = "capital_plan_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private int year;

    @Embedded
    private PlannedUnit unit;

    @Column(name = "revision_no", nullable = false)
    private int revisionNo;

    @Column(name = "revision_of_id")
    private Long revisionOfId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    private String title;

    private String note;

    @Embedded
    private Decision decision;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @Column(name = "superseded_by_id")
    private Long supersededById;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    // a plan is read with its lines: they are few, and every use needs them
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    private List<PlanLine> lines = new ArrayList<>();

    protected CapitalPlan() {
        // for Hibernate
    }

    private CapitalPlan(int year, PlannedUnit unit, int revisionNo, Long revisionOfId, String title, String note,
                        String createdBy, OffsetDateTime createdAt) {
        if (unit.date().getYear() != year) {
            throw new IllegalArgumentException("the unit date must fall in the plan year");
        }
        this.year = year;
        this.unit = unit;
        this.revisionNo = revisionNo;
        this.revisionOfId = revisionOfId;
        this.status = PlanStatus.DRAFT;
        this.title = title;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** An original plan (revision 0), as a draft. */
    public static CapitalPlan original(int year, PlannedUnit unit, String title, String note, List<PlanLine> lines,
                                       String by, OffsetDateTime at) {
        CapitalPlan plan = new CapitalPlan(year, unit, 0, null, title, note, by, at);
        plan.setLines(lines);
        return plan;
    }

    /** A draft revision of this approved plan; it starts with this plan's lines unless others are given. */
    public CapitalPlan revise(String title, String note, List<PlanLine> newLines, String by, OffsetDateTime at) {
        if (status != PlanStatus.APPROVED) {
            throw new PlanRuleViolation("status", "only the approved plan can be revised (this one is " + status + ")");
        }
        CapitalPlan revision = new CapitalPlan(year, unit, revisionNo + 1, id, title == null ? this.title : title,
                note, by, at);
        if (newLines == null) {
            for (PlanLine line : lines) {
                revision.lines.add(line.copyFor(revision));
            }
        } else {
            revision.setLines(newLines);
        }
        return revision;
    }

    /** Replaces the lines and the texts of a draft. */
    public void redraft(String title, String note, List<PlanLine> newLines) {
        requireDraft();
        this.title = title;
        this.note = note;
        setLines(newLines);
    }

    /** Approves the draft by a decision. From now on the plan never changes. */
    public void approve(Decision decision, String by, OffsetDateTime at) {
        requireDraft();
        if (lines.isEmpty()) {
            throw new PlanRuleViolation("lines", "a plan without lines cannot be approved");
        }
        this.decision = Objects.requireNonNull(decision);
        this.approvedBy = by;
        this.approvedAt = at;
        this.status = PlanStatus.APPROVED;
    }

    /** Marks this approved plan as replaced by its approved revision. */
    public void supersedeBy(CapitalPlan revision) {
        if (status != PlanStatus.APPROVED) {
            throw new PlanRuleViolation("status", "only an approved plan can be superseded");
        }
        this.status = PlanStatus.SUPERSEDED;
        this.supersededById = revision.id;
    }

    public void requireDraft() {
        if (status != PlanStatus.DRAFT) {
            throw new PlanRuleViolation("status", "an " + status + " plan never changes; create a revision instead");
        }
    }

    private void setLines(List<PlanLine> newLines) {
        if (newLines.isEmpty()) {
            throw new PlanRuleViolation("lines", "a plan needs at least one line");
        }
        lines.clear();
        int no = 1;
        for (PlanLine line : newLines) {
            line.attach(this, no++);
            lines.add(line);
        }
    }

    public long total() {
        return lines.stream().mapToLong(PlanLine::amount).sum();
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public PlannedUnit unit() {
        return unit;
    }

    public int revisionNo() {
        return revisionNo;
    }

    public Long revisionOfId() {
        return revisionOfId;
    }

    public PlanStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String note() {
        return note;
    }

    public Decision decision() {
        return decision;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public OffsetDateTime approvedAt() {
        return approvedAt;
    }

    public Long supersededById() {
        return supersededById;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public List<PlanLine> lines() {
        return Collections.unmodifiableList(lines);
    }
}
