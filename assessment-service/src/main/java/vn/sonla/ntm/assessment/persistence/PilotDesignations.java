package vn.sonla.ntm.assessment.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import vn.sonla.ntm.assessment.domain.PilotDesignation;

/** Pilot designations, current and ended. */
@ApplicationScoped
public class PilotDesignations implements PanacheRepository<PilotDesignation> {

    public Optional<PilotDesignation> activeFor(long unitId) {
        return find("unitId = ?1 and endedOn is null", unitId).firstResultOptional();
    }

    public List<PilotDesignation> ofUnit(long unitId) {
        return list("unitId = ?1 order by designatedOn, id", unitId);
    }

    public List<PilotDesignation> ofProvince(String provinceCode, boolean activeOnly) {
        return activeOnly ? list("provinceCode = ?1 and endedOn is null order by unitCode", provinceCode)
                : list("provinceCode = ?1 order by unitCode, designatedOn", provinceCode);
    }
}
