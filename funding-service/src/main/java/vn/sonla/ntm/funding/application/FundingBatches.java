package vn.sonla.ntm.funding.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.funding.application.Commands.AllocationInput;
import vn.sonla.ntm.funding.application.Commands.ApprovalInput;
import vn.sonla.ntm.funding.application.Commands.PlanDraft;
import vn.sonla.ntm.funding.application.Commands.TransactionInput;
import vn.sonla.ntm.funding.domain.Allocation;
import vn.sonla.ntm.funding.domain.CapitalPlan;
import vn.sonla.ntm.funding.domain.LedgerTransaction;

/**
 * Many funding records in one request, all or nothing (ADR 0071): a district's plans for its communes, a finance
 * department approving a year's plans, allocations of a district plan to its communes, a treasury's vouchers. Each
 * item goes through exactly the use case of the single endpoint (scope on the unit at the record's date, ceilings under
 * the line and allocation locks, dates, its own audit entry), all inside one transaction: the first refused item,
 * named {@code items[i]}, refuses the batch and nothing is written.
 */
@ApplicationScoped
public class FundingBatches {

    /** A draft to approve, with the version the caller read. */
    public record Approval(long id, Long version, ApprovalInput decision) {
    }

    /** An allocation of one plan line. */
    public record AllocationItem(long planId, long lineId, AllocationInput allocation) {
    }

    /** A transaction against one allocation. */
    public record TransactionItem(long allocationId, TransactionInput transaction) {
    }

    @Inject
    CapitalPlanning planning;

    @Inject
    Allocating allocating;

    @Inject
    Ledger ledger;

    @Transactional
    public List<CapitalPlan> draft(List<PlanDraft> items) {
        List<CapitalPlan> plans = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            PlanDraft item = items.get(i);
            plans.add(inItem(i, () -> planning.draft(item)));
        }
        return plans;
    }

    @Transactional
    public List<CapitalPlan> approve(List<Approval> items) {
        Set<Long> seen = new HashSet<>();
        List<CapitalPlan> plans = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Approval item = items.get(i);
            if (!seen.add(item.id())) {
                throw itemProblem(i, ProblemException.invalidField("id", "names plan " + item.id() + " a second time"));
            }
            plans.add(inItem(i, () -> planning.approve(item.id(), item.version() == null ? null : "\"" + item.version() + "\"",
                    item.decision())));
        }
        return plans;
    }

    @Transactional
    public List<Allocation> allocate(List<AllocationItem> items) {
        List<Allocation> allocations = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            AllocationItem item = items.get(i);
            allocations.add(inItem(i, () -> allocating.allocate(item.planId(), item.lineId(), item.allocation())));
        }
        return allocations;
    }

    @Transactional
    public List<LedgerTransaction> record(List<TransactionItem> items) {
        List<LedgerTransaction> transactions = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            TransactionItem item = items.get(i);
            transactions.add(inItem(i, () -> ledger.record(item.allocationId(), item.transaction())));
        }
        return transactions;
    }

    private static <T> T inItem(int index, Supplier<T> work) {
        try {
            return work.get();
        } catch (ProblemException p) {
            throw itemProblem(index, p);
        }
    }

    /** The single endpoint's problem, its fields prefixed with items[i], saying that nothing was written. */
    static ProblemException itemProblem(int index, ProblemException p) {
        String at = "items[" + index + "]";
        Problem original = p.problem();
        List<Problem.FieldError> errors = original.errors().isEmpty() ? List.of(new Problem.FieldError(at, original.detail()))
                : original.errors().stream().map(e -> new Problem.FieldError(at + "." + e.field(), e.message())).toList();
        return new ProblemException(new Problem(original.type(), original.title(), original.status(),
                at + ": " + original.detail() + " — nothing in this batch was written", original.instance(), errors));
    }
}
