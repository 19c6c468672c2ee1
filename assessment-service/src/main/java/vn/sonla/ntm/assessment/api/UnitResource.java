package vn.sonla.ntm.assessment.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.sonla.ntm.assessment.application.AuditLog;
import vn.sonla.ntm.assessment.application.UnitDirectory;
import vn.sonla.ntm.assessment.application.UnitProfiles;
import vn.sonla.ntm.common.audit.AuditEntryView;
import vn.sonla.ntm.assessment.domain.UnitLevel;
import vn.sonla.ntm.common.Page;
import vn.sonla.ntm.common.PageRequest;
import vn.sonla.ntm.common.Params;
import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Roles;

/** The administrative-unit tree of Sơn La as it stood on any date. */
@Path("/api/v1/units")
@Tag(name = "units", description = "Administrative units (effective-dated) and their lineage")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    UnitDirectory directory;

    @Inject
    UnitProfiles profiles;

    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.DEPARTMENT_APPRAISER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER, Roles.OBSERVER, Roles.EXTERNAL_SYSTEM})
    @Operation(summary = "Units valid on a date", description = "The tree as it stood on `at` (default: today), "
            + "optionally one level and/or the children of one parent. At 2019-12-31 Sơn La has 12 districts and 204 "
            + "commune-level units; from 2025-07-01, 75 units directly under the province.")
    @APIResponse(responseCode = "200", description = "A page of units ordered by code")
    @APIResponse(responseCode = "400", description = "Bad date, level or paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<UnitView> list(@QueryParam("level") @Parameter(description = "PROVINCE, DISTRICT or COMMUNE") String level,
                               @QueryParam("parentCode") @Parameter(description = "Code of the parent unit", example = "125") String parentCode,
                               @QueryParam("at") @Parameter(description = "ISO date, default today", example = "2019-12-31") String at,
                               @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.parse(page, size);
        UnitLevel wantedLevel = Params.enumValue("level", level, UnitLevel.class);
        List<UnitView> all = directory.tree(day(at), wantedLevel, parentCode).stream().map(UnitView::of).toList();
        return Page.slice(all, request);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.COORDINATOR, Roles.DEPARTMENT_APPRAISER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER, Roles.OBSERVER, Roles.EXTERNAL_SYSTEM})
    @Operation(summary = "One unit as it stood on a date", description = "With its parent, validity, lineage (predecessors and successors, "
            + "FULL / PARTIAL / UNRESOLVED), its own recognitions, pilot designation, and — labelled as such — the recognitions its "
            + "predecessors held. A 2025 unit's own status comes only from its own recognitions.")
    @APIResponse(responseCode = "200", description = "The unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitDetailView.class)))
    @APIResponse(responseCode = "400", description = "Bad date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No unit carried this code on that date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UnitDetailView get(@PathParam("code") String code, @QueryParam("at") @Parameter(description = "ISO date, default today", example = "2019-12-31") String at) {
        LocalDate day = day(at);
        return profiles.profile(code, day).map(UnitDetailView::of)
                .orElseThrow(() -> ProblemException.notFound("No unit " + code + " on " + day));
    }

    @GET
    @Path("/{code}/audit")
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER})
    @Operation(summary = "Audit trail of everything about one unit code", description = "Assessments, recognitions, pilots, roadmaps, "
            + "obstacles of the unit(s) that carried this code, oldest first.")
    @APIResponse(responseCode = "200", description = "Entries, oldest first")
    @APIResponse(responseCode = "403", description = "Only the coordination office and observers read the audit log per unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditEntryView> audit(@PathParam("code") String code) {
        return audit.forUnit(code);
    }

    static LocalDate day(String at) {
        return Params.date("at", at, LocalDate.now());
    }
}
