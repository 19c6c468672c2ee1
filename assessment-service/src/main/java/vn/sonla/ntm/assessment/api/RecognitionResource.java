package vn.sonla.ntm.assessment.api;

import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.sonla.ntm.assessment.application.Recognitions;
import vn.sonla.ntm.assessment.domain.PilotDesignation;
import vn.sonla.ntm.assessment.domain.Recognition;
import vn.sonla.ntm.common.Params;
import vn.sonla.ntm.common.Roles;

/** Recognition revocations and pilot designations (the coordinator's). */
@Path("/api/v1")
@Tag(name = "recognitions", description = "Recognition history and pilot communes")
@Produces(MediaType.APPLICATION_JSON)
public class RecognitionResource {

    @Inject
    Recognitions recognitions;

    @POST
    @Path("/recognitions/{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Revoke a recognition", description = "When a commune falls below the standard: date, decision, reason.")
    @APIResponse(responseCode = "200", description = "Revoked; new ETag")
    @APIResponse(responseCode = "400", description = "Missing reason or date before the recognition")
    @APIResponse(responseCode = "404", description = "No such recognition")
    @APIResponse(responseCode = "409", description = "Already revoked")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response revoke(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull Requests.Revocation body) {
        Recognition r = recognitions.revoke(Params.requiredLong("id", id), ifMatch, body.revokedOn(), body.decisionNumber(), body.reason());
        return ApiResponses.tagged(RecognitionView.of(r), r.version());
    }

    @GET
    @Path("/pilots")
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DEPARTMENT_APPRAISER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER, Roles.EXTERNAL_SYSTEM})
    @Operation(summary = "Pilot communes of a province", description = "Public reference data, like units.")
    @APIResponse(responseCode = "200", description = "Designations, current (default) or all")
    public List<PilotView> pilots(@QueryParam("provinceCode") String provinceCode, @QueryParam("all") String all) {
        return recognitions.pilotsOf(provinceCode == null || provinceCode.isBlank() ? "14" : provinceCode.trim(),
                !"true".equalsIgnoreCase(all)).stream().map(PilotView::of).toList();
    }

    @POST
    @Path("/pilots")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Designate a pilot commune")
    @APIResponse(responseCode = "201", description = "Designated")
    @APIResponse(responseCode = "400", description = "Missing basis, or not a commune")
    @APIResponse(responseCode = "404", description = "No unit with that code on that day")
    @APIResponse(responseCode = "409", description = "Already a pilot")
    public Response designate(@Valid @NotNull Requests.Pilot body) {
        PilotDesignation p = recognitions.designate(body.unitCode().trim(), body.at(), body.basis());
        return Response.status(201).entity(PilotView.of(p)).tag(vn.sonla.ntm.common.Versions.etag(p.version())).build();
    }

    @POST
    @Path("/pilots/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "End a pilot designation", description = "Kept in history with the reason.")
    @APIResponse(responseCode = "200", description = "Ended")
    @APIResponse(responseCode = "400", description = "Missing reason")
    @APIResponse(responseCode = "404", description = "No such designation")
    @APIResponse(responseCode = "409", description = "Already ended")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response undesignate(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull Requests.Reason body) {
        PilotDesignation p = recognitions.undesignate(Params.requiredLong("id", id), ifMatch, body.reason());
        return ApiResponses.tagged(PilotView.of(p), p.version());
    }

    /** A pilot designation. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PilotDesignation")
    public record PilotView(long id, String unitCode, String basis, java.time.LocalDate designatedOn, String designatedBy,
                            java.time.LocalDate endedOn, String endReason, boolean active, long version) {
        static PilotView of(PilotDesignation p) {
            return new PilotView(p.id(), p.unitCode(), p.basis(), p.designatedOn(), p.designatedBy(), p.endedOn(), p.endReason(),
                    p.isActive(), p.version());
        }
    }
}
