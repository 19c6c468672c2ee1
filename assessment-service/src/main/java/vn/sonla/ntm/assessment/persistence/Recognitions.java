package vn.sonla.ntm.assessment.persistence;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import vn.sonla.ntm.assessment.domain.Recognition;

/** Every recognition ever recorded, revoked ones included. */
@ApplicationScoped
public class Recognitions implements PanacheRepository<Recognition> {

    public List<Recognition> ofUnit(long unitId) {
        return list("unitId = ?1 order by heldBy, id", unitId);
    }

    public List<Recognition> ofUnits(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : list("unitId in ?1 order by heldBy, id", unitIds);
    }
}
