package vn.sonla.ntm.criteria.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;

import vn.sonla.ntm.criteria.domain.CriteriaSet;
import vn.sonla.ntm.criteria.domain.CriteriaSetVersion;
import vn.sonla.ntm.criteria.domain.SetLevel;
import vn.sonla.ntm.criteria.domain.SetStatus;

@ApplicationScoped
public class CriteriaSetVersionRepository implements PanacheRepository<CriteriaSetVersion> {

    public Optional<CriteriaSetVersion> find(String code, int number) {
        return find("set.code = ?1 and number = ?2", code, number).firstResultOptional();
    }

    /** The version, locked until the transaction ends, so that concurrent changes are judged one after the other. */
    public Optional<CriteriaSetVersion> findForUpdate(String code, int number) {
        return find("set.code = ?1 and number = ?2", code, number).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public int lastNumberOf(CriteriaSet set) {
        Integer last = getEntityManager().createQuery("select max(v.number) from CriteriaSetVersion v where v.set = :set", Integer.class)
                .setParameter("set", set).getSingleResult();
        return last == null ? 0 : last;
    }

    /** Versions of the given sets, header only (their content is loaded lazily, and not here). */
    public List<CriteriaSetVersion> ofSets(Collection<String> codes, boolean publishedOnly) {
        if (codes.isEmpty()) {
            return List.of();
        }
        String query = "set.code in :codes" + (publishedOnly ? " and status = :published" : "") + " order by set.code, number";
        Parameters p = Parameters.with("codes", codes);
        if (publishedOnly) {
            p = p.and("published", SetStatus.PUBLISHED);
        }
        return find(query, p).list();
    }

    /**
     * Codes of the sets a caller may list, ordered by code, filtered on the status of any of their versions and on the
     * level of their latest visible version.
     */
    public List<String> setCodes(SetStatus status, SetLevel level, boolean publishedOnly, int offset, int limit) {
        TypedQuery<String> q = getEntityManager().createQuery("select s.code " + setFilter(status, level, publishedOnly) + " order by s.code",
                String.class);
        filterParameters(status, level, publishedOnly).forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countSets(SetStatus status, SetLevel level, boolean publishedOnly) {
        TypedQuery<Long> q = getEntityManager().createQuery("select count(s) " + setFilter(status, level, publishedOnly), Long.class);
        filterParameters(status, level, publishedOnly).forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static String setFilter(SetStatus status, SetLevel level, boolean publishedOnly) {
        StringBuilder where = new StringBuilder("from CriteriaSet s where exists (select 1 from CriteriaSetVersion v where v.set = s");
        if (publishedOnly) {
            where.append(" and v.status = :published");
        }
        if (status != null) {
            where.append(" and v.status = :status");
        }
        where.append(')');
        if (level != null) {
            where.append(" and exists (select 1 from CriteriaSetVersion l where l.set = s and l.level = :level")
                    .append(publishedOnly ? " and l.status = :published" : "")
                    .append(" and l.number = (select max(m.number) from CriteriaSetVersion m where m.set = s")
                    .append(publishedOnly ? " and m.status = :published" : "").append("))");
        }
        return where.toString();
    }

    private static Map<String, Object> filterParameters(SetStatus status, SetLevel level, boolean publishedOnly) {
        Map<String, Object> p = new HashMap<>();
        if (publishedOnly) {
            p.put("published", SetStatus.PUBLISHED);
        }
        if (status != null) {
            p.put("status", status);
        }
        if (level != null) {
            p.put("level", level);
        }
        return p;
    }
}
