package vn.sonla.ntm.funding.persistence;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.sonla.ntm.funding.domain.CapitalPlan;
import vn.sonla.ntm.funding.domain.PlanStatus;

/** Capital plans of every year, unit and revision. */
@ApplicationScoped
public class CapitalPlans implements PanacheRepository<CapitalPlan> {

    public Optional<CapitalPlan> lockById(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The original plan of the series of (year, unit), if there is one. */
    public Optional<CapitalPlan> originalOf(int year, String unitCode, LocalDate unitValidFrom) {
        return find("year = :year and unit.code = :code and revisionNo = 0 and "
                        + (unitValidFrom == null ? "unit.validFrom is null" : "unit.validFrom = :from"),
                unitValidFrom == null ? Parameters.with("year", year).and("code", unitCode)
                        : Parameters.with("year", year).and("code", unitCode).and("from", unitValidFrom))
                .firstResultOptional();
    }

    /**
     * Plans matching the filters, restricted to a scope: {@code scopeDistrict} (a district officer's) or
     * {@code scopeUnit} (a commune officer's); both null for province-wide readers.
     */
    public PanacheQuery<CapitalPlan> search(Integer year, String unitCode, PlanStatus status, String scopeDistrict,
                                            String scopeUnit) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (year != null) {
            q.append(" and year = :year");
            p.and("year", year);
        }
        if (unitCode != null) {
            q.append(" and unit.code = :unit");
            p.and("unit", unitCode);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        if (scopeDistrict != null) {
            q.append(" and (unit.code = :district or unit.districtCode = :district)");
            p.and("district", scopeDistrict);
        }
        if (scopeUnit != null) {
            q.append(" and unit.code = :own");
            p.and("own", scopeUnit);
        }
        return find(q.toString(), Sort.descending("year").and("unit.code").and("revisionNo", Sort.Direction.Descending), p);
    }
}
