package vn.sonla.ntm.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** Everything about one commune: assessment-service's overview, funding-service's commune summary, the sets' headers. */
@Schema(name = "CommuneScorecard", description = "The unit with lineage, recognitions and pilot flag; the latest assessment of each "
        + "criteria set with criterion-by-criterion state and the gap; the criteria sets those assessments were judged against; "
        + "funding received by source, field and year; open obstacles. Parts are null when listed in `degraded`.")
public record CommuneScorecard(
        @Schema(examples = "04120") String unitCode,
        @Schema(type = SchemaType.OBJECT, extensions = @Extension(name = Refs.EXTENSION, value = "assessment:UnitDetail"))
        JsonNode unit,
        @Schema(type = SchemaType.ARRAY, description = "the latest assessment of each criteria set, with evaluation and gap",
                extensions = @Extension(name = Refs.EXTENSION, value = "assessment:LatestAssessment[]"))
        JsonNode latestAssessments,
        @Schema(description = "the criteria-set versions of those assessments (from the catalogue)") List<CriteriaSetHeader> criteriaSets,
        @Schema(type = SchemaType.ARRAY, extensions = @Extension(name = Refs.EXTENSION, value = "assessment:Obstacle[]"))
        JsonNode openObstacles,
        @Schema(type = SchemaType.OBJECT, description = "what the commune received across years by source, field and year, its "
                + "predecessors' records included", extensions = @Extension(name = Refs.EXTENSION, value = "funding:CommuneSummary"))
        JsonNode funding,
        @Schema(description = "parts missing because their service is down, slow or failing: assessment, funding, criteria",
                examples = "[\"funding\"]") List<String> degraded) {

    @Schema(name = "CriteriaSetHeader", description = "Which legal set a version is")
    public record CriteriaSetHeader(
            @Schema(examples = "ntm-nang-cao-son-la-2018-2020") String code,
            @Schema(examples = "1") int version,
            @Schema(examples = "PUBLISHED") String status,
            String nameVi,
            String nameEn,
            @Schema(examples = "ADVANCED") String level,
            @Schema(examples = "2018-2020") String period,
            @Schema(description = "legal basis number, e.g. 2290/QĐ-UBND") String legalNumber) {
    }
}
