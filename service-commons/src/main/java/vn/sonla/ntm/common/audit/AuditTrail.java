package vn.sonla.ntm.common.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.sonla.ntm.common.HashChain;

/**
 * The append-only, tamper-evident audit log every service keeps in its own database. Entries form one chain per
 * service: appending locks the chain head, so concurrent transactions queue and the chain never forks, and the entry
 * commits or rolls back together with the change it records.
 *
 * <p>Not a CDI bean: each service calls it with its own {@link EntityManager} inside its transaction. The tables are
 * created by each service's Flyway migration (see {@code audit-ddl.sql} in this module's resources).
 */
public final class AuditTrail {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private AuditTrail() {
    }

    /** Appends one entry, returning its sequence number. Must run inside the transaction of the change. */
    public static long append(EntityManager em, AuditRecord record) {
        Object[] head = (Object[]) em.createNativeQuery(
                        "select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .getSingleResult();
        long seq = ((Number) head[0]).longValue() + 1;
        String previous = (String) head[1];
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String before = canonical(record.before());
        String after = canonical(record.after());
        String hash = HashChain.link(previous, content(seq, at, record.actor(), record.action(), record.entityType(),
                record.entityId(), record.unitCode(), before, after, record.reason()));
        em.createNativeQuery("""
                        insert into audit_entry (seq, at, actor, action, entity_type, entity_id, unit_code, before_state,
                                                 after_state, reason, previous_hash, hash)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)""")
                .setParameter(1, seq).setParameter(2, at).setParameter(3, record.actor())
                .setParameter(4, record.action()).setParameter(5, record.entityType())
                .setParameter(6, record.entityId()).setParameter(7, record.unitCode())
                .setParameter(8, before).setParameter(9, after).setParameter(10, record.reason())
                .setParameter(11, previous).setParameter(12, hash)
                .executeUpdate();
        em.createNativeQuery("update audit_chain_head set last_seq = ?1, last_hash = ?2 where id = 1")
                .setParameter(1, seq).setParameter(2, hash).executeUpdate();
        return seq;
    }

    /**
     * The sequence number of the last committed entry: the service's data version. Every change is audited in its own
     * transaction and appending locks the head until commit, so this number grows with every commit that changed
     * something and with nothing else ({@code VersionedCache}).
     */
    public static long lastSeq(EntityManager em) {
        return ((Number) em.createNativeQuery("select last_seq from audit_chain_head where id = 1").getSingleResult()).longValue();
    }

    /** Rows per multi-row INSERT of {@link #appendAll}: 12 parameters each, well under PostgreSQL's 65 535. */
    static final int ROWS_PER_INSERT = 500;

    /**
     * Appends many entries in one go (a batch of records changed in one transaction): the chain head is locked and
     * written once, the entries are inserted by multi-row statements, and each entry is linked exactly as
     * {@link #append} would link it, so {@link #verify} cannot tell the difference. Must run inside the transaction of
     * the changes. Answers the sequence number of the first entry (or the head's, when there is nothing to append).
     */
    public static long appendAll(EntityManager em, List<AuditRecord> records) {
        Object[] head = (Object[]) em.createNativeQuery(
                        "select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .getSingleResult();
        long last = ((Number) head[0]).longValue();
        String previous = (String) head[1];
        if (records.isEmpty()) {
            return last;
        }
        long first = last + 1;
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        List<Object[]> rows = new ArrayList<>(records.size());
        for (AuditRecord record : records) {
            long seq = ++last;
            String before = canonical(record.before());
            String after = canonical(record.after());
            String hash = HashChain.link(previous, content(seq, at, record.actor(), record.action(), record.entityType(),
                    record.entityId(), record.unitCode(), before, after, record.reason()));
            rows.add(new Object[] {seq, at, record.actor(), record.action(), record.entityType(), record.entityId(),
                    record.unitCode(), before, after, record.reason(), previous, hash});
            previous = hash;
        }
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder("insert into audit_entry (seq, at, actor, action, entity_type, entity_id, "
                    + "unit_code, before_state, after_state, reason, previous_hash, hash) values ");
            for (int r = 0; r < chunk.size(); r++) {
                sql.append(r == 0 ? "" : ", ").append('(');
                for (int c = 1; c <= 12; c++) {
                    sql.append(c == 1 ? "" : ", ").append('?').append(r * 12 + c);
                }
                sql.append(')');
            }
            var insert = em.createNativeQuery(sql.toString());
            for (int r = 0; r < chunk.size(); r++) {
                Object[] row = chunk.get(r);
                for (int c = 0; c < 12; c++) {
                    insert.setParameter(r * 12 + c + 1, row[c]);
                }
            }
            insert.executeUpdate();
        }
        em.createNativeQuery("update audit_chain_head set last_seq = ?1, last_hash = ?2 where id = 1")
                .setParameter(1, last).setParameter(2, previous).executeUpdate();
        return first;
    }

    /** Entries about one entity, oldest first. */
    public static List<AuditEntryView> forEntity(EntityManager em, String entityType, String entityId) {
        return read(em, "where entity_type = ?1 and entity_id = ?2", entityType, entityId);
    }

    /** Entries about one administrative unit, oldest first. */
    public static List<AuditEntryView> forUnit(EntityManager em, String unitCode) {
        return read(em, "where unit_code = ?1", unitCode);
    }

    /** Entries with seq in (afterSeq, afterSeq + limit], oldest first. */
    public static List<AuditEntryView> page(EntityManager em, long afterSeq, int limit) {
        return read(em, "where seq > ?1 order by seq limit " + Math.max(1, Math.min(limit, 500)), afterSeq);
    }

    /**
     * Recomputes every hash from the stored content, in order. Detects altered content, altered hashes, deleted or
     * inserted entries (a gap or a broken link), and a head that does not point at the last entry.
     */
    public static ChainVerification verify(EntityManager em) {
        String previous = HashChain.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        final int batch = 1000;
        while (true) {
            // not page(): that one is capped at 500 for clients, and a short page here would end the walk early
            List<AuditEntryView> entries = read(em, "where seq > ?1 order by seq limit " + batch, expectedSeq - 1);
            for (AuditEntryView e : entries) {
                if (e.seq() != expectedSeq) {
                    return new ChainVerification(false, checked, expectedSeq, "entry " + expectedSeq + " is missing");
                }
                if (!previous.equals(e.previousHash())) {
                    return new ChainVerification(false, checked, e.seq(), "entry " + e.seq() + " does not follow its predecessor");
                }
                String recomputed = HashChain.link(previous, content(e.seq(), e.at(), e.actor(), e.action(), e.entityType(),
                        e.entityId(), e.unitCode(), e.before(), e.after(), e.reason()));
                if (!recomputed.equals(e.hash())) {
                    return new ChainVerification(false, checked, e.seq(), "entry " + e.seq() + " was altered after it was written");
                }
                previous = e.hash();
                expectedSeq++;
                checked++;
            }
            if (entries.size() < batch) {
                break;
            }
        }
        Object[] head = (Object[]) em.createNativeQuery("select last_seq, last_hash from audit_chain_head where id = 1")
                .getSingleResult();
        if (((Number) head[0]).longValue() != checked || !previous.equals(head[1])) {
            return new ChainVerification(false, checked, checked + 1, "the chain head does not match the last entry (entries removed at the end?)");
        }
        return new ChainVerification(true, checked, null, "all " + checked + " entries verified");
    }

    /** Canonical JSON: sorted keys, ISO dates, no whitespace; null stays null. */
    public static String canonical(Object state) {
        if (state == null) {
            return null;
        }
        if (state instanceof String s) {
            return s;
        }
        try {
            return CANONICAL.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit state is not serialisable: " + e.getOriginalMessage(), e);
        }
    }

    static String content(long seq, OffsetDateTime at, String actor, String action, String entityType, String entityId,
                          String unitCode, String before, String after, String reason) {
        return String.join("\u001f", Long.toString(seq), at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS).toString(),
                nz(actor), nz(action), nz(entityType), nz(entityId), nz(unitCode), nz(before), nz(after), nz(reason));
    }

    private static String nz(String s) {
        return s == null ? "\u0000" : s;
    }

    @SuppressWarnings("unchecked")
    private static List<AuditEntryView> read(EntityManager em, String where, Object... params) {
        String sql = "select seq, at, actor, action, entity_type, entity_id, unit_code, before_state, after_state, reason, "
                + "previous_hash, hash from audit_entry " + where + (where.contains("order by") ? "" : " order by seq");
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        List<Object[]> rows = query.getResultList();
        List<AuditEntryView> views = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            views.add(new AuditEntryView(((Number) r[0]).longValue(), toOffset(r[1]), (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                    (String) r[10], (String) r[11]));
        }
        return views;
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type");
    }
}
