package vn.sonla.ntm.funding.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.sonla.ntm.funding.domain.FundingFact;
import vn.sonla.ntm.funding.domain.Measure;
import vn.sonla.ntm.funding.domain.UnitLevel;

/**
 * Reads the ledger as facts for reports: one row per approved plan line, allocation (or reversal) and transaction
 * (or reversal), signed. Reports are tallies of these rows, so their totals are sums of ledger rows by construction.
 */
@ApplicationScoped
public class LedgerFacts {

    /** A unit as a filter: its code, level and the period it was valid (null ends: open). */
    public record UnitFilter(String code, UnitLevel level, LocalDate validFrom, LocalDate validTo) {
    }

    private static final String PLAN_LINE_FACTS = """
            select 'PLANNED', p.year, l.source_code, l.field_code, l.criterion_code, p.unit_code, p.unit_name,
                   p.unit_level, p.district_code, p.district_name, l.amount
            from plan_line l join capital_plan p on p.id = l.plan_id
            where p.status = 'APPROVED' and %s""";

    private static final String ALLOCATION_FACTS = """
            select 'ALLOCATED', a.year, a.source_code, a.field_code, a.criterion_code, a.recipient_code,
                   a.recipient_name, a.recipient_level, a.recipient_district_code, a.recipient_district_name,
                   case when a.reverses_id is null then a.amount else -a.amount end
            from allocation a join plan_line l on l.id = a.plan_line_id join capital_plan p on p.id = l.plan_id
            where %s""";

    private static final String TRANSACTION_FACTS = """
            select case t.type when 'COMMITMENT' then 'COMMITTED' when 'DISBURSEMENT' then 'DISBURSED' else 'EXPENDED' end,
                   a.year, a.source_code, a.field_code, a.criterion_code, a.recipient_code,
                   a.recipient_name, a.recipient_level, a.recipient_district_code, a.recipient_district_name,
                   case when t.reverses_id is null then t.amount else -t.amount end
            from ledger_transaction t join allocation a on a.id = t.allocation_id
                 join plan_line l on l.id = a.plan_line_id join capital_plan p on p.id = l.plan_id
            where %s""";

    @Inject
    EntityManager em;

    /** Facts of the year's approved plans made for the unit or for units under it (and what came of them). */
    public List<FundingFact> ofPlansWithin(int year, UnitFilter unit) {
        String where = "p.year = :year and " + planWithin(unit);
        List<FundingFact> facts = new ArrayList<>();
        for (String sql : List.of(PLAN_LINE_FACTS, ALLOCATION_FACTS, TRANSACTION_FACTS)) {
            Query q = em.createNativeQuery(sql.formatted(where)).setParameter("year", year);
            bindUnit(q, unit);
            facts.addAll(read(q));
        }
        return facts;
    }

    /** Every year's facts of the unit itself: its own approved plans, and what was allocated to it and done there. */
    public List<FundingFact> ofUnit(String code, LocalDate validFrom, LocalDate validTo) {
        UnitFilter unit = new UnitFilter(code, UnitLevel.COMMUNE, validFrom, validTo);
        List<FundingFact> facts = new ArrayList<>();
        String plansOf = "p.unit_code = :code and p.unit_date between :from and :to";
        String receivedBy = "a.recipient_code = :code and a.unit_date between :from and :to";
        for (String sql : List.of(PLAN_LINE_FACTS.formatted(plansOf), ALLOCATION_FACTS.formatted(receivedBy),
                TRANSACTION_FACTS.formatted(receivedBy))) {
            Query q = em.createNativeQuery(sql);
            bindUnit(q, unit);
            facts.addAll(read(q));
        }
        return facts;
    }

    static String planWithin(UnitFilter unit) {
        return switch (unit.level()) {
            case PROVINCE -> "p.province_code = :code";
            case DISTRICT -> "(p.unit_code = :code or p.district_code = :code) and p.unit_date between :from and :to";
            case COMMUNE -> "p.unit_code = :code and p.unit_date between :from and :to";
        };
    }

    static void bindUnit(Query q, UnitFilter unit) {
        q.setParameter("code", unit.code());
        if (unit.level() != UnitLevel.PROVINCE) {
            q.setParameter("from", unit.validFrom() == null ? LocalDate.of(1, 1, 1) : unit.validFrom());
            q.setParameter("to", unit.validTo() == null ? LocalDate.of(9999, 12, 31) : unit.validTo());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<FundingFact> read(Query q) {
        List<Object[]> rows = q.getResultList();
        List<FundingFact> facts = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            facts.add(new FundingFact(Measure.valueOf((String) r[0]), ((Number) r[1]).intValue(), (String) r[2],
                    (String) r[3], (String) r[4], (String) r[5], (String) r[6], UnitLevel.valueOf((String) r[7]),
                    (String) r[8], (String) r[9], ((Number) r[10]).longValue(), null, null));
        }
        return facts;
    }
}
