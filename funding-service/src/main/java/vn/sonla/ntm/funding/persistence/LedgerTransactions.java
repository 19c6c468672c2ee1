package vn.sonla.ntm.funding.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import vn.sonla.ntm.funding.domain.LedgerTransaction;
import vn.sonla.ntm.funding.domain.TransactionType;

/** Commitments, disbursements and expenditures, with their reversals. */
@ApplicationScoped
public class LedgerTransactions implements PanacheRepository<LedgerTransaction> {

    public List<LedgerTransaction> ofAllocation(long allocationId) {
        return list("allocationId = ?1 order by id", allocationId);
    }

    /** Net of one type against an allocation: entries minus their reversals. */
    public long net(long allocationId, TransactionType type) {
        Long net = getEntityManager().createQuery("""
                        select coalesce(sum(case when t.reversesId is null then t.amount else -t.amount end), 0)
                        from LedgerTransaction t where t.allocationId = :a and t.type = :type""", Long.class)
                .setParameter("a", allocationId).setParameter("type", type).getSingleResult();
        return net == null ? 0 : net;
    }

    public Optional<LedgerTransaction> reversalOf(long transactionId) {
        return find("reversesId", transactionId).firstResultOptional();
    }
}
