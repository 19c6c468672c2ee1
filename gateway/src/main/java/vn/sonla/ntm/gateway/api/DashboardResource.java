package vn.sonla.ntm.gateway.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Roles;
import vn.sonla.ntm.gateway.application.Dashboards;
import vn.sonla.ntm.gateway.application.Scorecards;
import vn.sonla.ntm.gateway.application.Years;
import vn.sonla.ntm.gateway.config.GatewayConfig;

/** The composed views the SPA opens on: province, district, commune. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "gateway / dashboards", description = "Composed views: the services' read models fetched in parallel with your token")
public class DashboardResource {

    @Inject
    Dashboards dashboards;

    @Inject
    Scorecards scorecards;

    @Inject
    GatewayConfig config;

    @GET
    @Path("/dashboard/province")
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DEPARTMENT_APPRAISER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER})
    @Operation(summary = "Province dashboard of a year", description = "Communes by level per district (at that year's units), the "
            + "targets of the plans covering the year with the communes behind each number, pilots, assessments by workflow state, "
            + "funding by source and by district. A service that does not answer in time leaves its parts null and is named in "
            + "`degraded`; the answer is still 200. Who may read it is assessment-service's decision (districts and communes: 403).")
    @APIResponse(responseCode = "200", description = "The dashboard, possibly degraded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvinceDashboard.class)))
    @APIResponse(responseCode = "400", description = "Bad year or province code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not for your role or scope", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such province", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Uni<ProvinceDashboard> province(
            @QueryParam("year") @Parameter(description = "default: this year", example = "2020") String year,
            @QueryParam("provinceCode") @Parameter(description = "GSO province code, default 14 (Sơn La)", example = "14") String provinceCode,
            @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization) {
        String province = provinceCode == null || provinceCode.isBlank() ? config.defaultProvinceCode() : provinceCode.strip();
        if (!province.matches("\\d{2}")) {
            throw ProblemException.invalidField("provinceCode", "must be a 2-digit GSO province code");
        }
        return dashboards.province(authorization, province, Years.parse(year));
    }

    @GET
    @Path("/dashboard/districts/{code}")
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DEPARTMENT_APPRAISER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER})
    @Operation(summary = "District dashboard of a year, commune by commune", description = "Each commune under the district that "
            + "year with its level, latest assessment, pilot flag and funding (planned, allocated, disbursed). Districts existed until "
            + "30/6/2025. A district officer reads its own district.")
    @APIResponse(responseCode = "200", description = "The dashboard, possibly degraded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DistrictDashboard.class)))
    @APIResponse(responseCode = "400", description = "Bad year or code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another district", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such district that year", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Uni<DistrictDashboard> district(@PathParam("code") @Parameter(example = "125") String code,
                                           @QueryParam("year") @Parameter(description = "default: this year", example = "2020") String year,
                                           @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization) {
        if (!code.matches("\\d{3}")) {
            throw ProblemException.invalidField("code", "must be a 3-digit GSO district code");
        }
        return dashboards.district(authorization, code, Years.parse(year));
    }

    @GET
    @Path("/communes/{code}/scorecard")
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DEPARTMENT_APPRAISER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER})
    @Operation(summary = "A commune's scorecard", description = "The unit with lineage, recognitions and pilot flag; the latest "
            + "assessment of each criteria set, criterion by criterion, with the gap to the standard; the sets' headers; funding "
            + "received by source, field and year (predecessors included); open obstacles. GSO codes were reused in the 2025 "
            + "reorganisation: `at` picks the unit valid that day (e.g. 2020-12-31 for plan 111's communes), default today.")
    @APIResponse(responseCode = "200", description = "The scorecard, possibly degraded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommuneScorecard.class)))
    @APIResponse(responseCode = "400", description = "Bad code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Outside your scope", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No commune-level unit with that code", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CommuneScorecard> scorecard(@PathParam("code") @Parameter(example = "04120") String code,
                                           @QueryParam("at") @Parameter(description = "ISO date, default today", example = "2020-12-31")
                                           String at,
                                           @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization) {
        if (!code.matches("\\d{5}")) {
            throw ProblemException.invalidField("code", "must be a 5-digit GSO commune code");
        }
        if (at != null && !at.isBlank() && !at.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw ProblemException.invalidField("at", "must be an ISO date such as 2020-12-31");
        }
        return scorecards.commune(authorization, code, at == null || at.isBlank() ? null : at);
    }
}
