package vn.sonla.ntm.funding.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.sonla.ntm.common.Params;
import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Roles;
import vn.sonla.ntm.common.audit.AuditEntryView;
import vn.sonla.ntm.common.audit.ChainVerification;
import vn.sonla.ntm.funding.application.AuditLog;

/** The audit log: who changed what, when, from what to what; and the check that nobody altered it. */
@Path("/api/v1/audit")
@Tag(name = "audit", description = "Append-only, hash-chained log of every change")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER, Roles.OBSERVER})
    @Operation(summary = "Audit entries", description = "Of one entity (`entity` = CapitalPlan, Allocation, "
            + "LedgerTransaction, FundingSource, InfrastructureGuidance, with `id`), of one unit (`unitCode`), or all "
            + "after a sequence number (`afterSeq`, `limit` ≤ 500).")
    @APIResponse(responseCode = "200", description = "Entries, oldest first, with before/after as JSON text")
    @APIResponse(responseCode = "400", description = "Bad parameter (named)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditEntryView> entries(@QueryParam("entity") @Parameter(example = "CapitalPlan") String entity,
                                        @QueryParam("id") @Parameter(example = "1") String id,
                                        @QueryParam("unitCode") String unitCode,
                                        @QueryParam("afterSeq") String afterSeq, @QueryParam("limit") String limit) {
        if (entity != null && !entity.isBlank()) {
            if (id == null || id.isBlank()) {
                throw ProblemException.invalidField("id", "is required with entity");
            }
            return audit.forEntity(entity.strip(), id.strip());
        }
        if (unitCode != null && !unitCode.isBlank()) {
            return audit.forUnit(unitCode.strip());
        }
        long after = afterSeq == null || afterSeq.isBlank() ? 0 : Params.requiredLong("afterSeq", afterSeq);
        Integer max = Params.integer("limit", limit, 100);
        if (max < 1 || max > 500) {
            throw ProblemException.invalidField("limit", "must be between 1 and 500");
        }
        return audit.page(after, max);
    }

    @GET
    @Path("/verify")
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE_PLANNER, Roles.OBSERVER})
    @Operation(summary = "Recompute the hash chain", description = "Reports the first altered, missing or reordered entry, if any.")
    @APIResponse(responseCode = "200", description = "The verification result")
    public ChainVerification verify() {
        return audit.verify();
    }
}
