package vn.sonla.ntm.funding.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import vn.sonla.ntm.common.Page;
import vn.sonla.ntm.common.PageRequest;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.funding.application.Commands.AllocationInput;
import vn.sonla.ntm.funding.application.Commands.ReversalInput;
import vn.sonla.ntm.funding.client.UnitRef;
import vn.sonla.ntm.funding.client.Units;
import vn.sonla.ntm.funding.domain.Allocation;
import vn.sonla.ntm.funding.domain.AllocationBalance;
import vn.sonla.ntm.funding.domain.AllocationCeiling;
import vn.sonla.ntm.funding.domain.AllocationReduction;
import vn.sonla.ntm.funding.domain.Amount;
import vn.sonla.ntm.funding.domain.CapitalPlan;
import vn.sonla.ntm.funding.domain.PlanLine;
import vn.sonla.ntm.funding.domain.PlanStatus;
import vn.sonla.ntm.funding.domain.Recipient;
import vn.sonla.ntm.funding.domain.ReversalRule;
import vn.sonla.ntm.funding.domain.TransactionType;
import vn.sonla.ntm.funding.domain.UnitLevel;
import vn.sonla.ntm.funding.persistence.Allocations;
import vn.sonla.ntm.funding.persistence.CapitalPlans;
import vn.sonla.ntm.funding.persistence.LedgerTransactions;
import vn.sonla.ntm.funding.persistence.PlanLines;

/**
 * Passing money of approved plan lines down to districts and communes. The line row is locked while its
 * allocations are summed and the new one written, so concurrent allocations queue and together never exceed the
 * line (ADR 0032). Allocations are reduced by reversal entries, never edited.
 */
@ApplicationScoped
public class Allocating {

    @Inject
    PlanLines planLines;

    @Inject
    CapitalPlans plans;

    @Inject
    Allocations allocations;

    @Inject
    LedgerTransactions transactions;

    @Inject
    Units units;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Transactional
    public Allocation allocate(long planId, long lineId, AllocationInput cmd) {
        PlanLine unlocked = planLines.findByIdOptional(lineId).filter(l -> l.plan().id() == planId)
                .orElseThrow(() -> ProblemException.notFound("Plan " + planId + " has no line " + lineId));
        CapitalPlan plan = unlocked.plan();
        access.requireWrite(Access.Scope.of(plan.unit()));
        LocalDate unitDate = plan.unit().date();
        UnitRef recipient = units.at(cmd.recipientCode(), unitDate).orElseThrow(() -> Refusals.unprocessable(
                "Unknown unit", "recipientCode", "names no administrative unit on " + unitDate + " (the plan's unit date)"));
        UnitRef planUnit = units.at(plan.unit().code(), unitDate).orElseThrow(() -> Refusals.unprocessable(
                "Unknown unit", "planId", "the plan's unit " + plan.unit().code() + " is no longer known on " + unitDate));
        if (recipient.level() == UnitLevel.PROVINCE || !recipient.isWithin(planUnit)) {
            throw Refusals.unprocessable("Recipient outside the plan", "recipientCode", "must be a district or commune "
                    + "that is, or lies under, " + planUnit.code() + " " + planUnit.name() + " on " + unitDate);
        }
        access.requireWrite(Access.Scope.of(recipient));
        checkDate("date", cmd.date(), plan.year());

        PlanLine line = planLines.lockById(lineId).orElseThrow();
        plans.getEntityManager().refresh(line.plan());
        if (line.plan().status() != PlanStatus.APPROVED) {
            throw Refusals.unprocessable("Plan not approved", "planId", "plan " + planId + " is " + line.plan().status()
                    + "; only lines of the approved plan can be allocated"
                    + (line.plan().supersededById() == null ? "" : " (now plan " + line.plan().supersededById() + ")"));
        }
        long net = allocations.netOnLine(lineId);
        AllocationCeiling.check(line.amount(), net, cmd.amount()).ifPresent(r -> {
            throw Refusals.rejected("Allocation exceeds the plan line", r);
        });
        Allocation allocation = Allocation.of(line, new Recipient(recipient.code(), recipient.name(), recipient.level(),
                        recipient.districtCode(), recipient.districtName(), unitDate), Amount.of(cmd.amount()), cmd.date(),
                cmd.documentRef(), cmd.note(), access.callerName(), Today.now());
        allocations.persistAndFlush(allocation);
        audit.record("allocation.create", "Allocation", allocation.id(), recipient.code(), null,
                Snapshots.of(allocation), null);
        return allocation;
    }

    @Transactional
    public Allocation reverse(long allocationId, ReversalInput cmd) {
        Allocation allocation = allocations.lockById(allocationId)
                .orElseThrow(() -> ProblemException.notFound("No allocation " + allocationId));
        access.requireWrite(scopeOf(allocation));
        checkDate("date", cmd.date(), allocation.year());
        if (cmd.date().isBefore(allocation.entryDate())) {
            throw Refusals.invalid("date", "must not be before the allocation's date " + allocation.entryDate());
        }
        long amount = cmd.amount() == null ? allocation.amount() : cmd.amount();
        ReversalRule.check(allocation.isReversal(), allocations.reversalOf(allocationId).isPresent(), allocation.amount(),
                amount).ifPresent(r -> {
                    throw Refusals.rejected("Reversal refused", r);
                });
        long disbursed = transactions.net(allocationId, TransactionType.DISBURSEMENT);
        AllocationReduction.check(allocation.amount(), disbursed, amount).ifPresent(r -> {
            throw Refusals.rejected("Reversal refused", r);
        });
        Allocation reversal = allocation.reversal(Amount.of(amount), cmd.date(), cmd.documentRef(), cmd.reason(),
                access.callerName(), Today.now());
        allocations.persistAndFlush(reversal);
        audit.record("allocation.reverse", "Allocation", allocation.id(), allocation.recipientCode(),
                Snapshots.of(allocation), Snapshots.of(reversal), cmd.reason());
        return reversal;
    }

    @Transactional
    public Allocation get(long id) {
        Allocation allocation = allocations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No allocation " + id));
        access.requireRead(scopeOf(allocation));
        return allocation;
    }

    @Transactional
    public AllocationBalance balance(Allocation allocation) {
        if (allocation.isReversal()) {
            return null;
        }
        return AllocationBalance.of(allocation, allocations.reversalsOf(allocation.id()),
                transactions.ofAllocation(allocation.id()));
    }

    @Transactional
    public Page<Allocation> search(Integer year, Long planId, Long lineId, String recipientCode, PageRequest page) {
        List<Long> lineIds = null;
        if (planId != null) {
            CapitalPlan plan = plans.findByIdOptional(planId).orElseThrow(() -> CapitalPlanning.notFound(planId));
            lineIds = plan.lines().stream().map(PlanLine::id).toList();
        }
        PanacheQuery<Allocation> q = allocations.search(year, lineId, lineIds, recipientCode, access.listDistrict(),
                access.listUnit());
        return Page.of(q.page(page.page(), page.size()).list(), page, q.count());
    }

    static Access.Scope scopeOf(Allocation a) {
        return new Access.Scope(a.recipientCode(), a.recipientLevel(), a.recipientDistrictCode());
    }

    /** A ledger date: not before the plan year starts, not after today. */
    static void checkDate(String field, LocalDate date, int planYear) {
        if (date.isBefore(LocalDate.of(planYear, 1, 1))) {
            throw Refusals.invalid(field, "must not be before the plan year " + planYear + " starts");
        }
        if (date.isAfter(Today.date())) {
            throw Refusals.invalid(field, "must not be in the future");
        }
    }
}
