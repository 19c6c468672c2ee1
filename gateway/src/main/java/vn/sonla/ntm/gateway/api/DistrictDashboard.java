package vn.sonla.ntm.gateway.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** One district of a year, commune by commune: each commune's assessment line beside its funding row. */
@Schema(name = "DistrictDashboard", description = "The communes under the district that year (at that year's units), each with its "
        + "level, latest assessment, pilot flag and funding; counts by level and by latest state are over these communes.")
public record DistrictDashboard(
        @Schema(examples = "125") String districtCode,
        @Schema(examples = "Huyện Mai Sơn") String districtName,
        @Schema(examples = "2020") int year,
        LocalDate referenceDate,
        @Schema(description = "communes by the highest level held (NONE = not recognised)") Map<String, Long> communesByLevel,
        @Schema(description = "communes by the state of their latest assessment of the year (NONE = no assessment)")
        Map<String, Long> latestAssessmentsByState,
        @Schema(description = "codes of the pilot communes among them") List<String> pilots,
        List<Commune> communes,
        @Schema(type = SchemaType.OBJECT, description = "the district's own funding (plans at district level)",
                extensions = @Extension(name = Refs.EXTENSION, value = "funding:SummaryRow"))
        JsonNode districtFunding,
        @Schema(type = SchemaType.OBJECT, description = "the district and its communes together",
                extensions = @Extension(name = Refs.EXTENSION, value = "funding:SummaryRow"))
        JsonNode fundingTotal,
        @Schema(examples = "[\"funding\"]") List<String> degraded) {

    @Schema(name = "DistrictDashboardCommune")
    public record Commune(
            @Schema(examples = "04120") String unitCode,
            @Schema(examples = "Xã Chiềng Ban") String unitName,
            @Schema(type = SchemaType.OBJECT, description = "level, latest assessment, pilot (null when assessment is degraded)",
                    extensions = @Extension(name = Refs.EXTENSION, value = "assessment:CommuneLine"))
            JsonNode assessment,
            @Schema(type = SchemaType.OBJECT, description = "planned, allocated, disbursed that year (null when funding is degraded "
                    + "or has no row for the commune)", extensions = @Extension(name = Refs.EXTENSION, value = "funding:SummaryRow"))
            JsonNode funding) {
    }
}
