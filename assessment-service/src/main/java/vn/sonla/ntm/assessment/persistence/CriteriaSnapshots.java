package vn.sonla.ntm.assessment.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.sonla.ntm.assessment.domain.CriteriaSetSnapshot;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;

/**
 * Snapshots of criteria-set versions (jsonb, exactly as criteria-service answered). Immutable once written, so parsed
 * snapshots are cached in memory by id.
 */
@ApplicationScoped
public class CriteriaSnapshots {

    /** Reads documents leniently: criteria-service may add fields to the exchange format without breaking evaluation. */
    public static final ObjectMapper DOCUMENTS = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final Map<Long, CriteriaSetSnapshot> cache = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    public Optional<CriteriaSetSnapshot> find(String code, int version) {
        List<?> ids = em.createNativeQuery("select id from criteria_set_snapshot where set_code = ?1 and set_version = ?2")
                .setParameter(1, code).setParameter(2, version).getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(byId(((Number) ids.get(0)).longValue()));
    }

    public CriteriaSetSnapshot byId(long id) {
        return cache.computeIfAbsent(id, this::load);
    }

    /** Stores the document unless a snapshot of that version exists already (a concurrent creation): either way one row. */
    public CriteriaSetSnapshot store(CriteriaSetDocument parsed, String rawJson, String fetchedBy) {
        em.createNativeQuery("""
                        insert into criteria_set_snapshot (id, set_code, set_version, level, name_vi, document, fetched_at, fetched_by)
                        values (nextval('criteria_set_snapshot_seq'), ?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6, ?7)
                        on conflict (set_code, set_version) do nothing""")
                .setParameter(1, parsed.code()).setParameter(2, parsed.version()).setParameter(3, parsed.level())
                .setParameter(4, parsed.nameVi()).setParameter(5, rawJson)
                .setParameter(6, OffsetDateTime.now(ZoneOffset.UTC)).setParameter(7, fetchedBy)
                .executeUpdate();
        return find(parsed.code(), parsed.version()).orElseThrow();
    }

    /** Whether any version of the set has been snapshotted, i.e. was published when an assessment was created against it. */
    public boolean anyOf(String code) {
        return !em.createNativeQuery("select 1 from criteria_set_snapshot where set_code = ?1 limit 1")
                .setParameter(1, code).getResultList().isEmpty();
    }

    public static CriteriaSetDocument parse(String json) {
        try {
            return DOCUMENTS.readValue(json, CriteriaSetDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a criteria-set document: " + e.getOriginalMessage(), e);
        }
    }

    private CriteriaSetSnapshot load(long id) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select id, set_code, set_version, level, document::text, fetched_at, fetched_by
                        from criteria_set_snapshot where id = ?1""")
                .setParameter(1, id).getSingleResult();
        OffsetDateTime fetched = row[5] instanceof OffsetDateTime o ? o
                : row[5] instanceof java.time.Instant i ? i.atOffset(ZoneOffset.UTC)
                : ((java.sql.Timestamp) row[5]).toInstant().atOffset(ZoneOffset.UTC);
        return new CriteriaSetSnapshot(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).intValue(), (String) row[3],
                parse((String) row[4]), fetched, (String) row[6]);
    }
}
