package vn.sonla.ntm.funding.api;

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
import vn.sonla.ntm.funding.application.Commands.TransactionInput;
import vn.sonla.ntm.funding.application.FundingBatches;
import vn.sonla.ntm.funding.domain.TransactionType;

/** Transactions in batches (ADR 0071): many commitments, disbursements and expenditures, all or nothing. */
@Path("/api/v1/transactions/batch")
@Tag(name = "ledger", description = "Allocations (phân bổ) and transactions: commitments, disbursements (giải ngân), expenditures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransactionBatchResource {

    @Inject
    FundingBatches batches;

    @Schema(name = "TransactionBatchItem", description = "A transaction against one allocation (the body of POST "
            + "/allocations/{allocationId}/transactions, with the allocation)")
    public record TransactionItem(@NotNull Long allocationId, @NotNull @Valid TransactionInput transaction) {
    }

    @Schema(name = "TransactionBatch")
    public record TransactionBatch(@NotEmpty @Size(max = 1000) List<@NotNull @Valid TransactionItem> items) {
    }

    @Schema(name = "TransactionBatchEntry")
    public record TransactionEntry(long id, long allocationId, TransactionType type, long amount, boolean overDisbursement) {
    }

    @Schema(name = "TransactionBatchResult")
    public record TransactionResult(int count, List<TransactionEntry> items) {
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Record many commitments, disbursements and expenditures", description = "Up to 1 000 in one transaction, "
            + "each as the single endpoint (disbursed never above allocated, under the allocation's lock; items of one batch count "
            + "against each other). Any refusal refuses the batch, naming items[i]. One audit entry per transaction.")
    @APIResponse(responseCode = "201", description = "Recorded, in order")
    @APIResponse(responseCode = "403", description = "An item is outside your scope; nothing written")
    @APIResponse(responseCode = "404", description = "An item names no allocation; nothing written")
    @APIResponse(responseCode = "422", description = "An item would exceed its allocation; nothing written")
    public Response record(@Valid @NotNull TransactionBatch body) {
        List<TransactionEntry> entries = batches.record(body.items().stream()
                        .map(i -> new FundingBatches.TransactionItem(i.allocationId(), i.transaction())).toList()).stream()
                .map(t -> new TransactionEntry(t.id(), t.allocationId(), t.type(), t.amount(), t.overDisbursement())).toList();
        return Response.status(201).entity(new TransactionResult(entries.size(), entries)).build();
    }
}
