package vn.sonla.ntm.assessment.api;

import java.time.OffsetDateTime;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.sonla.ntm.assessment.application.ObstacleDesk;
import vn.sonla.ntm.assessment.domain.Obstacle;
import vn.sonla.ntm.assessment.domain.ObstacleStatus;
import vn.sonla.ntm.common.Page;
import vn.sonla.ntm.common.PageRequest;
import vn.sonla.ntm.common.Params;
import vn.sonla.ntm.common.Roles;
import vn.sonla.ntm.common.Versions;

/** Obstacles (vướng mắc) reported up to the coordination office. */
@Path("/api/v1/obstacles")
@Tag(name = "obstacles", description = "Difficulties raised by districts and communes, answered and closed by the coordination office")
@Produces(MediaType.APPLICATION_JSON)
public class ObstacleResource {

    @Inject
    ObstacleDesk desk;

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DEPARTMENT_APPRAISER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER})
    @Operation(summary = "List obstacles by unit, district and status", description = "A district sees its own and its communes', a commune its own.")
    @APIResponse(responseCode = "200", description = "A page, newest first")
    @APIResponse(responseCode = "400", description = "Bad status or paging")
    @APIResponse(responseCode = "403", description = "Another district's or commune's obstacles")
    public Page<ObstacleView> list(@QueryParam("unitCode") String unitCode, @QueryParam("districtCode") String districtCode,
                                   @QueryParam("status") String status, @QueryParam("provinceCode") String provinceCode,
                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.parse(page, size);
        return desk.list(provinceCode == null || provinceCode.isBlank() ? "14" : provinceCode.trim(), blank(unitCode), blank(districtCode),
                Params.enumValue("status", status, ObstacleStatus.class), request).map(ObstacleView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DEPARTMENT_APPRAISER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER})
    @Operation(summary = "One obstacle")
    @APIResponse(responseCode = "200", description = "The obstacle; ETag")
    @APIResponse(responseCode = "403", description = "Outside your scope")
    @APIResponse(responseCode = "404", description = "No such obstacle")
    public Response get(@PathParam("id") String id) {
        Obstacle o = desk.read(Params.requiredLong("id", id));
        return ApiResponses.tagged(ObstacleView.of(o), o.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Raise an obstacle", description = "A district for itself or a commune under it, a commune for itself; optionally "
            + "about one criterion.")
    @APIResponse(responseCode = "201", description = "Raised, OPEN")
    @APIResponse(responseCode = "400", description = "Missing title or description")
    @APIResponse(responseCode = "403", description = "Not your district or commune")
    @APIResponse(responseCode = "404", description = "No such unit")
    public Response raise(@Valid @NotNull Requests.NewObstacle body) {
        Obstacle o = desk.raise(body.unitCode().trim(), body.criterionCode(), body.title(), body.description());
        return Response.status(201).entity(ObstacleView.of(o)).tag(Versions.etag(o.version())).build();
    }

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Answer an obstacle")
    @APIResponse(responseCode = "200", description = "ANSWERED")
    @APIResponse(responseCode = "409", description = "Closed")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response answer(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull Requests.Answer body) {
        Obstacle o = desk.answer(Params.requiredLong("id", id), ifMatch, body.answer());
        return ApiResponses.tagged(ObstacleView.of(o), o.version());
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Close an obstacle")
    @APIResponse(responseCode = "200", description = "CLOSED")
    @APIResponse(responseCode = "409", description = "Already closed")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response close(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Obstacle o = desk.close(Params.requiredLong("id", id), ifMatch, null);
        return ApiResponses.tagged(ObstacleView.of(o), o.version());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Schema(name = "Obstacle")
    public record ObstacleView(long id, String unitCode, String districtCode, String criterionCode, String title, String description,
                               ObstacleStatus status, String raisedBy, OffsetDateTime raisedAt, String answer, String answeredBy,
                               OffsetDateTime answeredAt, String closedBy, OffsetDateTime closedAt, long version) {
        static ObstacleView of(Obstacle o) {
            return new ObstacleView(o.id(), o.unitCode(), o.districtCode(), o.criterionCode(), o.title(), o.description(), o.status(),
                    o.raisedBy(), o.raisedAt(), o.answer(), o.answeredBy(), o.answeredAt(), o.closedBy(), o.closedAt(), o.version());
        }
    }
}
