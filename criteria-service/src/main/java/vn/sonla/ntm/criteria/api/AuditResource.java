package vn.sonla.ntm.criteria.api;

import static vn.sonla.ntm.common.Roles.COORDINATOR;
import static vn.sonla.ntm.common.Roles.OBSERVER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.sonla.ntm.common.Page;
import vn.sonla.ntm.common.PageRequest;
import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.audit.AuditEntryView;
import vn.sonla.ntm.common.audit.ChainVerification;
import vn.sonla.ntm.criteria.application.CatalogueAudit;

/** The audit log of the catalogue, for the coordination office and observers. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Append-only, hash-chained log of every change to the catalogue")
public class AuditResource {

    @Inject
    CatalogueAudit trail;

    @GET
    @RolesAllowed({COORDINATOR, OBSERVER})
    @Operation(summary = "Read the audit log", description = "Newest first; filter by entity (criteria-set-version, department) and key.")
    @APIResponse(responseCode = "200", description = "A page of entries", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EntryPage.class), examples = @ExampleObject(name = "entries", value = Examples.AUDIT_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad page or size", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "400", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "401", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Coordinator and observer only", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "403", value = Examples.PROBLEM_403)))
    public Page<AuditEntryView> list(
            @Parameter(schema = @Schema(enumeration = {"criteria-set-version", "department"})) @QueryParam("entity") String entity,
            @Parameter(description = "e.g. ntm-xa-2016-2020/1 or snn", example = "ntm-xa-2016-2020/1") @QueryParam("key") String key,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return trail.list(blankToNull(entity), blankToNull(key), PageRequest.parse(page, size));
    }

    @GET
    @Path("verify")
    @RolesAllowed({COORDINATOR, OBSERVER})
    @Operation(summary = "Verify the hash chain", description = "Recomputes every entry's hash in order; names the first entry that does not hold.")
    @APIResponse(responseCode = "200", description = "The outcome", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChainVerification.class),
            examples = @ExampleObject(name = "intact", value = Examples.AUDIT_VERIFY)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "401", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Coordinator and observer only", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "403", value = Examples.PROBLEM_403)))
    public ChainVerification verify() {
        return trail.verify();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The OpenAPI shape of {@code Page<Entry>}. */
    @Schema(name = "AuditEntryPage")
    static final class EntryPage {
        @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class)
        public java.util.List<AuditEntryView> items;
        public int page;
        public int size;
        public long total;
    }
}
