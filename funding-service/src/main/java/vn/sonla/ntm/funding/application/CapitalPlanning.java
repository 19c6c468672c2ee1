package vn.sonla.ntm.funding.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import vn.sonla.ntm.common.Page;
import vn.sonla.ntm.common.PageRequest;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Versions;
import vn.sonla.ntm.funding.application.Commands.ApprovalInput;
import vn.sonla.ntm.funding.application.Commands.PlanDraft;
import vn.sonla.ntm.funding.application.Commands.PlanLineInput;
import vn.sonla.ntm.funding.application.Commands.PlanRedraft;
import vn.sonla.ntm.funding.application.Commands.PlanRevision;
import vn.sonla.ntm.funding.client.UnitRef;
import vn.sonla.ntm.funding.client.Units;
import vn.sonla.ntm.funding.domain.Amount;
import vn.sonla.ntm.funding.domain.CapitalPlan;
import vn.sonla.ntm.funding.domain.Decision;
import vn.sonla.ntm.funding.domain.FundingSource;
import vn.sonla.ntm.funding.domain.PlanLine;
import vn.sonla.ntm.funding.domain.PlanStatus;
import vn.sonla.ntm.funding.domain.PlannedUnit;
import vn.sonla.ntm.funding.domain.RevisionCarryOver;
import vn.sonla.ntm.funding.domain.SpendingField;
import vn.sonla.ntm.funding.persistence.Allocations;
import vn.sonla.ntm.funding.persistence.CapitalPlans;
import vn.sonla.ntm.funding.persistence.FundingSources;
import vn.sonla.ntm.funding.persistence.PlanLines;
import vn.sonla.ntm.funding.persistence.SpendingFields;

/**
 * Drafting, approving and revising capital plans. A plan is for a year and a unit as it stood on the plan's unit
 * date (default 1 January of the year; ADR 0031); approval freezes it; a revision supersedes it when approved and
 * takes over its allocations.
 */
@ApplicationScoped
public class CapitalPlanning {

    @Inject
    CapitalPlans plans;

    @Inject
    PlanLines planLines;

    @Inject
    Allocations allocations;

    @Inject
    FundingSources sources;

    @Inject
    SpendingFields fields;

    @Inject
    Units units;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Transactional
    public CapitalPlan draft(PlanDraft cmd) {
        LocalDate unitDate = cmd.unitDate() == null ? LocalDate.of(cmd.year(), 1, 1) : cmd.unitDate();
        if (unitDate.getYear() != cmd.year()) {
            throw Refusals.invalid("unitDate", "must fall in the plan year " + cmd.year());
        }
        if (cmd.year() > Today.date().getYear() + 5) {
            throw Refusals.invalid("year", "must not be more than 5 years ahead");
        }
        UnitRef unit = units.at(cmd.unitCode(), unitDate).orElseThrow(() -> Refusals.unprocessable("Unknown unit",
                "unitCode", "names no administrative unit on " + unitDate));
        access.requireWrite(Access.Scope.of(unit));
        plans.originalOf(cmd.year(), unit.code(), unit.validFrom()).ifPresent(existing -> {
            throw ProblemException.conflict("Unit " + unit.code() + " already has a capital plan for " + cmd.year()
                    + " (id " + existing.id() + "); change its draft or revise the approved plan instead");
        });
        PlannedUnit planned = new PlannedUnit(unit.code(), unit.name(), unit.level(), unitDate, unit.validFrom(),
                unit.districtCode(), unit.districtName(), unit.provinceCode());
        CapitalPlan plan = CapitalPlan.original(cmd.year(), planned, cmd.title(), cmd.note(),
                lines(cmd.lines(), unitDate), access.callerName(), Today.now());
        plans.persistAndFlush(plan);
        audit.record("plan.draft", "CapitalPlan", plan.id(), unit.code(), null, Snapshots.of(plan), null);
        return plan;
    }

    @Transactional
    public CapitalPlan redraft(long id, String ifMatch, PlanRedraft cmd) {
        CapitalPlan plan = writable(id);
        Versions.requireMatch(ifMatch, plan.version());
        plan.requireDraft();
        Map<String, Object> before = Snapshots.of(plan);
        plan.redraft(cmd.title(), cmd.note(), lines(cmd.lines(), plan.unit().date()));
        plans.flush();
        audit.record("plan.redraft", "CapitalPlan", plan.id(), plan.unit().code(), before, Snapshots.of(plan), null);
        return plan;
    }

    @Transactional
    public void discard(long id, String ifMatch) {
        CapitalPlan plan = writable(id);
        Versions.requireMatch(ifMatch, plan.version());
        plan.requireDraft();
        Map<String, Object> before = Snapshots.of(plan);
        plans.delete(plan);
        plans.flush();
        audit.record("plan.discard", "CapitalPlan", id, plan.unit().code(), before, null, null);
    }

    @Transactional
    public CapitalPlan revise(long id, String ifMatch, PlanRevision cmd) {
        CapitalPlan approved = writable(id);
        Versions.requireMatch(ifMatch, approved.version());
        if (approved.status() != PlanStatus.APPROVED) {
            throw ProblemException.conflict("Only the approved plan of a series can be revised; plan " + id + " is "
                    + approved.status() + (approved.supersededById() == null ? "" : " (revise plan "
                    + approved.supersededById() + ")"));
        }
        if (plans.count("revisionOfId", approved.id()) > 0) {
            throw ProblemException.conflict("Plan " + id + " already has a revision; change that draft instead");
        }
        List<PlanLine> newLines = cmd.lines() == null ? null : lines(cmd.lines(), approved.unit().date());
        CapitalPlan revision = approved.revise(cmd.title(), cmd.note(), newLines, access.callerName(), Today.now());
        plans.persistAndFlush(revision);
        audit.record("plan.revise", "CapitalPlan", revision.id(), revision.unit().code(), null, Snapshots.of(revision),
                "revision " + revision.revisionNo() + " of plan " + approved.id());
        return revision;
    }

