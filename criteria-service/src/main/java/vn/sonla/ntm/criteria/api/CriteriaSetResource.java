package vn.sonla.ntm.criteria.api;

import static vn.sonla.ntm.common.Roles.COMMUNE_OFFICER;
import static vn.sonla.ntm.common.Roles.COORDINATOR;
import static vn.sonla.ntm.common.Roles.DEPARTMENT_APPRAISER;
import static vn.sonla.ntm.common.Roles.DISTRICT_OFFICER;
import static vn.sonla.ntm.common.Roles.EXTERNAL_SYSTEM;
import static vn.sonla.ntm.common.Roles.FINANCE_PLANNER;
import static vn.sonla.ntm.common.Roles.OBSERVER;

import java.net.URI;

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
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;

import vn.sonla.ntm.common.Page;
import vn.sonla.ntm.common.PageRequest;
import vn.sonla.ntm.common.Params;
import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.Versions;
import vn.sonla.ntm.criteria.application.Catalogue;
import vn.sonla.ntm.criteria.application.Drafting;
import vn.sonla.ntm.criteria.application.NewDraft;
import vn.sonla.ntm.criteria.application.SetSummary;
import vn.sonla.ntm.criteria.application.VersionView;
import vn.sonla.ntm.criteria.domain.CriteriaSetDiff;
import vn.sonla.ntm.criteria.domain.SetLevel;
import vn.sonla.ntm.criteria.domain.SetStatus;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;

/** The criteria sets: list, one set, a new empty draft, import of a whole version, the diff between two versions. */
@Path("/api/v1/criteria-sets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Criteria sets", description = "Versioned criteria sets (bộ tiêu chí): read, create, import, compare")
public class CriteriaSetResource {

    static final String YAML = "application/yaml";

    @Inject
    Catalogue catalogue;

    @Inject
    Drafting drafting;

