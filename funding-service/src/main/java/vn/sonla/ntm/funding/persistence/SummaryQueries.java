package vn.sonla.ntm.funding.persistence;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Aggregates computed in the database, for the gateway's composed views: one statement per answer, driven by the
 * (province, year) and (district, year) indexes, so they stay fast with every commune of the country loaded.
 */
@ApplicationScoped
public class SummaryQueries {

    /** planned, allocated and disbursed đồng under a key (source code, or unit code with its name). */
    public record Row(String key, String name, long planned, long allocated, long disbursed) {
    }

    private static final String NET = "case when %1$s.reverses_id is null then %1$s.amount else -%1$s.amount end";

    @Inject
    EntityManager em;

    public List<Row> provinceBySource(String province, int year) {
        return rows("""
                with planned as (
                    select l.source_code k, sum(l.amount) v from plan_line l join capital_plan p on p.id = l.plan_id
                    where p.province_code = :code and p.year = :year and p.status = 'APPROVED' group by 1),
                allocated as (
                    select a.source_code k, sum(%s) v from allocation a
                    where a.province_code = :code and a.year = :year group by 1),
                disbursed as (
                    select a.source_code k, sum(%s) v from ledger_transaction t join allocation a on a.id = t.allocation_id
                    where a.province_code = :code and a.year = :year and t.type = 'DISBURSEMENT' group by 1),
                keys as (select k from planned union select k from allocated union select k from disbursed)
                select keys.k, null, coalesce(planned.v, 0), coalesce(allocated.v, 0), coalesce(disbursed.v, 0)
                from keys left join planned on planned.k = keys.k left join allocated on allocated.k = keys.k
                     left join disbursed on disbursed.k = keys.k order by keys.k""".formatted(NET.formatted("a"),
                NET.formatted("t")), province, year);
    }

    /** Per district (or, after 2025, per commune directly under the province); province-level plans are left out. */
    public List<Row> provinceByDistrict(String province, int year) {
        return rows("""
                with planned as (
                    select coalesce(p.district_code, p.unit_code) k, max(coalesce(p.district_name, p.unit_name)) n,
                           sum(l.amount) v
                    from plan_line l join capital_plan p on p.id = l.plan_id
                    where p.province_code = :code and p.year = :year and p.status = 'APPROVED'
                      and p.unit_level <> 'PROVINCE' group by 1),
                allocated as (
                    select coalesce(a.recipient_district_code, a.recipient_code) k,
                           max(coalesce(a.recipient_district_name, a.recipient_name)) n, sum(%s) v
                    from allocation a where a.province_code = :code and a.year = :year group by 1),
                disbursed as (
                    select coalesce(a.recipient_district_code, a.recipient_code) k, sum(%s) v
                    from ledger_transaction t join allocation a on a.id = t.allocation_id
                    where a.province_code = :code and a.year = :year and t.type = 'DISBURSEMENT' group by 1),
                keys as (select k from planned union select k from allocated union select k from disbursed)
                select keys.k, coalesce(allocated.n, planned.n), coalesce(planned.v, 0), coalesce(allocated.v, 0),
                       coalesce(disbursed.v, 0)
                from keys left join planned on planned.k = keys.k left join allocated on allocated.k = keys.k
                     left join disbursed on disbursed.k = keys.k order by keys.k""".formatted(NET.formatted("a"),
                NET.formatted("t")), province, year);
    }

    /** Per commune of a district (and the district itself): its own plans, and what was allocated to it from any plan. */
    public List<Row> districtByCommune(String district, int year) {
        return rows("""
                with planned as (
                    select p.unit_code k, max(p.unit_name) n, sum(l.amount) v
                    from plan_line l join capital_plan p on p.id = l.plan_id
                    where (p.district_code = :code or p.unit_code = :code) and p.year = :year and p.status = 'APPROVED'
                    group by 1),
                allocated as (
                    select a.recipient_code k, max(a.recipient_name) n, sum(%s) v from allocation a
                    where (a.recipient_district_code = :code or a.recipient_code = :code) and a.year = :year group by 1),
                disbursed as (
                    select a.recipient_code k, sum(%s) v from ledger_transaction t join allocation a on a.id = t.allocation_id
                    where (a.recipient_district_code = :code or a.recipient_code = :code) and a.year = :year
                      and t.type = 'DISBURSEMENT' group by 1),
                keys as (select k from planned union select k from allocated union select k from disbursed)
                select keys.k, coalesce(allocated.n, planned.n), coalesce(planned.v, 0), coalesce(allocated.v, 0),
                       coalesce(disbursed.v, 0)
                from keys left join planned on planned.k = keys.k left join allocated on allocated.k = keys.k
                     left join disbursed on disbursed.k = keys.k order by keys.k""".formatted(NET.formatted("a"),
                NET.formatted("t")), district, year);
    }

    /** Approved-plan totals of a province's year per source and unit level: what is published. */
    public List<Row> publishedBySourceAndLevel(String province, int year) {
        return rows("""
                select l.source_code, p.unit_level, sum(l.amount), 0, 0
                from plan_line l join capital_plan p on p.id = l.plan_id
                where p.province_code = :code and p.year = :year and p.status = 'APPROVED'
                group by 1, 2 order by 1, 2""", province, year);
    }

    @SuppressWarnings("unchecked")
    private List<Row> rows(String sql, String code, int year) {
        List<Object[]> result = em.createNativeQuery(sql).setParameter("code", code).setParameter("year", year)
                .getResultList();
        List<Row> rows = new ArrayList<>(result.size());
        for (Object[] r : result) {
            rows.add(new Row((String) r[0], (String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue()));
        }
        return rows;
    }
}
