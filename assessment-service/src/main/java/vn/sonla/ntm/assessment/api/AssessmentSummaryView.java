package vn.sonla.ntm.assessment.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.sonla.ntm.assessment.domain.Assessment;
import vn.sonla.ntm.assessment.domain.AssessmentState;

/** An assessment in a list: who, which set and year, state and score. */
@Schema(name = "AssessmentSummary")
public record AssessmentSummaryView(long id, String unitCode, String districtCode, int year, String criteriaSetCode,
                                    int criteriaSetVersion, AssessmentState state, int round,
                                    @Schema(examples = "12") int criteriaMet, @Schema(examples = "19") int criteriaTotal,
                                    int criteriaAgreed, boolean standardReached, OffsetDateTime updatedAt, long version) {

    static AssessmentSummaryView of(Assessment a) {
        return new AssessmentSummaryView(a.id(), a.unitCode(), a.districtCode(), a.year(), a.setCode(), a.setVersion(), a.state(), a.round(),
                a.criteriaMet(), a.criteriaTotal(), a.criteriaAgreed(), a.standardReached(), a.updatedAt(), a.version());
    }
}
