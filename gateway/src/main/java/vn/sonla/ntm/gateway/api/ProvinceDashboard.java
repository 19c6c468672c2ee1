package vn.sonla.ntm.gateway.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The province on one page. The assessment parts are assessment-service's province summary, the funding parts
 * funding-service's, read in parallel with the caller's token; a part whose service did not answer in time is null
 * and named in {@code degraded}.
 */
@Schema(name = "ProvinceDashboard", description = "Communes by level per district, plan targets with the communes behind each "
        + "number, pilots, assessments by workflow state, funding by source. Parts are null when their service is listed in "
        + "`degraded` (unavailable) or refused this caller that part.")
public record ProvinceDashboard(
        @Schema(examples = "14") String provinceCode,
        @Schema(examples = "2020") int year,
        @Schema(description = "31 December of the year, or today for the current year (assessment-service)") LocalDate referenceDate,
        @Schema(type = SchemaType.ARRAY, description = "per district of that year (null district: units directly under the province), "
                + "communes by the highest level held", extensions = @Extension(name = Refs.EXTENSION, value = "assessment:DistrictLevels[]"))
        JsonNode levelsByDistrict,
        @Schema(type = SchemaType.OBJECT, description = "assessments of the year by workflow state", additionalProperties = Long.class)
        JsonNode assessmentsByState,
        @Schema(type = SchemaType.ARRAY, description = "pilot communes with their level and latest assessment",
                extensions = @Extension(name = Refs.EXTENSION, value = "assessment:CommuneLine[]"))
        JsonNode pilots,
        @Schema(type = SchemaType.ARRAY, description = "the plans covering the year, each target with its live progress and the communes "
                + "counted, in the pipeline and outstanding", extensions = @Extension(name = Refs.EXTENSION, value = "assessment:Plan[]"))
        JsonNode plans,
        @Schema(type = SchemaType.ARRAY, description = "funding by source: planned (approved plans), allocated, disbursed, in đồng",
                extensions = @Extension(name = Refs.EXTENSION, value = "funding:SummaryRow[]"))
        JsonNode fundingBySource,
        @Schema(type = SchemaType.ARRAY, description = "funding by district (after 2025: by commune directly under the province)",
                extensions = @Extension(name = Refs.EXTENSION, value = "funding:SummaryRow[]"))
        JsonNode fundingByDistrict,
        @Schema(type = SchemaType.OBJECT, description = "funding of the whole province that year",
                extensions = @Extension(name = Refs.EXTENSION, value = "funding:SummaryRow"))
        JsonNode fundingTotal,
        @Schema(description = "parts missing because their service is down, slow or failing: assessment, funding", examples = "[\"funding\"]")
        List<String> degraded) {
}
