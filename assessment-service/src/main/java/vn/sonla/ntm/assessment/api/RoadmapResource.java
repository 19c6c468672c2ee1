package vn.sonla.ntm.assessment.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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

import vn.sonla.ntm.assessment.application.RoadmapDesk;
import vn.sonla.ntm.assessment.domain.Milestone;
import vn.sonla.ntm.assessment.domain.RecognitionLevel;
import vn.sonla.ntm.assessment.domain.Roadmap;
import vn.sonla.ntm.assessment.domain.RoadmapStatus;
import vn.sonla.ntm.common.Params;
import vn.sonla.ntm.common.Roles;

/** District roadmaps (lộ trình) per commune. */
@Path("/api/v1/roadmaps")
@Tag(name = "roadmaps", description = "District roadmaps: per commune target level, year, milestones, status")
@Produces(MediaType.APPLICATION_JSON)
public class RoadmapResource {

    @Inject
    RoadmapDesk desk;

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DEPARTMENT_APPRAISER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER})
    @Operation(summary = "Roadmaps of a district, or of one commune")
    @APIResponse(responseCode = "200", description = "Roadmaps")
    @APIResponse(responseCode = "403", description = "Another district's or commune's roadmaps")
    public List<RoadmapView> list(@QueryParam("districtCode") String districtCode, @QueryParam("unitCode") String unitCode,
                                  @QueryParam("provinceCode") String provinceCode) {
        List<Roadmap> found = unitCode != null && !unitCode.isBlank() ? desk.ofUnit(unitCode.trim())
                : desk.ofDistrict(provinceCode == null || provinceCode.isBlank() ? "14" : provinceCode.trim(),
                districtCode == null || districtCode.isBlank() ? null : districtCode.trim());
        return found.stream().map(RoadmapView::of).toList();
    }

    @PUT
    @Path("/{unitCode}/{targetLevel}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Write a commune's roadmap to a level", description = "Creates it, or rewrites it with If-Match. Written by the "
            + "district the commune sits under in the target year, or by the coordination office.")
    @APIResponse(responseCode = "200", description = "Saved; ETag")
    @APIResponse(responseCode = "400", description = "Invalid year, status or milestone")
    @APIResponse(responseCode = "403", description = "The commune is not under your district")
    @APIResponse(responseCode = "404", description = "No such unit")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing when the roadmap exists")
    public Response write(@PathParam("unitCode") String unitCode, @PathParam("targetLevel") String targetLevel,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull Requests.Roadmap body) {
        RecognitionLevel level = Params.enumValue("targetLevel", targetLevel, RecognitionLevel.class);
        List<Milestone.Draft> milestones = body.milestones() == null ? List.of()
                : body.milestones().stream().map(m -> new Milestone.Draft(m.title(), m.dueDate(), m.doneOn())).toList();
        Roadmap r = desk.write(unitCode, level, body.targetYear(), body.status(), body.note(), milestones, ifMatch);
        return ApiResponses.tagged(RoadmapView.of(r), r.version());
    }

    @Schema(name = "Roadmap")
    public record RoadmapView(long id, String unitCode, String districtCode, RecognitionLevel targetLevel, int targetYear,
                              RoadmapStatus status, String note, List<MilestoneView> milestones, String updatedBy, OffsetDateTime updatedAt,
                              long version) {
        static RoadmapView of(Roadmap r) {
            return new RoadmapView(r.id(), r.unitCode(), r.districtCode(), r.targetLevel(), r.targetYear(), r.status(), r.note(),
                    r.milestones().stream().map(m -> new MilestoneView(m.title(), m.dueDate(), m.doneOn())).toList(), r.updatedBy(),
                    r.updatedAt(), r.version());
        }
    }

    @Schema(name = "Milestone")
    public record MilestoneView(String title, LocalDate dueDate, LocalDate doneOn) {
    }
}
