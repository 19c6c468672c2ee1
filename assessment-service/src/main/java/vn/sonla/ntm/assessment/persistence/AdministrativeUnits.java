package vn.sonla.ntm.assessment.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import vn.sonla.ntm.assessment.domain.AdministrativeUnit;
import vn.sonla.ntm.assessment.domain.UnitLevel;

/** All administrative units of every period. */
@ApplicationScoped
public class AdministrativeUnits implements PanacheRepository<AdministrativeUnit> {

    private static final String VALID_ON = "(validFrom is null or validFrom <= :day) and (validTo is null or validTo >= :day)";

    /** The unit carrying this code on that day. */
    public Optional<AdministrativeUnit> findValid(String code, LocalDate day) {
        return find("code = :code and " + VALID_ON, Parameters.with("code", code).and("day", day)).firstResultOptional();
    }

    /** Every unit that ever carried this code, oldest first. */
    public List<AdministrativeUnit> findAllPeriods(String code) {
        return list("code = ?1 order by validFrom nulls first", code);
    }

    /** Units valid on that day, optionally of one level and/or under one parent, ordered by code. */
    public List<AdministrativeUnit> validOn(LocalDate day, UnitLevel level, String parentCode) {
        StringBuilder query = new StringBuilder(VALID_ON);
        Parameters params = Parameters.with("day", day);
        if (level != null) {
            query.append(" and level = :level");
            params.and("level", level);
        }
        if (parentCode != null) {
            query.append(" and parentCode = :parent");
            params.and("parent", parentCode);
        }
        return list(query + " order by code", params);
    }
}
