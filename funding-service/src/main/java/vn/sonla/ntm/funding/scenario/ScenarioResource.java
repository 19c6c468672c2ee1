package vn.sonla.ntm.funding.scenario;

import java.net.URI;
import java.time.OffsetDateTime;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import vn.sonla.ntm.common.Params;
import vn.sonla.ntm.common.Roles;
import vn.sonla.ntm.common.Versions;

/** Budgeting scenarios (issue 9, decision 0092). */
@Path("/api/v1/scenarios")
@Tag(name = "scenarios", description = "Budgeting scenarios: proposals kept with inputs and explanation, accepted or rejected, compared, "
        + "accepted ones booked as allocations")
@Produces(MediaType.APPLICATION_JSON)
public class ScenarioResource {


    @Inject
    ScenarioDesk desk;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER})
    @Operation(summary = "Keep a proposal as a scenario", description = "The gateway's optimiser answer with its inputs; checked against "
            + "the catalogue (sources in force, fields) and the budget it claims to respect (per source, fields allowed, infrastructure share).")
    @APIResponse(responseCode = "201", description = "Kept, PROPOSED; Location and ETag")
    @APIResponse(responseCode = "400", description = "Invalid field (named)")
    @APIResponse(responseCode = "403", description = "Not the coordination office or finance")
    @APIResponse(responseCode = "422", description = "Does not fit its budget or the catalogue; every problem named")
    public Response propose(@Valid @NotNull ScenarioRequests.Proposal body) {
        Scenario s = desk.propose(body);
        return Response.created(URI.create("/api/v1/scenarios/" + s.id)).entity(ScenarioView.of(s)).tag(Versions.etag(s.version)).build();
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER, Roles.OBSERVER, Roles.DEPARTMENT_APPRAISER})
    @Operation(summary = "Scenarios of the province, newest first")
    @APIResponse(responseCode = "200", description = "Scenarios without their lines")
    @APIResponse(responseCode = "400", description = "Bad year or status")
    public List<ScenarioSummaryView> list(@QueryParam("year") String year, @QueryParam("status") String status,
                                          @QueryParam("provinceCode") String provinceCode) {
        return desk.search(provinceCode == null || provinceCode.isBlank() ? "14" : provinceCode.trim(), Params.integer("year", year, null),
                status == null || status.isBlank() ? null : Params.enumValue("status", status, Scenario.Status.class)).stream()
                .map(ScenarioSummaryView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER, Roles.OBSERVER, Roles.DEPARTMENT_APPRAISER})
    @Operation(summary = "A scenario with its inputs, result, explanation and lines")
    @APIResponse(responseCode = "200", description = "The scenario; ETag")
    @APIResponse(responseCode = "404", description = "No such scenario")
    public Response get(@PathParam("id") String id) {
        Scenario s = desk.get(Params.requiredLong("id", id));
        return Response.ok(ScenarioView.of(s)).tag(Versions.etag(s.version)).build();
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER})
    @Operation(summary = "Accept a scenario (If-Match)", description = "Its lines become draft allocations; one accepted scenario per year.")
    @APIResponse(responseCode = "200", description = "ACCEPTED; ETag")
    @APIResponse(responseCode = "409", description = "Not PROPOSED, or another scenario of the year is accepted")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response accept(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ScenarioRequests.Decision body) {
        Scenario s = desk.accept(Params.requiredLong("id", id), ifMatch, body == null ? null : body.reason());
        return Response.ok(ScenarioView.of(s)).tag(Versions.etag(s.version)).build();
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER})
    @Operation(summary = "Reject a scenario with a reason (If-Match)")
    @APIResponse(responseCode = "200", description = "REJECTED; ETag")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "409", description = "Not PROPOSED")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response reject(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ScenarioRequests.Decision body) {
        Scenario s = desk.reject(Params.requiredLong("id", id), ifMatch, body == null ? null : body.reason());
        return Response.ok(ScenarioView.of(s)).tag(Versions.etag(s.version)).build();
    }

    @POST
    @Path("/{id}/bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER})
    @Operation(summary = "Book the draft allocations into the ledger (If-Match)", description = "Each draft allocation goes to the approved "
            + "plan's line of the same source and field (and criterion when the plan has such a line) through the allocation use case: "
            + "the line's ceiling holds. All or nothing.")
    @APIResponse(responseCode = "200", description = "Booked; ETag")
    @APIResponse(responseCode = "409", description = "Not accepted, or nothing left to book")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "The plan does not fit, or a line does not (named lines[i])")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response book(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @Valid @NotNull ScenarioRequests.Booking body) {
        Scenario s = desk.book(Params.requiredLong("id", id), ifMatch, body);
        return Response.ok(ScenarioView.of(s)).tag(Versions.etag(s.version)).build();
    }

    @GET
    @Path("/{id}/compare/{otherId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER, Roles.OBSERVER, Roles.DEPARTMENT_APPRAISER})
    @Operation(summary = "Two scenarios side by side")
    @APIResponse(responseCode = "200", description = "Per commune and per source")
    @APIResponse(responseCode = "404", description = "No such scenario")
    public ScenarioComparison compare(@PathParam("id") String id, @PathParam("otherId") String otherId) {
        return desk.compare(Params.requiredLong("id", id), Params.requiredLong("otherId", otherId));
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER, Roles.OBSERVER, Roles.DEPARTMENT_APPRAISER})
    @Operation(summary = "Every change of a scenario, oldest first")
    @APIResponse(responseCode = "200", description = "Audit entries")
    @APIResponse(responseCode = "404", description = "No such scenario")
    public List<vn.sonla.ntm.common.audit.AuditEntryView> audit(@PathParam("id") String id) {
        return desk.audit(Params.requiredLong("id", id));
    }

    // ---- views -----------------------------------------------------------------------------------------------------

    @Schema(name = "ScenarioSummary")
    public record ScenarioSummaryView(long id, int year, String provinceCode, String title, Scenario.Status status, long budgetTotal,
                                      long proposedTotal, String summaryVi, String summaryEn, String createdBy, OffsetDateTime createdAt,
                                      String decidedBy, OffsetDateTime decidedAt, long version) {
        static ScenarioSummaryView of(Scenario s) {
            return new ScenarioSummaryView(s.id, s.year, s.provinceCode, s.title, s.status, s.budgetTotal, s.proposedTotal, s.summaryVi,
                    s.summaryEn, s.createdBy, s.createdAt, s.decidedBy, s.decidedAt, s.version);
        }
    }

    @Schema(name = "ScenarioLine")
    public record LineView(int lineNo, String recipientCode, String criterionCode, String fieldCode, String sourceCode, long amount,
                           ScenarioLine.Status status, Long allocationId) {
        static LineView of(ScenarioLine l) {
            return new LineView(l.lineNo, l.recipientCode, l.criterionCode, l.fieldCode, l.sourceCode, l.amount, l.status, l.allocationId);
        }
    }

    @Schema(name = "Scenario")
    public record ScenarioView(long id, int year, String provinceCode, String title, String note, Scenario.Status status, JsonNode inputs,
                               JsonNode result, String summaryVi, String summaryEn, long budgetTotal, long proposedTotal, String createdBy,
                               OffsetDateTime createdAt, String decidedBy, OffsetDateTime decidedAt, String decisionReason, List<LineView> lines,
                               long version) {
        static ScenarioView of(Scenario s) {
            return new ScenarioView(s.id, s.year, s.provinceCode, s.title, s.note, s.status, ScenarioDesk.read(s.inputs),
                    ScenarioDesk.read(s.result), s.summaryVi, s.summaryEn, s.budgetTotal, s.proposedTotal, s.createdBy, s.createdAt,
                    s.decidedBy, s.decidedAt, s.decisionReason, s.lines.stream().map(LineView::of).toList(), s.version);
        }
    }
}
