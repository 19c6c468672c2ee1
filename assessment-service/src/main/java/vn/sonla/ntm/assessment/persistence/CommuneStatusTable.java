package vn.sonla.ntm.assessment.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The published status of commune-level units (table commune_status): recomputed from recognitions, pilots and
 * appraised assessments by one upsert, which moves {@code last_changed} only when a published fact really changed.
 */
@ApplicationScoped
public class CommuneStatusTable {

    /** One row as published. */
    public record Row(long unitId, String unitCode, String unitName, String provinceCode, java.time.LocalDate validFrom,
                      java.time.LocalDate validTo, String level, String decisionNumber, java.time.LocalDate decisionDate,
                      java.time.LocalDate heldBy, String setCode, Integer setVersion, Integer assessmentYear, Integer criteriaMet,
                      Integer criteriaTotal, boolean pilot, OffsetDateTime lastChanged) {
    }

    static final String LEVEL_RANK = "case %s when 'MODEL' then 3 when 'ADVANCED' then 2 when 'BASIC' then 1 else 0 end";

    private static final String REFRESH = """
            insert into commune_status (unit_id, unit_code, unit_name, province_code, valid_from, valid_to, level, decision_number,
                                        decision_date, held_by, set_code, set_version, assessment_year, criteria_met, criteria_total,
                                        pilot, last_changed)
            select u.id, u.code, u.name, u.province_code, u.valid_from, u.valid_to, r.level, r.decision_number, r.decision_date,
                   r.held_by, a.set_code, a.set_version, a.year, a.criteria_agreed, a.criteria_total,
                   exists (select 1 from pilot_designation p where p.unit_id = u.id and p.ended_on is null),
                   clock_timestamp()
            from administrative_unit u
            left join lateral (
                select r.level, r.decision_number, r.decision_date, r.held_by from recognition r
                where r.unit_id = u.id and (r.revoked_on is null or r.revoked_on > current_date)
                order by %s desc, r.held_by desc limit 1) r on true
            left join lateral (
                select a.set_code, a.set_version, a.year, a.criteria_agreed, a.criteria_total from assessment a
                where a.unit_id = u.id and a.state in ('APPRAISED', 'RECOGNISED')
                order by a.year desc, a.updated_at desc limit 1) a on true
            where u.level = 'COMMUNE' and %s
            on conflict (unit_id) do update set
                unit_code = excluded.unit_code, unit_name = excluded.unit_name, valid_from = excluded.valid_from,
                valid_to = excluded.valid_to, level = excluded.level, decision_number = excluded.decision_number,
                decision_date = excluded.decision_date, held_by = excluded.held_by, set_code = excluded.set_code,
                set_version = excluded.set_version, assessment_year = excluded.assessment_year,
                criteria_met = excluded.criteria_met, criteria_total = excluded.criteria_total, pilot = excluded.pilot,
                last_changed = excluded.last_changed
            where (commune_status.unit_code, commune_status.unit_name, commune_status.valid_from, commune_status.valid_to,
                   commune_status.level, commune_status.decision_number, commune_status.decision_date, commune_status.held_by,
                   commune_status.set_code, commune_status.set_version, commune_status.assessment_year,
                   commune_status.criteria_met, commune_status.criteria_total, commune_status.pilot)
              is distinct from
                  (excluded.unit_code, excluded.unit_name, excluded.valid_from, excluded.valid_to, excluded.level,
                   excluded.decision_number, excluded.decision_date, excluded.held_by, excluded.set_code, excluded.set_version,
                   excluded.assessment_year, excluded.criteria_met, excluded.criteria_total, excluded.pilot)
            """;

    private static final String COLUMNS = """
            unit_id, unit_code, unit_name, province_code, valid_from, valid_to, level, decision_number, decision_date, held_by,
            set_code, set_version, assessment_year, criteria_met, criteria_total, pilot, last_changed""";

    @Inject
    EntityManager em;

    /** Recomputes one unit record's row (in the caller's transaction). */
    public void refresh(long unitId) {
        em.createNativeQuery(REFRESH.formatted(LEVEL_RANK.formatted("r.level"), "u.id = ?1")).setParameter(1, unitId).executeUpdate();
    }

    /** Recomputes the rows of several unit records at once (a batch), in one statement. */
    public void refresh(java.util.Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return;
        }
        String ids = unitIds.stream().distinct().sorted().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        em.createNativeQuery(REFRESH.formatted(LEVEL_RANK.formatted("r.level"), "u.id = any(cast('{" + ids + "}' as bigint[]))"))
                .executeUpdate();
    }

    /** Recomputes every row (after seeding). */
    public int refreshAll() {
        return em.createNativeQuery(REFRESH.formatted(LEVEL_RANK.formatted("r.level"), "true")).executeUpdate();
    }

    public long count(OffsetDateTime updatedSince) {
        return ((Number) em.createNativeQuery("select count(*) from commune_status where last_changed > ?1")
                .setParameter(1, updatedSince == null ? OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC) : updatedSince)
                .getSingleResult()).longValue();
    }

    /**
     * A page in a stable order: without {@code updatedSince} by code and period; with it, as a change feed by
     * (last_changed, unit_id) so that a consumer can resume after the last row it saw.
     */
    @SuppressWarnings("unchecked")
    public List<Row> page(OffsetDateTime updatedSince, int offset, int limit) {
        String sql = "select " + COLUMNS + " from commune_status "
                + (updatedSince == null ? "order by unit_code, valid_from nulls first, unit_id"
                : "where last_changed > ?1 order by last_changed, unit_id")
                + " offset " + offset + " limit " + limit;
        var query = em.createNativeQuery(sql);
        if (updatedSince != null) {
            query.setParameter(1, updatedSince);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(CommuneStatusTable::row).toList();
    }

    /** The row of the unit record carrying the code today, or else the most recent record of that code. */
    @SuppressWarnings("unchecked")
    public Optional<Row> current(String unitCode) {
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from commune_status where unit_code = ?1 "
                        + "order by (valid_from is null or valid_from <= current_date) and (valid_to is null or valid_to >= current_date) desc, "
                        + "valid_from desc nulls last limit 1")
                .setParameter(1, unitCode).getResultList();
        return rows.stream().findFirst().map(CommuneStatusTable::row);
    }

    private static Row row(Object[] r) {
        return new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], Sql.date(r[4]), Sql.date(r[5]),
                (String) r[6], (String) r[7], Sql.date(r[8]), Sql.date(r[9]), (String) r[10], Sql.integer(r[11]), Sql.integer(r[12]),
                Sql.integer(r[13]), Sql.integer(r[14]), (Boolean) r[15], Sql.instant(r[16]));
    }

    static List<Object> list(Object... values) {
        return new ArrayList<>(List.of(values));
    }
}
