package vn.sonla.ntm.funding.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.sonla.ntm.common.Page;
import vn.sonla.ntm.common.PageRequest;
import vn.sonla.ntm.common.Params;
import vn.sonla.ntm.common.Roles;
import vn.sonla.ntm.funding.application.Allocating;
import vn.sonla.ntm.funding.application.CapitalPlanning;
import vn.sonla.ntm.funding.application.Commands.AllocationInput;
import vn.sonla.ntm.funding.application.Commands.ApprovalInput;
import vn.sonla.ntm.funding.application.Commands.PlanDraft;
import vn.sonla.ntm.funding.application.Commands.PlanRedraft;
import vn.sonla.ntm.funding.application.Commands.PlanRevision;
import vn.sonla.ntm.funding.domain.Allocation;
import vn.sonla.ntm.funding.domain.CapitalPlan;
import vn.sonla.ntm.funding.domain.PlanStatus;

/** Capital plans: drafts, approval by decision, revisions; and allocating an approved line. */
@Path("/api/v1/capital-plans")
@Tag(name = "capital plans", description = "Kế hoạch vốn: year × unit, lines of source × field × amount; DRAFT → APPROVED (by decision) → SUPERSEDED (by an approved revision)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CapitalPlanResource {

    static final String PLAN_EXAMPLE = """
            {"year": 2020, "unitCode": "125", "title": "Kế hoạch vốn NTM nâng cao huyện Mai Sơn năm 2020",
             "lines": [
               {"sourceCode": "NSTW_DTPT", "fieldCode": "HT_GIAO_THONG", "criterionCode": "2", "amount": 3000000000},
               {"sourceCode": "NS_HUYEN", "fieldCode": "SAN_XUAT", "amount": 1500000000},
               {"sourceCode": "CONG_DONG_NGAY_CONG", "fieldCode": "CANH_QUAN_MOI_TRUONG", "amount": 180000000,
                "valuation": {"quantity": 1200, "unit": "ngày công", "unitValue": 150000,
                              "basis": "Đơn giá ngày công lao động phổ thông của huyện Mai Sơn"}}]}""";

    @Inject
    CapitalPlanning planning;

    @Inject
    Allocating allocating;

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.DEPARTMENT_APPRAISER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER, Roles.OBSERVER})
    @Operation(summary = "Capital plans", description = "Newest year first. A district officer sees its district's "
            + "plans and its communes'; a commune officer its commune's.")
    @APIResponse(responseCode = "200", description = "A page of plans")
    @APIResponse(responseCode = "400", description = "Bad filter or paging (the parameter is named)")
    public Page<Views.PlanView> list(@QueryParam("year") @Parameter(example = "2020") String year,
                                     @QueryParam("unitCode") @Parameter(example = "125") String unitCode,
                                     @QueryParam("status") @Parameter(description = "DRAFT, APPROVED or SUPERSEDED") String status,
                                     @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.parse(page, size);
        return planning.search(Params.integer("year", year, null), unitCode,
                Params.enumValue("status", status, PlanStatus.class), request).map(Views.PlanView::of);
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Draft a capital plan", description = "For a year and a unit as it stood on `unitDate` (default "
            + "1 January of the year). A district officer drafts for its district and its communes only. One series "
            + "per year and unit: later changes are revisions.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Mai Sơn 2020", value = PLAN_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Drafted; Location and ETag set")
    @APIResponse(responseCode = "400", description = "Invalid field, malformed JSON or unknown field (named in `errors`)")
    @APIResponse(responseCode = "409", description = "The unit already has a plan for that year")
    @APIResponse(responseCode = "422", description = "Unknown unit, source or field; valuation missing or not matching")
    @APIResponse(responseCode = "503", description = "The unit directory did not answer")
    public Response draft(@Valid @NotNull PlanDraft body) {
        CapitalPlan plan = planning.draft(body);
        return Http.created("/api/v1/capital-plans/" + plan.id(), Views.PlanView.of(plan), plan.version());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.DEPARTMENT_APPRAISER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER, Roles.OBSERVER})
    @Operation(summary = "One capital plan with its lines")
    @APIResponse(responseCode = "200", description = "The plan, with its ETag")
    @APIResponse(responseCode = "400", description = "id is not a number")
    @APIResponse(responseCode = "404", description = "No such plan")
    public Response get(@PathParam("id") String id) {
        CapitalPlan plan = planning.get(Params.requiredLong("id", id));
        return Http.ok(Views.PlanView.of(plan), plan.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Change a draft", description = "Replaces the texts and lines of a DRAFT. Approved plans never change (409): revise them.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid field")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "The plan is approved or superseded")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "Unknown source or field")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response redraft(@PathParam("id") String id,
                            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Http.IF_MATCH_DESCRIPTION) String ifMatch,
                            @Valid @NotNull PlanRedraft body) {
        CapitalPlan plan = planning.redraft(Params.requiredLong("id", id), ifMatch, body);
        return Http.ok(Views.PlanView.of(plan), plan.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Discard a draft", description = "Only drafts; audited with the discarded content.")
    @APIResponse(responseCode = "204", description = "Discarded")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "The plan is approved or superseded")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response discard(@PathParam("id") String id,
                            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Http.IF_MATCH_DESCRIPTION) String ifMatch) {
        planning.discard(Params.requiredLong("id", id), ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER})
    @Operation(summary = "Approve a draft by decision (finance planner, coordinator)", description = "Records the "
            + "decision (number, date, issuer). Approving a revision supersedes the plan it revises and carries its "
            + "allocations over to the revision's matching lines, which must still hold them.")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "400", description = "Invalid decision field (e.g. a decision date in the future)")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Not a draft, or the revised plan is no longer the approved one")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "The revision drops or shrinks a line below what is already allocated")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response approve(@PathParam("id") String id,
                            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Http.IF_MATCH_DESCRIPTION) String ifMatch,
                            @Valid @NotNull ApprovalInput body) {
        CapitalPlan plan = planning.approve(Params.requiredLong("id", id), ifMatch, body);
        return Http.ok(Views.PlanView.of(plan), plan.version());
    }

    @POST
    @Path("/{id}/revisions")
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Revise an approved plan", description = "Creates the next revision as a DRAFT referring to this "
            + "plan; without `lines` it starts as a copy. Send the approved plan's ETag.")
    @APIResponse(responseCode = "201", description = "The revision draft")
    @APIResponse(responseCode = "400", description = "Invalid field")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Not the approved plan, or a revision exists already")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "Unknown source or field")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response revise(@PathParam("id") String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Http.IF_MATCH_DESCRIPTION) String ifMatch,
                           @Valid @NotNull PlanRevision body) {
        CapitalPlan revision = planning.revise(Params.requiredLong("id", id), ifMatch, body);
        return Http.created("/api/v1/capital-plans/" + revision.id(), Views.PlanView.of(revision), revision.version());
    }

    @POST
    @Path("/{id}/lines/{lineId}/allocations")
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Allocate money of an approved plan line", description = "To a district or commune that is, "
            + "or lies under, the plan's unit on the plan's unit date. The allocations of a line never exceed it, also "
            + "under concurrent requests. Allocations are ledger entries: appended, never edited (no If-Match).")
    @APIResponse(responseCode = "201", description = "Allocated")
    @APIResponse(responseCode = "400", description = "Invalid field, e.g. a date before the plan year or in the future")
    @APIResponse(responseCode = "404", description = "No such plan line")
    @APIResponse(responseCode = "422", description = "Exceeds the line, plan not approved, or recipient outside the plan's unit")
    @APIResponse(responseCode = "503", description = "The unit directory did not answer")
    public Response allocate(@PathParam("id") String id, @PathParam("lineId") String lineId,
                             @Valid @NotNull AllocationInput body) {
        Allocation a = allocating.allocate(Params.requiredLong("id", id), Params.requiredLong("lineId", lineId), body);
        return Http.created("/api/v1/allocations/" + a.id(), Views.AllocationView.of(a, allocating.balance(a)), null);
    }
}
