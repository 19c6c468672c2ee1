package vn.sonla.ntm.funding.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import vn.sonla.ntm.funding.application.Commands.AllocationInput;
import vn.sonla.ntm.funding.application.FundingBatches;
import vn.sonla.ntm.funding.domain.UnitLevel;

/** Allocations in batches (ADR 0071): many allocations of approved plan lines, all or nothing. */
@Path("/api/v1/allocations/batch")
@Tag(name = "ledger", description = "Allocations (phân bổ) and transactions: commitments, disbursements (giải ngân), expenditures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AllocationBatchResource {

    @Inject
    FundingBatches batches;

    @Schema(name = "AllocationBatchItem", description = "An allocation of one approved plan line (the body of POST "
            + "/capital-plans/{planId}/lines/{lineId}/allocations, with the plan and line)")
    public record AllocationItem(@NotNull Long planId, @NotNull Long lineId, @NotNull @Valid AllocationInput allocation) {
    }

    @Schema(name = "AllocationBatch")
    public record AllocationBatch(@NotEmpty @Size(max = 1000) List<@NotNull @Valid AllocationItem> items) {
    }

    @Schema(name = "AllocationBatchEntry")
    public record AllocationEntry(long id, long planLineId, int year, String recipientCode, UnitLevel recipientLevel,
                                  String recipientDistrictCode, long amount, LocalDate date) {
    }

    @Schema(name = "AllocationBatchResult")
    public record AllocationResult(int count, List<AllocationEntry> items) {
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Allocate many plan lines", description = "Up to 1 000 allocations in one transaction, each as the single "
            + "endpoint: recipient on the plan's unit date within the plan's unit and your scope, the line's ceiling held under its "
            + "lock (items of one batch count against each other). Any refusal refuses the batch, naming items[i]. One audit entry "
            + "per allocation.")
    @APIResponse(responseCode = "201", description = "Allocated, in order")
    @APIResponse(responseCode = "403", description = "An item is outside your scope; nothing written")
    @APIResponse(responseCode = "404", description = "An item names no plan line; nothing written")
    @APIResponse(responseCode = "422", description = "An item exceeds its line, or its plan is not approved; nothing written")
    public Response allocate(@Valid @NotNull AllocationBatch body) {
        List<AllocationEntry> entries = batches.allocate(body.items().stream()
                        .map(i -> new FundingBatches.AllocationItem(i.planId(), i.lineId(), i.allocation())).toList()).stream()
                .map(a -> new AllocationEntry(a.id(), a.planLineId(), a.year(), a.recipientCode(), a.recipientLevel(),
                        a.recipientDistrictCode(), a.amount(), a.entryDate())).toList();
        return Response.status(201).entity(new AllocationResult(entries.size(), entries)).build();
    }
}
