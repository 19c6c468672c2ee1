package vn.sonla.ntm.assessment.gapcost;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** The office's unit costs. */
@ApplicationScoped
public class GapUnitCosts implements PanacheRepository<GapUnitCost> {

    Optional<GapUnitCost> of(String setCode, String indicatorCode) {
        return find("setCode = ?1 and indicatorCode = ?2", setCode, indicatorCode).firstResultOptional();
    }

    List<GapUnitCost> ofSet(String setCode) {
        return setCode == null ? list("order by setCode, indicatorCode") : list("setCode = ?1 order by indicatorCode", setCode);
    }
}
