package vn.sonla.ntm.assessment.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.sonla.ntm.assessment.application.CommuneStatusFeed;
import vn.sonla.ntm.assessment.persistence.CommuneStatusTable;
import vn.sonla.ntm.common.Page;
import vn.sonla.ntm.common.PageRequest;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Roles;

/** The published status of communes, for external systems too: only published facts. */
@Path("/api/v1/commune-status")
@Tag(name = "commune-status", description = "Published facts per commune-level unit, with a change feed")
@Produces(MediaType.APPLICATION_JSON)
public class CommuneStatusResource {

    @Inject
    CommuneStatusFeed feed;

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DEPARTMENT_APPRAISER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER, Roles.EXTERNAL_SYSTEM})
    @Operation(summary = "Commune status, paged, or as a change feed", description = "Every commune-level unit record (2019 and 2025 "
            + "periods). Without updatedSince: ordered by code. With updatedSince: only rows whose published facts changed after it, "
            + "ordered by (lastChanged, unit) — poll with the largest lastChanged you saw, minus a minute of overlap.")
    @APIResponse(responseCode = "200", description = "A page")
    @APIResponse(responseCode = "400", description = "Bad updatedSince or paging")
    public Page<StatusView> list(@QueryParam("updatedSince") @Parameter(description = "ISO-8601 instant, e.g. 2026-11-28T00:00:00Z")
                                 String updatedSince, @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.parse(page, size);
        OffsetDateTime since = null;
        if (updatedSince != null && !updatedSince.isBlank()) {
            try {
                since = OffsetDateTime.parse(updatedSince.trim());
            } catch (DateTimeParseException e) {
                throw ProblemException.invalidField("updatedSince", "must be an ISO-8601 instant such as 2026-11-28T00:00:00Z");
            }
        }
        return feed.page(since, request).map(StatusView::of);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DEPARTMENT_APPRAISER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER, Roles.EXTERNAL_SYSTEM})
    @Operation(summary = "Status of the unit carrying a code today (or its last record)")
    @APIResponse(responseCode = "200", description = "The status")
    @APIResponse(responseCode = "404", description = "No commune-level unit with that code")
    public StatusView get(@PathParam("code") String code) {
        return StatusView.of(feed.current(code));
    }

    @Schema(name = "CommuneStatus")
    public record StatusView(@Schema(examples = "04120") String unitCode, @Schema(examples = "Xã Chiềng Ban") String unitName,
                             LocalDate validFrom, LocalDate validTo, Recognition highestRecognition, Criteria latestAppraisal,
                             boolean pilot, OffsetDateTime lastChanged) {

        @Schema(name = "PublishedRecognition")
        public record Recognition(String level, String decisionNumber, LocalDate decisionDate, LocalDate heldBy) {
        }

        @Schema(name = "PublishedCriteria", description = "criteria met (agreed by the departments) in the latest appraised or recognised assessment")
        public record Criteria(String criteriaSetCode, Integer criteriaSetVersion, Integer year, Integer criteriaMet, Integer criteriaTotal) {
        }

        static StatusView of(CommuneStatusTable.Row r) {
            return new StatusView(r.unitCode(), r.unitName(), r.validFrom(), r.validTo(),
                    r.level() == null ? null : new Recognition(r.level(), r.decisionNumber(), r.decisionDate(), r.heldBy()),
                    r.setCode() == null ? null : new Criteria(r.setCode(), r.setVersion(), r.assessmentYear(), r.criteriaMet(), r.criteriaTotal()),
                    r.pilot(), r.lastChanged());
        }
    }
}
