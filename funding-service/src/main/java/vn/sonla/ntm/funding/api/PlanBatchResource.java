package vn.sonla.ntm.funding.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.sonla.ntm.common.Roles;
import vn.sonla.ntm.funding.application.Commands.ApprovalInput;
import vn.sonla.ntm.funding.application.Commands.PlanDraft;
import vn.sonla.ntm.funding.application.FundingBatches;

/** Capital plans in batches (ADR 0071): many drafts, many approvals, each all or nothing. */
@Path("/api/v1/capital-plans/batch")
@Tag(name = "capital plans", description = "Kế hoạch vốn: year × unit, lines of source × field × amount; DRAFT → APPROVED (by decision) → SUPERSEDED (by an approved revision)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanBatchResource {

    @Inject
    FundingBatches batches;

    @Schema(name = "PlanDraftBatch")
    public record DraftBatch(@NotEmpty @Size(max = 500) List<@NotNull @Valid PlanDraft> items) {
    }

    @Schema(name = "PlanApprovalItem", description = "A draft, the version (ETag) the caller read, and the approving decision")
    public record ApprovalItem(@NotNull Long id, @Schema(description = "the If-Match of the single endpoint; required") Long version,
                               @NotBlank @Size(max = 100) @Schema(examples = "1234/QĐ-UBND") String decisionNumber,
                               @NotNull @Schema(examples = "2020-03-15") LocalDate decisionDate,
                               @NotBlank @Size(max = 200) @Schema(examples = "UBND tỉnh Sơn La") String issuer) {
    }

    @Schema(name = "PlanApprovalBatch")
    public record ApprovalBatch(@NotEmpty @Size(max = 500) List<@NotNull @Valid ApprovalItem> items) {
    }

    @Schema(name = "PlanBatchResult")
    public record Result(int count, List<Views.PlanView> items) {
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Draft many capital plans", description = "Up to 500 drafts in one transaction, each checked as POST "
            + "/capital-plans (unit on its date, scope, one series per year and unit, sources and fields in force). Any refusal "
            + "refuses the batch, naming items[i]; nothing is written. One audit entry per plan.")
    @APIResponse(responseCode = "201", description = "Drafted, in order, with their lines' ids")
    @APIResponse(responseCode = "400", description = "An item is invalid; nothing written")
    @APIResponse(responseCode = "403", description = "An item's unit is outside your scope; nothing written")
    @APIResponse(responseCode = "409", description = "An item's unit already has a plan for that year; nothing written")
    @APIResponse(responseCode = "422", description = "Unknown unit, source or field; nothing written")
    @APIResponse(responseCode = "503", description = "The unit directory did not answer; nothing written")
    public Response draft(@Valid @NotNull DraftBatch body) {
        List<Views.PlanView> plans = batches.draft(body.items()).stream().map(Views.PlanView::of).toList();
        return Response.status(201).entity(new Result(plans.size(), plans)).build();
    }

    @POST
    @Path("/approvals")
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER})
    @Operation(summary = "Approve many drafts by decision", description = "All or nothing; each item as POST /capital-plans/{id}/approve "
            + "with its version as If-Match (428 without, 412 stale).")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "404", description = "An item names no plan; nothing written")
    @APIResponse(responseCode = "409", description = "An item is not a draft; nothing written")
    @APIResponse(responseCode = "412", description = "An item's version is stale; nothing written")
    public Result approve(@Valid @NotNull ApprovalBatch body) {
        List<Views.PlanView> plans = batches.approve(body.items().stream().map(i -> new FundingBatches.Approval(i.id(), i.version(),
                new ApprovalInput(i.decisionNumber(), i.decisionDate(), i.issuer()))).toList()).stream().map(Views.PlanView::of).toList();
        return new Result(plans.size(), plans);
    }
}
