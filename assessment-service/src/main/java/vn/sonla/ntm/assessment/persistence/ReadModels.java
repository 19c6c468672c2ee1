package vn.sonla.ntm.assessment.persistence;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The SQL behind the dashboards and target evaluation: each answer is one query scoped to a province, served by the
 * (province_code, ...) indexes, so a nationwide load does not slow Sơn La's views.
 */
@ApplicationScoped
public class ReadModels {

    private static final String VALID_ON = "(%1$s.valid_from is null or %1$s.valid_from <= :day) and (%1$s.valid_to is null or %1$s.valid_to >= :day)";
    private static final String RANK = CommuneStatusTable.LEVEL_RANK;

    /** The highest level a unit held on :day. */
    private static final String HELD_LEVEL = """
            left join lateral (
                select r.level, r.decision_number, r.decision_date, r.held_by from recognition r
                where r.unit_id = u.id and r.held_by <= :day and (r.revoked_on is null or r.revoked_on > :day)
                order by %s desc, r.held_by desc limit 1) r on true
            """.formatted(RANK.formatted("r.level"));

    /** A unit's latest assessment of a year up to :year (any set, or one set when :set is given). */
    private static final String LATEST_ASSESSMENT = """
            left join lateral (
                select a.id, a.state, a.set_code, a.set_version, a.year, a.criteria_met, a.criteria_agreed, a.criteria_total,
                       a.standard_reached
                from assessment a
                where a.unit_id = u.id and a.year <= :year and (cast(:set as varchar) is null or a.set_code = :set)
                order by a.year desc, a.updated_at desc limit 1) a on true
            """;

    public record LevelCount(String districtCode, String districtName, String level, long communes) {
    }

    public record StateCount(String state, long assessments) {
    }

    public record CommuneLine(long unitId, String unitCode, String unitName, String unitType, String districtCode, String level,
                              String decisionNumber, LocalDate decisionDate, LocalDate heldBy, Long assessmentId, String state,
                              String setCode, Integer setVersion, Integer assessmentYear, Integer criteriaMet, Integer criteriaAgreed,
                              Integer criteriaTotal, Boolean standardReached, boolean pilot) {
    }

    public record Pipeline(String unitCode, String unitName, String state, String setCode, int year) {
    }

    @Inject
    EntityManager em;