    /**
     * Approves a draft by decision. For a revision, the plan it revises is superseded in the same transaction and
     * its allocations move to the matching lines of the revision, which must still hold them.
     */
    @Transactional
    public CapitalPlan approve(long id, String ifMatch, ApprovalInput cmd) {
        CapitalPlan plan = plans.lockById(id).orElseThrow(() -> notFound(id));
        access.requireRead(Access.Scope.of(plan.unit()));
        access.requireApprover();
        Versions.requireMatch(ifMatch, plan.version());
        plan.requireDraft();
        LocalDate today = Today.date();
        if (cmd.decisionDate().isAfter(today)) {
            throw Refusals.invalid("decisionDate", "must not be in the future");
        }
        if (cmd.decisionDate().getYear() < plan.year() - 1) {
            throw Refusals.invalid("decisionDate", "must not be before " + (plan.year() - 1) + " for a " + plan.year() + " plan");
        }
        Map<String, Object> before = Snapshots.of(plan);
        Decision decision = new Decision(cmd.decisionNumber().strip(), cmd.decisionDate(), cmd.issuer().strip());
        if (plan.revisionOfId() != null) {
            CapitalPlan superseded = plans.lockById(plan.revisionOfId()).orElseThrow();
            if (superseded.status() != PlanStatus.APPROVED) {
                throw ProblemException.conflict("Plan " + superseded.id() + " which this draft revises is no longer the "
                        + "approved plan (" + superseded.status() + ")");
            }
            for (PlanLine line : superseded.lines()) {
                planLines.lockById(line.id());
            }
            Map<Long, Long> allocated = allocations.netOnLines(superseded.lines().stream().map(PlanLine::id).toList());
            Map<PlanLine, PlanLine> moves = RevisionCarryOver.match(superseded, plan, allocated);
            Map<String, Object> supersededBefore = Snapshots.of(superseded);
            superseded.supersedeBy(plan);
            plans.flush();
            plan.approve(decision, access.callerName(), Today.now());
            plans.flush();
            for (Map.Entry<PlanLine, PlanLine> move : moves.entrySet()) {
                allocations.carryOver(move.getKey().id(), move.getValue().id());
            }
            audit.record("plan.supersede", "CapitalPlan", superseded.id(), superseded.unit().code(), supersededBefore,
                    Snapshots.of(superseded), "superseded by revision " + plan.revisionNo() + " (plan " + plan.id()
                            + "), decision " + decision.number() + "; allocations of " + moves.size()
                            + " line(s) carried over");
        } else {
            plan.approve(decision, access.callerName(), Today.now());
            plans.flush();
        }
        audit.record("plan.approve", "CapitalPlan", plan.id(), plan.unit().code(), before, Snapshots.of(plan),
                "decision " + decision.number() + " of " + decision.date() + ", " + decision.issuer());
        return plan;
    }

    @Transactional
    public CapitalPlan get(long id) {
        CapitalPlan plan = plans.findByIdOptional(id).orElseThrow(() -> notFound(id));
        access.requireRead(Access.Scope.of(plan.unit()));
        return plan;
    }

    @Transactional
    public Page<CapitalPlan> search(Integer year, String unitCode, PlanStatus status, PageRequest page) {
        PanacheQuery<CapitalPlan> q = plans.search(year, unitCode, status, access.listDistrict(), access.listUnit());
        long total = q.count();
        return Page.of(q.page(page.page(), page.size()).list(), page, total);
    }

    /** A plan line with its plan, readable by the caller. */
    @Transactional
    public Optional<PlanLine> line(long planId, long lineId) {
        return planLines.findByIdOptional(lineId).filter(l -> l.plan().id() == planId);
    }

    /**
     * The plan, locked for this transaction: concurrent writers of one plan queue here, and each one after the first
     * reads the version the first committed, so its If-Match is refused with 412 (without the lock they raced to the
     * lines and lost with a deadlock, a 500; found by the safety suite's concurrency test).
     */
    private CapitalPlan writable(long id) {
        CapitalPlan plan = plans.lockById(id).orElseThrow(() -> notFound(id));
        access.requireWrite(Access.Scope.of(plan.unit()));
        return plan;
    }

    static ProblemException notFound(long id) {
        return ProblemException.notFound("No capital plan " + id);
    }

    private List<PlanLine> lines(List<PlanLineInput> inputs, LocalDate day) {
        List<PlanLine> lines = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            PlanLineInput in = inputs.get(i);
            String prefix = "lines[" + i + "].";
            FundingSource source = sources.findByIdOptional(in.sourceCode()).orElseThrow(() -> Refusals.unprocessable(
                    "Unknown funding source", prefix + "sourceCode", "is not a funding source (GET /api/v1/funding-sources)"));
            if (!source.isValidOn(day)) {
                throw Refusals.unprocessable("Funding source not in force", prefix + "sourceCode",
                        "is not in force on " + day + " (valid " + source.validFrom() + " to "
                                + (source.validTo() == null ? "today" : source.validTo()) + ")");
            }
            SpendingField field = fields.findByIdOptional(in.fieldCode()).orElseThrow(() -> Refusals.unprocessable(
                    "Unknown field of spending", prefix + "fieldCode", "is not a field of spending (GET /api/v1/spending-fields)"));
            var valuation = Valuations.check(source, in.valuation(), in.amount(), prefix);
            lines.add(new PlanLine(source.code(), field.code(), in.criterionCode(), Amount.of(in.amount()), valuation,
                    in.note()));
        }
        return lines;
    }
}
