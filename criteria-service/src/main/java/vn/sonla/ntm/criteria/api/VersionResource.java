package vn.sonla.ntm.criteria.api;

import static vn.sonla.ntm.common.Roles.COMMUNE_OFFICER;
import static vn.sonla.ntm.common.Roles.COORDINATOR;
import static vn.sonla.ntm.common.Roles.DEPARTMENT_APPRAISER;
import static vn.sonla.ntm.common.Roles.DISTRICT_OFFICER;
import static vn.sonla.ntm.common.Roles.EXTERNAL_SYSTEM;
import static vn.sonla.ntm.common.Roles.FINANCE_PLANNER;
import static vn.sonla.ntm.common.Roles.OBSERVER;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;

import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Versions;
import vn.sonla.ntm.criteria.application.Catalogue;
import vn.sonla.ntm.criteria.application.CriterionEdit;
import vn.sonla.ntm.criteria.application.DepartmentRegister;
import vn.sonla.ntm.criteria.application.DepartmentView;
import vn.sonla.ntm.criteria.application.Drafting;
import vn.sonla.ntm.criteria.application.EvaluationView;
import vn.sonla.ntm.criteria.application.Evaluating;
import vn.sonla.ntm.criteria.application.Publishing;
import vn.sonla.ntm.criteria.application.VersionView;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;
import vn.sonla.ntm.rules.document.IndicatorDocument;

/**
 * One version of a set: read it, edit it while it is a draft (If-Match required), publish, retire, derive a new draft
 * from it, evaluate values against it, export it.
 */