    @Inject
    CatalogueFormats formats;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({COORDINATOR, DEPARTMENT_APPRAISER, FINANCE_PLANNER, DISTRICT_OFFICER, COMMUNE_OFFICER, OBSERVER, EXTERNAL_SYSTEM})
    @Operation(summary = "List criteria sets",
            description = "Every set with its versions, ordered by code. Staff see drafts too; an external system sees published versions only.")
    @APIResponse(responseCode = "200", description = "A page of set summaries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SetSummaryPage.class),
                    examples = @ExampleObject(name = "sets", value = Examples.SET_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad status, level, page or size", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bad size", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "401", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "403", value = Examples.PROBLEM_403)))
    public Page<SetSummary> list(
            @Parameter(description = "Sets having a version with this status", schema = @Schema(enumeration = {"DRAFT", "PUBLISHED", "RETIRED"}))
            @QueryParam("status") String status,
            @Parameter(description = "Level of the set's latest version", schema = @Schema(enumeration = {"BASIC", "ADVANCED", "MODEL"}))
            @QueryParam("level") String level,
            @Parameter(description = "Page, from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1–500", example = "50") @QueryParam("size") String size) {
        return catalogue.list(Params.enumValue("status", status, SetStatus.class),
                Params.enumValue("level", level, SetLevel.class), PageRequest.parse(page, size));
    }

    @GET
    @Path("{code}")
    @RolesAllowed({COORDINATOR, DEPARTMENT_APPRAISER, FINANCE_PLANNER, DISTRICT_OFFICER, COMMUNE_OFFICER, OBSERVER, EXTERNAL_SYSTEM})
    @Operation(summary = "One criteria set", description = "Names, level and the versions of one set (published ones only for an external system).")
    @APIResponse(responseCode = "200", description = "The set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SetSummary.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "401", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "403", value = Examples.PROBLEM_403)))
    @APIResponse(responseCode = "404", description = "No such set (or none visible to the caller)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "404", value = Examples.PROBLEM_404)))
    public SetSummary get(@Parameter(example = "ntm-xa-2016-2020") @PathParam("code") String code) {
        return catalogue.summary(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COORDINATOR)
    @Operation(summary = "Create an empty draft",
            description = "Version 1 of a new set, as a DRAFT with no groups. Fill it with PUT on the version, then publish it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewDraft.class),
            examples = @ExampleObject(name = "new set", value = Examples.NEW_DRAFT)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag of the new version", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "400", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "401", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Only the coordinator creates sets", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "403", value = Examples.PROBLEM_403)))
    @APIResponse(responseCode = "409", description = "A set with this code exists", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "409", value = Examples.PROBLEM_409)))
    public Response create(@Valid @NotNull NewDraft draft) {
        return created(drafting.create(draft));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COORDINATOR)
    @Operation(summary = "Import a version (JSON or YAML)",
            description = "A new DRAFT holding the document (as exported): version 1 of a new set, or the next version of an existing one."
                    + " The document's version and status are ignored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CriteriaSetDocument.class), examples = @ExampleObject(name = "document", value = Examples.VERSION)))
    @APIResponse(responseCode = "201", description = "Imported as a draft", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VersionResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed document; errors name each field", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "400", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "401", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Only the coordinator imports", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "403", value = Examples.PROBLEM_403)))
    public Response importJson(@NotNull CriteriaSetDocument document) {
        return created(drafting.importDocument(document));
    }

    @POST
    @Path("import")
    @Consumes({YAML, "application/x-yaml", "text/yaml"})
    @RolesAllowed(COORDINATOR)
    @Operation(summary = "Import a version (JSON or YAML)", description = "As the JSON import, for a document in YAML (the shipped format).")
    @RequestBody(required = true, content = @Content(mediaType = YAML, schema = @Schema(implementation = CriteriaSetDocument.class)))
    @APIResponse(responseCode = "201", description = "Imported as a draft", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VersionResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed YAML or document; errors name each field", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "400", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "401", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Only the coordinator imports", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "403", value = Examples.PROBLEM_403)))
    public Response importYaml(@NotNull String yaml) throws JsonProcessingException {
        return created(drafting.importDocument(formats.readYaml(yaml)));
    }

    @GET
    @Path("diff")
    @RolesAllowed({COORDINATOR, DEPARTMENT_APPRAISER, FINANCE_PLANNER, DISTRICT_OFFICER, COMMUNE_OFFICER, OBSERVER, EXTERNAL_SYSTEM})
    @Operation(summary = "Compare two versions",
            description = "Criteria and indicators added, removed, renamed; thresholds changed per indicator and commune class; departments"
                    + " reassigned; recognition rule changed. Versions may belong to different sets (an overlay against its national set).")
    @APIResponse(responseCode = "200", description = "The differences", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CriteriaSetDiff.class), examples = @ExampleObject(name = "diff", value = Examples.DIFF)))
    @APIResponse(responseCode = "400", description = "from/to missing or not code:version", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "400", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "401", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "403", value = Examples.PROBLEM_403)))
    @APIResponse(responseCode = "404", description = "A version does not exist (or is not visible)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "404", value = Examples.PROBLEM_404)))
    public CriteriaSetDiff diff(
            @Parameter(description = "code:version", example = "ntm-xa-2016-2020:1", required = true) @QueryParam("from") String from,
            @Parameter(description = "code:version", example = "sonla-ntm-nang-cao-xa-2018-2020:2", required = true) @QueryParam("to") String to) {
        return catalogue.diff(QueryParameters.reference("from", from), QueryParameters.reference("to", to));
    }

    private Response created(VersionView view) {
        URI location = uri.getBaseUriBuilder().path("api/v1/criteria-sets/{code}/versions/{version}")
                .build(view.document().code(), view.document().version());
        return Response.created(location).tag(Versions.etag(view.revision())).entity(VersionResponse.of(view)).build();
    }

    /** The OpenAPI shape of {@code Page<SetSummary>}. */
    @Schema(name = "SetSummaryPage")
    static final class SetSummaryPage {
        @Schema(type = SchemaType.ARRAY, implementation = SetSummary.class)
        public java.util.List<SetSummary> items;
        public int page;
        public int size;
        public long total;
    }
}
