package vn.sonla.ntm.assessment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.sonla.ntm.assessment.application.AuditLog;
import vn.sonla.ntm.common.Roles;
import vn.sonla.ntm.common.audit.ChainVerification;

/** The audit log's tamper evidence. */
@Path("/api/v1/audit")
@Tag(name = "audit", description = "Append-only, hash-chained audit log")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog audit;

    @GET
    @Path("/verify")
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER})
    @Operation(summary = "Verify the audit chain", description = "Recomputes every entry's hash from its content and its predecessor's hash; "
            + "names the first entry that was altered, removed or inserted.")
    @APIResponse(responseCode = "200", description = "intact true, or false with the first broken entry")
    public ChainVerification verify() {
        return audit.verify();
    }
}
