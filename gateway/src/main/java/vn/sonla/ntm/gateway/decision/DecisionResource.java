package vn.sonla.ntm.gateway.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Roles;
import vn.sonla.ntm.decision.forecast.Forecast;
import vn.sonla.ntm.decision.whatif.WhatIf;
import vn.sonla.ntm.gateway.application.Years;

/** Decision support (issue 9, decision 0093): gap costs, ranking, proposals, what-if, forecasts; JSON or Excel. */
@Path("/api/v1/decision")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "gateway / decision support", description = "Where the next đồng does most, what-if under another criteria set, "
        + "forecasts of plan targets — composed from the services with your token, every choice explained")
public class DecisionResource {

    private static final String PROVINCE = "14";

    @Inject
    Decisions decisions;

    @GET
    @Path("/communes/{code}/gap-cost")
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "What reaching the standard costs a commune (for its scorecard)", description = "Its latest assessment of the "
            + "set with each open indicator priced (district estimate, unit cost, or unpriced and why). Degraded, not failed, when "
            + "assessment-service does not answer.")
    @APIResponse(responseCode = "200", description = "The gap cost, possibly degraded")
    @APIResponse(responseCode = "400", description = "Bad code or set", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Outside your scope", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Uni<DecisionViews.CommuneGapCost> communeGapCost(@PathParam("code") @Parameter(example = "04120") String code,
                                                           @QueryParam("criteriaSetCode") String setCode, @QueryParam("year") String year,
                                                           @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String auth) {
        if (!code.matches("\\d{5}")) {
            throw ProblemException.invalidField("code", "must be a 5-digit commune code");
        }
        return decisions.communeGapCost(auth, PROVINCE, code, requireSet(setCode, "criteriaSetCode"), year == null ? null : Years.parse(year));
    }

    @GET
    @Path("/districts/{code}/ranking")
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER})
    @Operation(summary = "A district's communes ranked by what reaching the standard costs (district dashboard)", description = "Nearest "
            + "first: fewest criteria still needed, then the lowest cost (unpriced last); with what each commune was allocated this year.")
    @APIResponse(responseCode = "200", description = "The ranking, possibly degraded (funding)")
    @APIResponse(responseCode = "400", description = "Bad code, year or set", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another district", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "assessment-service did not answer", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Uni<DecisionViews.DistrictRanking> ranking(@PathParam("code") @Parameter(example = "125") String code,
                                                      @QueryParam("criteriaSetCode") String setCode, @QueryParam("year") String year,
                                                      @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String auth) {
        if (!code.matches("\\d{3}")) {
            throw ProblemException.invalidField("code", "must be a 3-digit GSO district code");
        }
        return decisions.districtRanking(auth, PROVINCE, code, requireSet(setCode, "criteriaSetCode"), Years.parse(year));
    }

    @POST
    @Path("/proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, DecisionExcel.MEDIA_TYPE})
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER, Roles.OBSERVER})
    @Operation(summary = "Propose how a year's budget closes gaps", description = "Maximises the communes newly reaching the standard "
            + "(pilots first), then criteria closed, at the least cost, within each source's fields and the infrastructure share; pinned "
            + "communes must reach it, excluded ones get nothing. Exact (branch and bound) where it finishes, ojAlgo's MIP solver where "
            + "not; the answer says which and whether proven best, and explains every commune in Vietnamese and English. `save: true` "
            + "keeps it as a scenario in funding-service. Accept the xlsx type (or ?format=xlsx) for Excel.")
    @APIResponse(responseCode = "200", description = "The proposal (JSON, or Excel)")
    @APIResponse(responseCode = "400", description = "Invalid field (named)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not your role (or, with save, not coordinator/finance)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Pinned/excluded communes unknown, or the scenario refused by funding-service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "A service needed did not answer", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Uni<Response> propose(@Valid @NotNull DecisionRequests.Proposal body, @QueryParam("format") String format,
                                 @HeaderParam(HttpHeaders.ACCEPT) @Parameter(hidden = true) String accept,
                                 @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String auth) {
        boolean excel = excel(format, accept);
        return decisions.propose(auth, body).map(answer -> excel
                ? file(DecisionExcel.proposal(answer.proposal()), "phuong-an-" + body.year() + ".xlsx")
                : Response.ok(answer).type(MediaType.APPLICATION_JSON).build());
    }

    @GET
    @Path("/scenarios/{id}/export")
    @Produces(DecisionExcel.MEDIA_TYPE)
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER, Roles.OBSERVER, Roles.DEPARTMENT_APPRAISER})
    @Operation(summary = "A kept scenario as Excel", description = "funding-service's scenario with its proposal, in the officials' layout.")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = DecisionExcel.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such scenario", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Uni<Response> exportScenario(@PathParam("id") String id,
                                        @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String auth) {
        long scenarioId = vn.sonla.ntm.common.Params.requiredLong("id", id);
        return decisions.scenario(auth, scenarioId).map(s -> {
            try {
                vn.sonla.ntm.decision.optimise.Proposal p = Decisions.DOCUMENTS.treeToValue(s.path("result"),
                        vn.sonla.ntm.decision.optimise.Proposal.class);
                return file(DecisionExcel.proposal(p), "phuong-an-" + scenarioId + ".xlsx");
            } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
                throw ProblemException.unprocessable("Not a proposal", "scenario " + scenarioId + " does not hold an optimiser proposal",
                        java.util.List.of());
            }
        });
    }

    @GET
    @Path("/what-if")
    @Produces({MediaType.APPLICATION_JSON, DecisionExcel.MEDIA_TYPE})
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Every commune's latest assessment judged under another criteria-set version", description = "Which communes "
            + "would gain or lose the standard, the indicators that cause it, and the values missing because the other version asks for "
            + "something the commune's own did not. The version may be a draft (criteria-service shows drafts to the coordinator). "
            + "Excel with ?format=xlsx or the xlsx Accept type.")
    @APIResponse(responseCode = "200", description = "The report (JSON, or Excel)")
    @APIResponse(responseCode = "400", description = "Missing set, version or a bad year", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such version (or a draft you may not see)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A version that cannot judge", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "A service needed did not answer", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Uni<Response> whatIf(@QueryParam("criteriaSetCode") @Parameter(description = "the version to judge against", example = "ntm-xa-2021-2025") String setCode,
                                @QueryParam("version") @Parameter(example = "1") String version,
                                @QueryParam("fromSetCode") @Parameter(description = "the set of the communes' latest assessments", example = "ntm-xa-2016-2020") String fromSetCode,
                                @QueryParam("year") String year, @QueryParam("districtCode") String districtCode, @QueryParam("format") String format,
                                @HeaderParam(HttpHeaders.ACCEPT) @Parameter(hidden = true) String accept,
                                @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String auth) {
        String target = requireSet(setCode, "criteriaSetCode");
        String from = requireSet(fromSetCode, "fromSetCode");
        int v;
        try {
            v = Integer.parseInt(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("version", "must be a version number");
        }
        if (districtCode != null && !districtCode.isBlank() && !districtCode.strip().matches("\\d{3}")) {
            throw ProblemException.invalidField("districtCode", "must be a 3-digit GSO district code");
        }
        boolean excel = excel(format, accept);
        Uni<WhatIf.Report> report = decisions.whatIf(auth, PROVINCE, target, v, from, year == null ? null : Years.parse(year),
                districtCode == null || districtCode.isBlank() ? null : districtCode.strip());
        return report.map(r -> excel ? file(DecisionExcel.whatIf(r), "danh-gia-lai-" + target + "-v" + v + ".xlsx")
                : Response.ok(r).type(MediaType.APPLICATION_JSON).build());
    }

    @GET
    @Path("/forecast")
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DEPARTMENT_APPRAISER})
    @Operation(summary = "Forecast of each target of a plan at its deadline", description = "From what is achieved and the pipeline: "
            + "communes in appraisal (if the deadline leaves time for the appraisal) and communes whose remaining gaps are fully funded "
            + "by this year's allocations (if it leaves time for the works); on track or at risk with the reason. The assumptions "
            + "(days) are parameters.")
    @APIResponse(responseCode = "200", description = "The forecast, possibly degraded")
    @APIResponse(responseCode = "400", description = "Missing plan code or bad numbers", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such plan covering the year", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Uni<DecisionViews.PlanForecast> forecast(@QueryParam("planCode") @Parameter(example = "111/KH-UBND") String planCode,
                                                    @QueryParam("year") String year, @QueryParam("appraisalDays") String appraisalDays,
                                                    @QueryParam("worksDays") String worksDays,
                                                    @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String auth) {
        if (planCode == null || planCode.isBlank()) {
            throw ProblemException.invalidField("planCode", "is required");
        }
        Forecast.Assumptions defaults = Forecast.Assumptions.defaults();
        Forecast.Assumptions a = new Forecast.Assumptions(days("appraisalDays", appraisalDays, defaults.appraisalDays()),
                days("worksDays", worksDays, defaults.worksDays()));
        return decisions.forecast(auth, PROVINCE, planCode.strip(), Years.parse(year), a);
    }

    private static int days(String name, String raw, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int d = Integer.parseInt(raw.strip());
            if (d >= 0 && d <= 3650) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // below
        }
        throw ProblemException.invalidField(name, "must be a number of days between 0 and 3650");
    }

    private static String requireSet(String code, String field) {
        if (code == null || code.isBlank()) {
            throw ProblemException.invalidField(field, "is required");
        }
        if (code.length() > 100) {
            throw ProblemException.invalidField(field, "must be at most 100 characters");
        }
        return code.strip();
    }

    private static boolean excel(String format, String accept) {
        return "xlsx".equalsIgnoreCase(format) || (accept != null && accept.contains(DecisionExcel.MEDIA_TYPE));
    }

    private static Response file(byte[] bytes, String name) {
        return Response.ok(bytes, DecisionExcel.MEDIA_TYPE).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
