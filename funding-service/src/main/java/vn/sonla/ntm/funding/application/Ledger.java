package vn.sonla.ntm.funding.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.funding.application.Commands.ReversalInput;
import vn.sonla.ntm.funding.application.Commands.TransactionInput;
import vn.sonla.ntm.funding.domain.Allocation;
import vn.sonla.ntm.funding.domain.Amount;
import vn.sonla.ntm.funding.domain.DisbursementCeiling;
import vn.sonla.ntm.funding.domain.FundingSource;
import vn.sonla.ntm.funding.domain.LedgerTransaction;
import vn.sonla.ntm.funding.domain.ReversalRule;
import vn.sonla.ntm.funding.domain.TransactionType;
import vn.sonla.ntm.funding.domain.Valuation;
import vn.sonla.ntm.funding.persistence.Allocations;
import vn.sonla.ntm.funding.persistence.FundingSources;
import vn.sonla.ntm.funding.persistence.LedgerTransactions;

/**
 * Commitments, disbursements and expenditures against an allocation. The allocation row is locked while its
 * disbursements are summed, so concurrent disbursements never overdraw it; an over-disbursement is accepted only
 * from a coordinator with a justification, and marked as such.
 */
@ApplicationScoped
public class Ledger {

    @Inject
    Allocations allocations;

    @Inject
    LedgerTransactions transactions;

    @Inject
    FundingSources sources;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Transactional
    public LedgerTransaction record(long allocationId, TransactionInput cmd) {
        Allocation allocation = allocations.lockById(allocationId)
                .orElseThrow(() -> ProblemException.notFound("No allocation " + allocationId));
        access.requireWrite(Allocating.scopeOf(allocation));
        if (allocation.isReversal()) {
            throw Refusals.unprocessable("Not an allocation", "allocationId", "is a reversal entry; record against "
                    + "allocation " + allocation.reversesId());
        }
        Allocating.checkDate("date", cmd.date(), allocation.year());
        FundingSource source = sources.findById(allocation.sourceCode());
        Valuation valuation = Valuations.check(source, cmd.valuation(), cmd.amount(), "");
        DisbursementCeiling.Outcome outcome = DisbursementCeiling.Outcome.WITHIN_ALLOCATION;
        if (cmd.type() == TransactionType.DISBURSEMENT) {
            long allocated = allocation.amount() - allocations.reversalOf(allocationId).map(Allocation::amount).orElse(0L);
            long disbursed = transactions.net(allocationId, TransactionType.DISBURSEMENT);
            DisbursementCeiling.Decision decision = DisbursementCeiling.check(allocated, disbursed, cmd.amount(),
                    access.isCoordinator(), cmd.justification());
            if (decision.outcome() == DisbursementCeiling.Outcome.REFUSED) {
                throw Refusals.rejected("Disbursement exceeds the allocation", decision.rejection());
            }
            outcome = decision.outcome();
        }
        LedgerTransaction t = LedgerTransaction.record(allocation, cmd.type(), Amount.of(cmd.amount()), cmd.date(),
                cmd.documentRef().strip(), valuation, cmd.note(), outcome,
                cmd.justification() == null ? null : cmd.justification().strip(), access.callerName(), Today.now());
        transactions.persistAndFlush(t);
        boolean over = t.overDisbursement();
        audit.record(over ? "transaction.over-disbursement" : "transaction.record", "LedgerTransaction", t.id(),
                allocation.recipientCode(), null, Snapshots.of(t), over ? t.justification() : null);
        return t;
    }

    @Transactional
    public LedgerTransaction reverse(long transactionId, ReversalInput cmd) {
        LedgerTransaction entry = transactions.findByIdOptional(transactionId)
                .orElseThrow(() -> ProblemException.notFound("No transaction " + transactionId));
        Allocation allocation = allocations.lockById(entry.allocationId()).orElseThrow();
        access.requireWrite(Allocating.scopeOf(allocation));
        Allocating.checkDate("date", cmd.date(), allocation.year());
        if (cmd.date().isBefore(entry.entryDate())) {
            throw Refusals.invalid("date", "must not be before the entry's date " + entry.entryDate());
        }
        long amount = cmd.amount() == null ? entry.amount() : cmd.amount();
        ReversalRule.check(entry.isReversal(), transactions.reversalOf(transactionId).isPresent(), entry.amount(), amount)
                .ifPresent(r -> {
                    throw Refusals.rejected("Reversal refused", r);
                });
        LedgerTransaction reversal = entry.reversal(Amount.of(amount), cmd.date(),
                cmd.documentRef() == null ? entry.documentRef() : cmd.documentRef(), cmd.reason(), access.callerName(),
                Today.now());
        transactions.persistAndFlush(reversal);
        audit.record("transaction.reverse", "LedgerTransaction", entry.id(), allocation.recipientCode(),
                Snapshots.of(entry), Snapshots.of(reversal), cmd.reason());
        return reversal;
    }

    @Transactional
    public LedgerTransaction get(long id) {
        LedgerTransaction t = transactions.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No transaction " + id));
        access.requireRead(Allocating.scopeOf(allocations.findById(t.allocationId())));
        return t;
    }

    @Transactional
    public List<LedgerTransaction> ofAllocation(long allocationId) {
        Allocation allocation = allocations.findByIdOptional(allocationId)
                .orElseThrow(() -> ProblemException.notFound("No allocation " + allocationId));
        access.requireRead(Allocating.scopeOf(allocation));
        return transactions.ofAllocation(allocationId);
    }
}
