package vn.sonla.ntm.gateway.decision;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import vn.sonla.ntm.decision.forecast.Forecast;
import vn.sonla.ntm.decision.optimise.Proposal;

/** What decision support answers. Service documents passed on unchanged are {@code JsonNode} with their schema named (0042). */
public final class DecisionViews {

    private DecisionViews() {
    }

    @Schema(name = "DecisionCommuneGapCost", description = "A commune's latest assessment of a set with its gaps priced (scorecard)")
    public record CommuneGapCost(String unitCode, String criteriaSetCode,
                                 @Schema(description = "assessment-service's CommuneGapCost (GET /api/v1/gap-costs/communes), or null") JsonNode gapCost,
                                 List<String> degraded) {
    }

    @Schema(name = "DecisionRankedCommune")
    public record RankedCommune(int rank, String unitCode, String unitName, boolean pilot, boolean standardReached, int criteriaStillNeeded,
                                Long costToStandard, List<String> criteriaUnpriced, Long allocatedThisYear, long assessmentId,
                                String explanationVi, String explanationEn) {
    }

    @Schema(name = "DecisionDistrictRanking", description = "The district's communes nearest the standard first, with what reaching it costs "
            + "and what was allocated to each this year")
    public record DistrictRanking(String districtCode, int year, String criteriaSetCode, List<RankedCommune> communes, List<String> degraded) {
    }

    @Schema(name = "DecisionProposalAnswer")
    public record ProposalAnswer(Proposal proposal,
                                 @Schema(description = "funding-service's Scenario (GET /api/v1/scenarios/{id}) when save was asked") JsonNode scenario,
                                 List<String> degraded) {
    }

    @Schema(name = "DecisionTargetForecast")
    public record TargetForecast(String code, String kind, String description, String currentStatus, Forecast.Outcome forecast) {
    }

    @Schema(name = "DecisionPlanForecast")
    public record PlanForecast(String planCode, int year, Forecast.Assumptions assumptions, List<TargetForecast> targets, List<String> degraded) {
    }
}
