package vn.sonla.ntm.assessment.gapcost;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** The districts' estimates. */
@ApplicationScoped
public class GapEstimates implements PanacheRepository<GapEstimate> {

    Optional<GapEstimate> of(long assessmentId, String indicatorCode) {
        return find("assessmentId = ?1 and indicatorCode = ?2", assessmentId, indicatorCode).firstResultOptional();
    }

    List<GapEstimate> ofAssessments(List<Long> ids) {
        return ids.isEmpty() ? List.of() : list("assessmentId in ?1 order by assessmentId, indicatorCode", ids);
    }
}
