package vn.sonla.ntm.funding.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import vn.sonla.ntm.funding.application.Commands.ReversalInput;
import vn.sonla.ntm.funding.application.Commands.TransactionInput;
import vn.sonla.ntm.funding.application.Ledger;
import vn.sonla.ntm.funding.domain.Allocation;
import vn.sonla.ntm.funding.domain.LedgerTransaction;

/** The ledger: allocations, their commitments, disbursements and expenditures, and reversals. */
@Path("/api/v1")
@Tag(name = "ledger", description = "Allocations (phân bổ) and the commitments, disbursements (giải ngân) and expenditures against them; corrections are reversal entries, never edits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LedgerResource {

    @Inject
    Allocating allocating;

    @Inject
    Ledger ledger;

    @GET
    @Path("/allocations")
    @RolesAllowed({Roles.COORDINATOR, Roles.DEPARTMENT_APPRAISER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER, Roles.OBSERVER})
    @Operation(summary = "Allocations and reversals", description = "Filtered by year, plan, line or recipient; a "
            + "district officer sees what went to its district and communes, a commune officer its commune's.")
    @APIResponse(responseCode = "200", description = "A page of ledger entries, oldest first")
    @APIResponse(responseCode = "400", description = "Bad filter or paging")
    @APIResponse(responseCode = "404", description = "No such plan")
    public Page<Views.AllocationView> allocations(@QueryParam("year") String year, @QueryParam("planId") String planId,
                                                  @QueryParam("planLineId") String lineId,
                                                  @QueryParam("recipientCode") @Parameter(example = "04120") String recipient,
                                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.parse(page, size);
        Long plan = planId == null || planId.isBlank() ? null : Params.requiredLong("planId", planId);
        Long line = lineId == null || lineId.isBlank() ? null : Params.requiredLong("planLineId", lineId);
        return allocating.search(Params.integer("year", year, null), plan, line, recipient, request)
                .map(a -> Views.AllocationView.of(a, null));
    }

    @GET
    @Path("/allocations/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.DEPARTMENT_APPRAISER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER, Roles.OBSERVER})
    @Operation(summary = "One allocation with its balance")
    @APIResponse(responseCode = "200", description = "The allocation; `balance` says what is committed, disbursed, expended and still available")
    @APIResponse(responseCode = "404", description = "No such allocation")
    public Views.AllocationView allocation(@PathParam("id") String id) {
        Allocation a = allocating.get(Params.requiredLong("id", id));
        return Views.AllocationView.of(a, allocating.balance(a));
    }

    @POST
    @Path("/allocations/{id}/reversal")
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Reduce or cancel an allocation", description = "Writes a reversal entry (whole allocation "
            + "without `amount`). Once per allocation; never below what is already disbursed.")
    @APIResponse(responseCode = "201", description = "The reversal entry")
    @APIResponse(responseCode = "400", description = "Invalid field")
    @APIResponse(responseCode = "404", description = "No such allocation")
    @APIResponse(responseCode = "422", description = "Already reversed, a reversal itself, more than the entry, or below the disbursed sum")
    public Response reverseAllocation(@PathParam("id") String id, @Valid @NotNull ReversalInput body) {
        Allocation r = allocating.reverse(Params.requiredLong("id", id), body);
        return Http.created("/api/v1/allocations/" + r.id(), Views.AllocationView.of(r, null), null);
    }

    @GET
    @Path("/allocations/{id}/transactions")
    @RolesAllowed({Roles.COORDINATOR, Roles.DEPARTMENT_APPRAISER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER, Roles.OBSERVER})
    @Operation(summary = "Transactions of an allocation", description = "Oldest first, reversals included.")
    @APIResponse(responseCode = "200", description = "The transactions")
    @APIResponse(responseCode = "404", description = "No such allocation")
    public List<Views.TransactionView> transactions(@PathParam("id") String id) {
        return ledger.ofAllocation(Params.requiredLong("id", id)).stream().map(Views.TransactionView::of).toList();
    }

    @POST
    @Path("/allocations/{id}/transactions")
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Record a commitment, disbursement or expenditure", description = "Dated from the plan year's "
            + "start to today, with its voucher (chứng từ). Disbursements never exceed the allocation: refused with 422, "
            + "or — by a coordinator with a justification — accepted and marked as an over-disbursement. Labour, land "
            + "and in-kind contributions carry their valuation.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "disbursement", value = """
                    {"type": "DISBURSEMENT", "amount": 300000000, "date": "2020-05-20", "documentRef": "UNC 0142/KBNN Mai Sơn"}"""),
            @ExampleObject(name = "coordinator's over-disbursement", value = """
                    {"type": "DISBURSEMENT", "amount": 50000000, "date": "2020-11-02", "documentRef": "UNC 0311",
                     "justification": "Tạm ứng theo Công văn 812/UBND-KT để kịp hoàn thành trước mùa mưa"}""")}))
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid field (amount, date, documentRef, ...)")
    @APIResponse(responseCode = "404", description = "No such allocation")
    @APIResponse(responseCode = "422", description = "Would exceed the allocation; valuation missing or not matching")
    public Response record(@PathParam("id") String id, @Valid @NotNull TransactionInput body) {
        LedgerTransaction t = ledger.record(Params.requiredLong("id", id), body);
        return Http.created("/api/v1/transactions/" + t.id(), Views.TransactionView.of(t), null);
    }

    @GET
    @Path("/transactions/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.DEPARTMENT_APPRAISER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER, Roles.OBSERVER})
    @Operation(summary = "One transaction")
    @APIResponse(responseCode = "200", description = "The transaction")
    @APIResponse(responseCode = "404", description = "No such transaction")
    public Views.TransactionView transaction(@PathParam("id") String id) {
        return Views.TransactionView.of(ledger.get(Params.requiredLong("id", id)));
    }

    @POST
    @Path("/transactions/{id}/reversal")
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Reverse a transaction", description = "A new entry referring to it, by at most its amount, once.")
    @APIResponse(responseCode = "201", description = "The reversal entry")
    @APIResponse(responseCode = "400", description = "Invalid field")
    @APIResponse(responseCode = "404", description = "No such transaction")
    @APIResponse(responseCode = "422", description = "Already reversed, a reversal itself, or more than the entry")
    public Response reverseTransaction(@PathParam("id") String id, @Valid @NotNull ReversalInput body) {
        LedgerTransaction r = ledger.reverse(Params.requiredLong("id", id), body);
        return Http.created("/api/v1/transactions/" + r.id(), Views.TransactionView.of(r), null);
    }
}