    /** Communes valid on :day by district and the highest level held that day. */
    @SuppressWarnings("unchecked")
    public List<LevelCount> levelsByDistrict(String province, LocalDate day) {
        String sql = """
                select d.code, d.name, r.level, count(*)
                from administrative_unit u
                left join administrative_unit d on d.code = u.parent_code and d.level = 'DISTRICT' and %s
                %s
                where u.province_code = :province and u.level = 'COMMUNE' and %s
                group by d.code, d.name, r.level
                order by d.code nulls first, r.level nulls first""".formatted(VALID_ON.formatted("d"), HELD_LEVEL, VALID_ON.formatted("u"));
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("province", province).setParameter("day", day).getResultList();
        return rows.stream().map(r -> new LevelCount((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue())).toList();
    }

    @SuppressWarnings("unchecked")
    public List<StateCount> statesOfYear(String province, int year) {
        List<Object[]> rows = em.createNativeQuery("""
                        select state, count(*) from assessment where province_code = :province and year = :year
                        group by state order by state""")
                .setParameter("province", province).setParameter("year", year).getResultList();
        return rows.stream().map(r -> new StateCount((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    /**
     * Commune by commune on :day: level held, latest assessment up to :year (of one set when given), pilot flag.
     * Restricted to the communes under one district, to pilots, or to one unit code, as asked.
     */
    @SuppressWarnings("unchecked")
    public List<CommuneLine> communes(String province, LocalDate day, int year, String districtCode, boolean pilotsOnly,
                                      String unitCode, String setCode) {
        String sql = """
                select u.id, u.code, u.name, u.unit_type, case when d.code is null then null else d.code end, r.level, r.decision_number,
                       r.decision_date, r.held_by, a.id, a.state, a.set_code, a.set_version, a.year, a.criteria_met, a.criteria_agreed,
                       a.criteria_total, a.standard_reached, p.id is not null
                from administrative_unit u
                left join administrative_unit d on d.code = u.parent_code and d.level = 'DISTRICT' and %s
                %s
                %s
                left join pilot_designation p on p.unit_id = u.id and p.ended_on is null
                where u.province_code = :province and u.level = 'COMMUNE' and %s
                  and (cast(:district as varchar) is null or u.parent_code = :district)
                  and (cast(:unit as varchar) is null or u.code = :unit)
                  and (:pilots = false or p.id is not null)
                order by u.code""".formatted(VALID_ON.formatted("d"), HELD_LEVEL, LATEST_ASSESSMENT, VALID_ON.formatted("u"));
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter("province", province).setParameter("day", day).setParameter("year", year)
                .setParameter("district", districtCode).setParameter("unit", unitCode).setParameter("pilots", pilotsOnly)
                .setParameter("set", setCode)
                .getResultList();
        return rows.stream().map(r -> new CommuneLine(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], Sql.date(r[7]), Sql.date(r[8]), Sql.longValue(r[9]), (String) r[10],
                (String) r[11], Sql.integer(r[12]), Sql.integer(r[13]), Sql.integer(r[14]), Sql.integer(r[15]), Sql.integer(r[16]),
                (Boolean) r[17], (Boolean) r[18])).toList();
    }

    /** Communes of the province holding one of the levels on :day (any unit period), one line per commune record. */
    @SuppressWarnings("unchecked")
    public List<CommuneLine> holding(String province, LocalDate day, List<String> levels) {
        String sql = """
                select u.id, u.code, u.name, u.unit_type, u.parent_code, r.level, r.decision_number, r.decision_date, r.held_by
                from administrative_unit u
                %s
                where u.province_code = :province and u.level = 'COMMUNE' and %s and r.level in (:levels)
                order by u.code, u.valid_from nulls first""".formatted(HELD_LEVEL, VALID_ON.formatted("u"));
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("province", province).setParameter("day", day)
                .setParameter("levels", levels).getResultList();
        return rows.stream().map(r -> new CommuneLine(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], Sql.date(r[7]), Sql.date(r[8]), null, null, null, null, null, null, null,
                null, null, false)).toList();
    }

    /** Communes valid on :day with an assessment of one of the set levels submitted and not yet decided, of a year up to :day's. */
    @SuppressWarnings("unchecked")
    public List<Pipeline> pipeline(String province, LocalDate day, List<String> setLevels) {
        List<Object[]> rows = em.createNativeQuery("""
                        select distinct on (a.unit_code) a.unit_code, u.name, a.state, a.set_code, a.year
                        from assessment a join administrative_unit u on u.id = a.unit_id
                        where a.province_code = :province and a.year <= :year and a.set_level in (:levels)
                          and a.state in ('SUBMITTED', 'IN_APPRAISAL', 'APPRAISED') and %s
                        order by a.unit_code, a.year desc""".formatted(VALID_ON.formatted("u")))
                .setParameter("province", province).setParameter("year", day.getYear()).setParameter("day", day)
                .setParameter("levels", setLevels).getResultList();
        return rows.stream().map(r -> new Pipeline((String) r[0], (String) r[1], (String) r[2], (String) r[3], ((Number) r[4]).intValue()))
                .toList();
    }

    /** Communes valid on :day whose highest level that day is :level, with their latest assessment of :set up to :year. */
    @SuppressWarnings("unchecked")
    public List<CommuneLine> population(String province, LocalDate day, int year, String level, String setCode) {
        String sql = """
                select u.id, u.code, u.name, u.unit_type, u.parent_code, r.level, r.decision_number, r.decision_date, r.held_by,
                       a.id, a.state, a.set_code, a.set_version, a.year, a.criteria_met, a.criteria_agreed, a.criteria_total,
                       a.standard_reached
                from administrative_unit u
                %s
                %s
                where u.province_code = :province and u.level = 'COMMUNE' and %s and r.level = :level
                order by u.code""".formatted(HELD_LEVEL, LATEST_ASSESSMENT, VALID_ON.formatted("u"));
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("province", province).setParameter("day", day)
                .setParameter("year", year).setParameter("level", level).setParameter("set", setCode).getResultList();
        return rows.stream().map(r -> new CommuneLine(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], Sql.date(r[7]), Sql.date(r[8]), Sql.longValue(r[9]), (String) r[10],
                (String) r[11], Sql.integer(r[12]), Sql.integer(r[13]), Sql.integer(r[14]), Sql.integer(r[15]), Sql.integer(r[16]),
                (Boolean) r[17], false)).toList();
    }
}
