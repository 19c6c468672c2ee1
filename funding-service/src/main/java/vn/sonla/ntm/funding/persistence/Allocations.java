package vn.sonla.ntm.funding.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.sonla.ntm.funding.domain.Allocation;

/** The allocation ledger (allocations and their reversals). */
@ApplicationScoped
public class Allocations implements PanacheRepository<Allocation> {

    public Optional<Allocation> lockById(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Net allocated from a line: allocations minus their reversals. */
    public long netOnLine(long planLineId) {
        Long net = getEntityManager().createQuery("""
                        select coalesce(sum(case when a.reversesId is null then a.amount else -a.amount end), 0)
                        from Allocation a where a.planLineId = :line""", Long.class)
                .setParameter("line", planLineId).getSingleResult();
        return net == null ? 0 : net;
    }

    /** Net allocated per line, for the given lines (lines with nothing allocated are absent). */
    public Map<Long, Long> netOnLines(Collection<Long> planLineIds) {
        Map<Long, Long> result = new HashMap<>();
        if (planLineIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = getEntityManager().createQuery("""
                        select a.planLineId, sum(case when a.reversesId is null then a.amount else -a.amount end)
                        from Allocation a where a.planLineId in :lines group by a.planLineId""", Object[].class)
                .setParameter("lines", planLineIds).getResultList();
        for (Object[] r : rows) {
            result.put((Long) r[0], ((Number) r[1]).longValue());
        }
        return result;
    }

    public Optional<Allocation> reversalOf(long allocationId) {
        return find("reversesId", allocationId).firstResultOptional();
    }

    public List<Allocation> reversalsOf(long allocationId) {
        return list("reversesId", allocationId);
    }

    /** Moves the allocations of a superseded line to the matching line of the approved revision. */
    public int carryOver(long fromLineId, long toLineId) {
        return update("planLineId = ?1 where planLineId = ?2", toLineId, fromLineId);
    }

    public PanacheQuery<Allocation> search(Integer year, Long planLineId, Collection<Long> planLineIds,
                                           String recipientCode, String scopeDistrict, String scopeUnit) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (year != null) {
            q.append(" and year = :year");
            p.and("year", year);
        }
        if (planLineId != null) {
            q.append(" and planLineId = :line");
            p.and("line", planLineId);
        }
        if (planLineIds != null) {
            q.append(" and planLineId in :lines");
            p.and("lines", planLineIds.isEmpty() ? List.of(-1L) : planLineIds);
        }
        if (recipientCode != null) {
            q.append(" and recipientCode = :recipient");
            p.and("recipient", recipientCode);
        }
        if (scopeDistrict != null) {
            q.append(" and (recipientCode = :district or recipientDistrictCode = :district)");
            p.and("district", scopeDistrict);
        }
        if (scopeUnit != null) {
            q.append(" and recipientCode = :own");
            p.and("own", scopeUnit);
        }
        return find(q.toString(), Sort.ascending("id"), p);
    }
}