@Path("/api/v1/criteria-sets/{code}/versions/{version}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Criteria set versions", description = "One version: drafts and their edits, publication, evaluation, export")
public class VersionResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Catalogue catalogue;

    @Inject
    Drafting drafting;

    @Inject
    Publishing publishing;

    @Inject
    Evaluating evaluating;

    @Inject
    DepartmentRegister departments;

    @Inject
    CatalogueFormats formats;

    @Context
    UriInfo uri;

    @PathParam("code")
    @Parameter(description = "Set code", example = "ntm-xa-2016-2020")
    String code;

    @PathParam("version")
    @Parameter(description = "Catalogue version number (1, 2, ...)", example = "1")
    int version;

    @GET
    @RolesAllowed({COORDINATOR, DEPARTMENT_APPRAISER, FINANCE_PLANNER, DISTRICT_OFFICER, COMMUNE_OFFICER, OBSERVER, EXTERNAL_SYSTEM})
    @Operation(summary = "Read one version",
            description = "The whole version in the exchange format (what assessment-service snapshots), with its revision; the ETag header"
                    + " carries the revision for If-Match. An external system reads published versions only.")
    @APIResponse(responseCode = "200", description = "The version", headers = @Header(name = "ETag", description = "The revision, quoted"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionResponse.class),
                    examples = @ExampleObject(name = "2016-2020", value = Examples.VERSION)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "401", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "403", value = Examples.PROBLEM_403)))
    @APIResponse(responseCode = "404", description = "No such version (or a draft, for an external system)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "404", value = Examples.PROBLEM_404)))
    public Response get() {
        return ok(catalogue.version(code, version));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COORDINATOR)
    @Operation(summary = "Replace a draft's content",
            description = "The whole content (header, groups, criteria, indicators, thresholds) of a DRAFT. code/version in the body, if"
                    + " given, must match the path; status and derivedFrom are the catalogue's and are not replaced.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CriteriaSetDocument.class), examples = @ExampleObject(name = "content", value = Examples.VERSION)))
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VersionResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed content; errors name each field", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "400", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "401", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Only the coordinator edits", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "403", value = Examples.PROBLEM_403)))
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "404", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "409", description = "The version is published or retired", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "409", value = Examples.PROBLEM_409)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "412", value = Examples.PROBLEM_412)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "428", value = Examples.PROBLEM_428)))
    public Response replace(@Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag read", example = "\"3\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull CriteriaSetDocument content) {
        return ok(drafting.replace(code, version, ifMatch, content));
    }

    @PUT
    @Path("criteria/{criterionCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COORDINATOR)
    @Operation(summary = "Edit one criterion of a draft",
            description = "Names, responsible department and provenance of one criterion; its indicators are unchanged. If-Match is the"
                    + " version's ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CriterionEdit.class), examples = @ExampleObject(name = "criterion", value = Examples.CRITERION_EDIT)))
    @APIResponse(responseCode = "200", description = "Edited; the version with its new ETag", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "400", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "401", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Only the coordinator edits", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "403", value = Examples.PROBLEM_403)))
    @APIResponse(responseCode = "404", description = "No such version or criterion", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "404", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "409", description = "Published/retired version, or the code is duplicated", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "409", value = Examples.PROBLEM_409)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "412", value = Examples.PROBLEM_412)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "428", value = Examples.PROBLEM_428)))
    public Response editCriterion(@Parameter(example = "2") @PathParam("criterionCode") String criterionCode,
                                  @Parameter(in = ParameterIn.HEADER, required = true, description = "The version\'s ETag", example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @NotNull CriterionEdit edit) {
        return ok(drafting.describeCriterion(code, version, ifMatch, criterionCode, edit));
    }

    @PUT
    @Path("indicators/{indicatorCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COORDINATOR)
    @Operation(summary = "Edit one indicator of a draft",
            description = "Names, unit, kind, provenance and all thresholds of one indicator (code from the path). If-Match is the version's"
                    + " ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndicatorDocument.class), examples = @ExampleObject(name = "indicator", value = Examples.INDICATOR_EDIT)))
    @APIResponse(responseCode = "200", description = "Edited; the version with its new ETag", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "400", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "401", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Only the coordinator edits", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "403", value = Examples.PROBLEM_403)))
    @APIResponse(responseCode = "404", description = "No such version or indicator", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "404", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "409", description = "Published/retired version, or the code is duplicated", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "409", value = Examples.PROBLEM_409)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "412", value = Examples.PROBLEM_412)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "428", value = Examples.PROBLEM_428)))
    public Response editIndicator(@Parameter(example = "2.2") @PathParam("indicatorCode") String indicatorCode,
                                  @Parameter(in = ParameterIn.HEADER, required = true, description = "The version\'s ETag", example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @NotNull IndicatorDocument edit) {
        return ok(drafting.restateIndicator(code, version, ifMatch, indicatorCode, edit));
    }

    @POST
    @Path("derive")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COORDINATOR)
    @Operation(summary = "Derive a new draft",
            description = "A DRAFT with this version's content and derivedFrom pointing here: the next version of the same set, or of"
                    + " targetCode (a provincial overlay on a national set). Works from any status.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Requests.Derive.class),
            examples = @ExampleObject(name = "overlay", value = Examples.DERIVE)))
    @APIResponse(responseCode = "201", description = "The new draft; Location and ETag", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionResponse.class)))
    @APIResponse(responseCode = "400", description = "targetCode malformed", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "400", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "401", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Only the coordinator derives", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "403", value = Examples.PROBLEM_403)))
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "404", value = Examples.PROBLEM_404)))
    public Response derive(@Valid Requests.Derive request) {
        VersionView derived = drafting.derive(code, version, request == null ? null : request.targetCode());
        URI location = uri.getBaseUriBuilder().path("api/v1/criteria-sets/{code}/versions/{version}")
                .build(derived.document().code(), derived.document().version());
        return Response.created(location).tag(Versions.etag(derived.revision())).entity(VersionResponse.of(derived)).build();
    }

    @POST
    @Path("publish")
    @RolesAllowed(COORDINATOR)
    @Operation(summary = "Publish a draft",
            description = "Checks the draft and publishes it, or refuses with 422 listing EVERY defect with its JSON path: indicators"
                    + " without a defined threshold, duplicate codes, unknown or not-yet/no-longer valid departments, an impossible"
                    + " recognition rule, criteria without indicators, a missing legal basis number. Published versions never change.")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VersionResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "401", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Only the coordinator publishes", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "403", value = Examples.PROBLEM_403)))
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "404", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "409", description = "Not a draft", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "409", value = Examples.PROBLEM_409)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "412", value = Examples.PROBLEM_412)))
    @APIResponse(responseCode = "422", description = "Defects stop the publication; errors lists every one", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "422", value = Examples.PROBLEM_422)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "428", value = Examples.PROBLEM_428)))
    public Response publish(@Parameter(in = ParameterIn.HEADER, required = true, description = "The version\'s ETag", example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(publishing.publish(code, version, ifMatch));
    }

    @POST
    @Path("retire")
    @RolesAllowed(COORDINATOR)
    @Operation(summary = "Retire a published version",
            description = "Once superseded. It stays readable by staff and evaluable for history; external systems no longer see it.")
    @APIResponse(responseCode = "200", description = "Retired", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VersionResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "401", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Only the coordinator retires", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "403", value = Examples.PROBLEM_403)))
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "404", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "409", description = "Not published", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "409", value = Examples.PROBLEM_409)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "412", value = Examples.PROBLEM_412)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "428", value = Examples.PROBLEM_428)))
    public Response retire(@Parameter(in = ParameterIn.HEADER, required = true, description = "The version\'s ETag", example = "\"4\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(publishing.retire(code, version, ifMatch));
    }

    @POST
    @Path("evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({COORDINATOR, DEPARTMENT_APPRAISER, FINANCE_PLANNER, DISTRICT_OFFICER, COMMUNE_OFFICER, OBSERVER, EXTERNAL_SYSTEM})
    @Operation(summary = "Evaluate a commune's values",
            description = "Per indicator MET / NOT_MET / MISSING / NO_THRESHOLD with a one-line explanation (\"82% ≥ 80%\"), per criterion"
                    + " met or not, the count of criteria met and whether the recognition rule holds, and the gap. Values are JSON true/false"
                    + " or numbers. Published and retired versions judge for every reader; a draft only for the coordinator (preview).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Requests.Evaluate.class), examples = @ExampleObject(name = "values", value = Examples.EVALUATE)))
    @APIResponse(responseCode = "200", description = "The verdict", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvaluationView.class), examples = @ExampleObject(name = "verdict", value = Examples.EVALUATION)))
    @APIResponse(responseCode = "400", description = "A value is not true/false or a number, is out of range, or names no indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "400", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "401", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "403", value = Examples.PROBLEM_403)))
    @APIResponse(responseCode = "404", description = "No such version (or a draft, for an external system)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "404", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "409", description = "A draft, for anyone but the coordinator; or no recognition rule yet", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "409", value = Examples.PROBLEM_409)))
    public EvaluationView evaluate(@Valid @NotNull Requests.Evaluate request) {
        return evaluating.evaluate(code, version, request.communeClass(), request.values());
    }

    @GET
    @Path("export")
    @Produces({MediaType.APPLICATION_JSON, CriteriaSetResource.YAML})
    @RolesAllowed({COORDINATOR, DEPARTMENT_APPRAISER, FINANCE_PLANNER, DISTRICT_OFFICER, COMMUNE_OFFICER, OBSERVER, EXTERNAL_SYSTEM})
    @Operation(summary = "Export as JSON or YAML",
            description = "The version in the exchange format, as a file; importing it gives an equal set (as a new draft).")
    @APIResponse(responseCode = "200", description = "The document", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CriteriaSetDocument.class)),
            @Content(mediaType = CriteriaSetResource.YAML, schema = @Schema(implementation = CriteriaSetDocument.class))})
    @APIResponse(responseCode = "400", description = "Unknown format", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "400", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "401", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "403", value = Examples.PROBLEM_403)))
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "404", value = Examples.PROBLEM_404)))
    public Response export(@Parameter(description = "json (default) or yaml", schema = @Schema(enumeration = {"json", "yaml"}))
                           @QueryParam("format") String format) throws JsonProcessingException {
        CriteriaSetDocument document = catalogue.version(code, version).document();
        String kind = format == null || format.isBlank() ? "json" : format.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (kind) {
            case "json" -> file(formats.writeJson(document), MediaType.APPLICATION_JSON + ";charset=UTF-8", "json");
            case "yaml", "yml" -> file(formats.writeYaml(document), CriteriaSetResource.YAML + ";charset=UTF-8", "yaml");
            default -> throw ProblemException.invalidField("format", "must be json or yaml");
        };
    }

    @GET
    @Path("export.xlsx")
    @Produces(XLSX)
    @RolesAllowed({COORDINATOR, DEPARTMENT_APPRAISER, FINANCE_PLANNER, DISTRICT_OFFICER, COMMUNE_OFFICER, OBSERVER, EXTERNAL_SYSTEM})
    @Operation(summary = "Export as Excel",
            description = "An .xlsx laid out as the official appendix tables: title and decision, TT | Tên tiêu chí | Nội dung tiêu chí |"
                    + " Chỉ tiêu | Đơn vị | Sở phụ trách | Nguồn / độ tin cậy, a row per group, criterion cells merged over their indicators,"
                    + " A4 landscape.")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = XLSX,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "401", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "403", value = Examples.PROBLEM_403)))
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "404", value = Examples.PROBLEM_404)))
    public Response exportExcel() {
        CriteriaSetDocument document = catalogue.version(code, version).document();
        Map<String, String> names = departments.validOn(null).stream()
                .collect(Collectors.toMap(DepartmentView::code, DepartmentView::nameVi));
        byte[] workbook = AppendixWorkbook.of(document, names);
        return Response.ok(workbook, XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + code + "-v" + version + ".xlsx\"").build();
    }

    private Response file(String body, String type, String extension) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + code + "-v" + version + "." + extension + "\"")
                .build();
    }

    private static Response ok(VersionView view) {
        return Response.ok(VersionResponse.of(view)).tag(Versions.etag(view.revision())).build();
    }
}
