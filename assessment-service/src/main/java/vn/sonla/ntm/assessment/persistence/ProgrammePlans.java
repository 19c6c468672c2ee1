package vn.sonla.ntm.assessment.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import vn.sonla.ntm.assessment.domain.ProgrammePlan;

/** Programme plans with their targets. */
@ApplicationScoped
public class ProgrammePlans implements PanacheRepository<ProgrammePlan> {

    public Optional<ProgrammePlan> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<ProgrammePlan> ofProvince(String provinceCode) {
        return list("provinceCode = ?1 order by startYear, code", provinceCode);
    }

    /** Plans whose period covers the year. */
    public List<ProgrammePlan> covering(String provinceCode, int year) {
        return list("provinceCode = ?1 and startYear <= ?2 and endYear >= ?2 order by startYear, code", provinceCode, year);
    }
}
