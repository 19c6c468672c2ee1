package vn.sonla.ntm.assessment.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import vn.sonla.ntm.assessment.domain.RecognitionLevel;
import vn.sonla.ntm.assessment.domain.Roadmap;

/** District roadmaps of communes. */
@ApplicationScoped
public class Roadmaps implements PanacheRepository<Roadmap> {

    public Optional<Roadmap> of(long unitId, RecognitionLevel level) {
        return find("unitId = ?1 and targetLevel = ?2", unitId, level).firstResultOptional();
    }

    public List<Roadmap> ofDistrict(String provinceCode, String districtCode) {
        return districtCode == null ? list("provinceCode = ?1 order by unitCode, targetLevel", provinceCode)
                : list("provinceCode = ?1 and districtCode = ?2 order by unitCode, targetLevel", provinceCode, districtCode);
    }

    public List<Roadmap> ofUnit(String unitCode) {
        return list("unitCode = ?1 order by targetLevel", unitCode);
    }
}
