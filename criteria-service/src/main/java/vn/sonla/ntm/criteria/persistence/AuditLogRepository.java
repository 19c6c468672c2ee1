package vn.sonla.ntm.criteria.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.sonla.ntm.common.Page;
import vn.sonla.ntm.common.PageRequest;
import vn.sonla.ntm.common.audit.AuditEntryView;

/** Pages of the audit log (written by service-commons AuditTrail), newest first, optionally for one entity. */
@ApplicationScoped
public class AuditLogRepository {

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public Page<AuditEntryView> page(String entityType, String entityId, PageRequest page) {
        String where = " where (cast(?1 as varchar) is null or entity_type = ?1) and (cast(?2 as varchar) is null or entity_id = ?2)";
        Query count = em.createNativeQuery("select count(*) from audit_entry" + where);
        Query rows = em.createNativeQuery("select seq, at, actor, action, entity_type, entity_id, unit_code, before_state, after_state,"
                + " reason, previous_hash, hash from audit_entry" + where + " order by seq desc");
        for (Query q : List.of(count, rows)) {
            q.setParameter(1, entityType);
            q.setParameter(2, entityId);
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<Object[]> found = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<AuditEntryView> items = new ArrayList<>(found.size());
        for (Object[] r : found) {
            items.add(new AuditEntryView(((Number) r[0]).longValue(), instant(r[1]), (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10], (String) r[11]));
        }
        return Page.of(items, page, total);
    }

    private static OffsetDateTime instant(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
