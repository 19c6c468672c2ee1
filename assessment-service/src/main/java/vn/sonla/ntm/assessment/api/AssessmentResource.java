package vn.sonla.ntm.assessment.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.databind.JsonNode;

import vn.sonla.ntm.assessment.application.AssessmentBook;
import vn.sonla.ntm.assessment.application.AssessmentWorkflow;
import vn.sonla.ntm.assessment.application.AuditLog;
import vn.sonla.ntm.assessment.application.EvidenceLocker;
import vn.sonla.ntm.assessment.application.ExcelExchange;
import vn.sonla.ntm.assessment.application.Snapshots;
import vn.sonla.ntm.assessment.application.UnitDirectory;
import vn.sonla.ntm.assessment.domain.Assessment;
import vn.sonla.ntm.assessment.domain.AssessmentState;
import vn.sonla.ntm.assessment.domain.Decision;
import vn.sonla.ntm.assessment.domain.EvidenceFile;
import vn.sonla.ntm.assessment.domain.ValueInput;
import vn.sonla.ntm.assessment.persistence.Assessments;
import vn.sonla.ntm.common.Page;
import vn.sonla.ntm.common.PageRequest;
import vn.sonla.ntm.common.Params;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Roles;
import vn.sonla.ntm.common.audit.AuditEntryView;
import vn.sonla.ntm.rules.IndicatorValue;

/** Assessments: self-assessment values, evaluation, the appraisal workflow, evidence, Excel exchange and audit. */
@Path("/api/v1/assessments")
@Tag(name = "assessments", description = "Commune × criteria-set version × year: values, evaluation, gap, workflow")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    AssessmentBook book;

    @Inject
    AssessmentWorkflow workflow;

    @Inject
    Snapshots snapshots;

    @Inject
    EvidenceLocker evidence;

    @Inject
    ExcelExchange excel;

    @Inject
    UnitDirectory units;

    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DEPARTMENT_APPRAISER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER})
    @Operation(summary = "List assessments", description = "Filtered and paged, newest year first. A district sees only its communes, a "
            + "commune itself, a department only submitted assessments.")
    @APIResponse(responseCode = "200", description = "A page of assessments")
    @APIResponse(responseCode = "400", description = "A filter or paging parameter is invalid")
    @APIResponse(responseCode = "403", description = "Asking for another district's or commune's assessments")
    public Page<AssessmentSummaryView> list(@QueryParam("unitCode") String unitCode, @QueryParam("districtCode") String districtCode,
                                            @QueryParam("year") @Parameter(example = "2020") String year,
                                            @QueryParam("criteriaSetCode") String setCode,
                                            @QueryParam("state") @Parameter(description = "DRAFT, SUBMITTED, IN_APPRAISAL, APPRAISED, RECOGNISED, RETURNED") String state,
                                            @QueryParam("provinceCode") String provinceCode,
                                            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.parse(page, size);
        Assessments.Filter filter = new Assessments.Filter(blank(provinceCode), blank(unitCode), blank(districtCode),
                Params.integer("year", year, null), blank(setCode), Params.enumValue("state", state, AssessmentState.class), false);
        return book.list(filter, request).map(AssessmentSummaryView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Open an assessment", description = "One commune × one published criteria-set version × one year. The version is "
            + "fetched once from criteria-service and kept as a snapshot; evaluation never calls criteria-service again.")
    @APIResponse(responseCode = "201", description = "Created in DRAFT; Location and ETag set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, or the unit did not exist that year")
    @APIResponse(responseCode = "403", description = "The commune is outside your district or commune")
    @APIResponse(responseCode = "409", description = "The commune already has an assessment of this set version for that year")
    @APIResponse(responseCode = "422", description = "The criteria-set version does not exist or is not published")
    @APIResponse(responseCode = "502", description = "criteria-service answered something unusable")
    @APIResponse(responseCode = "503", description = "criteria-service could not be reached")
    public Response open(@Valid @NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "Chiềng Ban 2020",
            value = "{\"unitCode\":\"04120\",\"year\":2020,\"criteriaSetCode\":\"ntm-xa-2016-2020\",\"criteriaSetVersion\":1}")))
                         Requests.NewAssessment body, @jakarta.ws.rs.core.Context UriInfo uri) {
        Assessment a = book.open(new AssessmentBook.Opening(body.unitCode().trim(), body.year(), body.criteriaSetCode().trim(),
                body.criteriaSetVersion(), body.communeClass()));
        return ApiResponses.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.id())).build(), view(a), a.version());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DEPARTMENT_APPRAISER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER})
    @Operation(summary = "One assessment with values, evaluation and gap", description = "Per indicator MET / NOT_MET / MISSING / "
            + "NO_THRESHOLD with its explanation, per criterion, criteria met (e.g. 12/19), whether the standard is reached, and the gap.")
    @APIResponse(responseCode = "200", description = "The assessment; ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "403", description = "Outside your scope (existence of assessments is not private: ids are opaque numbers)")
    @APIResponse(responseCode = "404", description = "No such assessment")
    public Response get(@PathParam("id") String id) {
        Assessment a = book.read(Params.requiredLong("id", id));
        return ApiResponses.tagged(view(a), a.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Replace all values", description = "The whole values map; indicators left out are cleared. DRAFT or RETURNED only. "
            + "Unknown indicator, wrong type or a percentage outside 0–100 → 400 naming values.<code>, nothing written.")
    @APIResponse(responseCode = "200", description = "Saved; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "A value is refused (field values.<indicatorCode>)")
    @APIResponse(responseCode = "409", description = "Not editable in its state (submitted or later)")
    @APIResponse(responseCode = "412", description = "Stale If-Match: someone changed it meanwhile")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replaceValues(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "values",
                                          value = "{\"values\":{\"2.1\":{\"value\":100,\"dataSource\":\"Phòng KT-HT huyện\"},\"4.1\":{\"value\":true}}}")))
                                  Requests.Values body) {
        Map<String, String> unreadable = new LinkedHashMap<>();
        Assessment a = book.replaceValues(Params.requiredLong("id", id), ifMatch, inputs(body.values(), unreadable), unreadable);
        return ApiResponses.tagged(view(a), a.version());
    }

    @PUT
    @Path("/{id}/values/{indicatorCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Write one value (autosave)", description = "The other indicators are left as they are.")
    @APIResponse(responseCode = "200", description = "Saved; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "The value is refused")
    @APIResponse(responseCode = "409", description = "Not editable in its state")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response putValue(@PathParam("id") String id, @PathParam("indicatorCode") String indicatorCode,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull Requests.ValueInput body) {
        Map<String, Requests.ValueInput> one = new LinkedHashMap<>();
        one.put(indicatorCode, body);
        Map<String, String> unreadable = new LinkedHashMap<>();
        Assessment a = book.enterValues(Params.requiredLong("id", id), ifMatch, inputs(one, unreadable), unreadable, "assessment.value");
        return ApiResponses.tagged(view(a), a.version());
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Submit to the province", description = "DRAFT or RETURNED → SUBMITTED. The district of the commune submits for units "
            + "of the district era; from 1 July 2025 the commune itself; the coordinator always.")
    @APIResponse(responseCode = "200", description = "Submitted; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "403", description = "Not the submitter of this commune")
    @APIResponse(responseCode = "409", description = "Not in DRAFT or RETURNED")
    @APIResponse(responseCode = "412", description = "Stale If-Match (e.g. a concurrent submit won)")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response submit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Assessment a = workflow.submit(Params.requiredLong("id", id), ifMatch);
        return ApiResponses.tagged(view(a), a.version());
    }

    @POST
    @Path("/{id}/appraisals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT_APPRAISER)
    @Operation(summary = "Give a department's verdict on one criterion", description = "Only the department owning the criterion in the "
            + "snapshot. The first verdict moves the assessment IN_APPRAISAL, the last one APPRAISED. A comment is mandatory on DISAGREE. "
            + "If-Match is optional here (verdicts on different criteria do not conflict); when sent it is checked.")
    @APIResponse(responseCode = "200", description = "Recorded; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Unknown criterion, or DISAGREE without comment")
    @APIResponse(responseCode = "403", description = "Another department owns this criterion")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED or IN_APPRAISAL")
    public Response appraise(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "disagree",
                                     value = "{\"criterionCode\":\"2\",\"verdict\":\"DISAGREE\",\"comment\":\"Đường trục bản chưa cứng hóa đủ 70%\"}")))
                             Requests.AppraisalInput body) {
        Assessment a = workflow.appraise(Params.requiredLong("id", id), ifMatch, body.criterionCode().trim(), body.verdict(), body.comment());
        return ApiResponses.tagged(view(a), a.version());
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Return for correction", description = "SUBMITTED, IN_APPRAISAL or APPRAISED → RETURNED with a mandatory reason; "
            + "editable again, verdicts kept in history and cleared for the next round.")
    @APIResponse(responseCode = "200", description = "Returned; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Reason missing or blank")
    @APIResponse(responseCode = "409", description = "Not in a returnable state")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response returnForCorrection(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                        @Valid @NotNull Requests.ReturnInput body) {
        Assessment a = workflow.returnForCorrection(Params.requiredLong("id", id), ifMatch, body.reason());
        return ApiResponses.tagged(view(a), a.version());
    }

    @POST
    @Path("/{id}/recognise")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Record the People's Committee decision", description = "APPRAISED → RECOGNISED, only when every verdict is AGREE and "
            + "the evaluation reaches the standard; creates the recognition at the set's level.")
    @APIResponse(responseCode = "200", description = "Recognised; the recognition id is in recognitionId",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Decision number, date or issuing body missing")
    @APIResponse(responseCode = "409", description = "Not APPRAISED")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "A department disagrees, or the standard is not reached: each reason listed")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response recognise(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @Valid @NotNull Requests.DecisionInput body) {
        Assessment a = workflow.recognise(Params.requiredLong("id", id), ifMatch,
                new Decision(body.decisionNumber(), body.decisionDate(), body.issuingBody()));
        return ApiResponses.tagged(view(a), a.version());
    }

    @POST
    @Path("/bulk/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Run one transition over many assessments", description = "action = submit, return or recognise. Each id runs in "
            + "its own transaction against its current version; the answer reports every id's outcome.")
    @APIResponse(responseCode = "200", description = "Per-id results")
    @APIResponse(responseCode = "400", description = "Unknown action, no ids, or a missing reason / decision")
    public BulkResult bulk(@PathParam("action") String action, @Valid @NotNull Requests.Bulk body) {
        AssessmentWorkflow.BulkAction what = Params.enumValue("action", action, AssessmentWorkflow.BulkAction.class);
        Decision decision = null;
        if (what == AssessmentWorkflow.BulkAction.RETURN && (body.reason() == null || body.reason().isBlank())) {
            throw ProblemException.invalidField("reason", "is required to return assessments");
        }
        if (what == AssessmentWorkflow.BulkAction.RECOGNISE) {
            decision = new Decision(body.decisionNumber(), body.decisionDate(), body.issuingBody());
        }
        List<AssessmentWorkflow.BulkOutcome> outcomes = workflow.bulk(what, body.ids(), body.reason(), decision);
        return new BulkResult(what.name().toLowerCase(), outcomes.stream().filter(AssessmentWorkflow.BulkOutcome::done).count(),
                outcomes.stream().filter(o -> !o.done()).count(), outcomes);
    }

    /** The per-id report of a bulk transition. */
    @Schema(name = "BulkResult")
    public record BulkResult(String action, long succeeded, long failed, List<AssessmentWorkflow.BulkOutcome> results) {
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DEPARTMENT_APPRAISER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER})
    @Operation(summary = "Audit trail of one assessment", description = "Every change and transition: who, when, action, before, after, reason.")
    @APIResponse(responseCode = "200", description = "Entries, oldest first")
    @APIResponse(responseCode = "403", description = "Outside your scope")
    @APIResponse(responseCode = "404", description = "No such assessment")
    public List<AuditEntryView> audit(@PathParam("id") String id) {
        Assessment a = book.read(Params.requiredLong("id", id));
        return audit.forEntity("assessment", String.valueOf(a.id()));
    }

    // ---- evidence ----------------------------------------------------------------------------------------------

    @POST
    @Path("/{id}/values/{indicatorCode}/evidence")
    @Consumes({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Attach an evidence file", description = "≤ 10 MB; PDF, JPEG or PNG judged by the file's first bytes, not "
            + "the declared type. The name comes from ?fileName= and is sanitised. If-Match is the assessment's ETag (the upload moves it).")
    @APIResponse(responseCode = "201", description = "Stored with its SHA-256",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.EvidenceView.class)))
    @APIResponse(responseCode = "400", description = "Unknown indicator or empty file")
    @APIResponse(responseCode = "409", description = "The assessment is not editable")
    @APIResponse(responseCode = "413", description = "Larger than 10 MB")
    @APIResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response uploadRaw(@PathParam("id") String id, @PathParam("indicatorCode") String indicatorCode,
                              @QueryParam("fileName") String fileName, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] content,
                              @jakarta.ws.rs.core.Context UriInfo uri) {
        EvidenceFile f = evidence.upload(Params.requiredLong("id", id), ifMatch, indicatorCode, fileName, content);
        return Response.created(uri.getBaseUriBuilder().path("/api/v1/assessments/{id}/evidence/{e}").build(f.assessmentId(), f.id()))
                .entity(AssessmentView.EvidenceView.of(f)).build();
    }

    @POST
    @Path("/{id}/values/{indicatorCode}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Attach an evidence file", description = "Multipart variant: the file in the part named 'file', its name from the part.")
    @APIResponse(responseCode = "201", description = "Stored with its SHA-256",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.EvidenceView.class)))
    @APIResponse(responseCode = "400", description = "No file part, unknown indicator or empty file")
    @APIResponse(responseCode = "413", description = "Larger than 10 MB")
    @APIResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG")
    public Response uploadMultipart(@PathParam("id") String id, @PathParam("indicatorCode") String indicatorCode,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @RestForm("file") FileUpload file,
                                    @jakarta.ws.rs.core.Context UriInfo uri) {
        if (file == null) {
            throw ProblemException.invalidField("file", "is required (multipart field 'file')");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uploadRaw(id, indicatorCode, file.fileName(), ifMatch, content, uri);
    }

    @GET
    @Path("/{id}/evidence/{evidenceId}")
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DEPARTMENT_APPRAISER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER})
    @Operation(summary = "Download an evidence file", description = "As an attachment, with nosniff; only for those who may read the assessment.")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "403", description = "Outside your scope")
    @APIResponse(responseCode = "404", description = "No such file in this assessment")
    public Response download(@PathParam("id") String id, @PathParam("evidenceId") String evidenceId) {
        EvidenceLocker.Download d = evidence.download(Params.requiredLong("id", id), Params.requiredLong("evidenceId", evidenceId));
        return Response.ok(d.content(), d.file().mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + asciiName(d.file().fileName()) + "\"; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(d.file().fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Digest", "sha-256=" + d.file().sha256())
                .build();
    }

    @DELETE
    @Path("/{id}/evidence/{evidenceId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Remove an evidence file", description = "Only while the assessment is DRAFT or RETURNED.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The assessment is not editable")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response deleteEvidence(@PathParam("id") String id, @PathParam("evidenceId") String evidenceId,
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        evidence.delete(Params.requiredLong("id", id), Params.requiredLong("evidenceId", evidenceId), ifMatch);
        return Response.noContent().build();
    }

    // ---- Excel -------------------------------------------------------------------------------------------------

    @GET
    @Path("/{id}/template.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DEPARTMENT_APPRAISER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER})
    @Operation(summary = "Excel template of this assessment", description = "Rows = indicators with code, criterion, name, unit, threshold, "
            + "current value; column H to fill, I note, J data source; a hidden, locked key column.")
    @APIResponse(responseCode = "200", description = "The workbook")
    public Response template(@PathParam("id") String id) {
        long assessmentId = Params.requiredLong("id", id);
        return Response.ok(excel.template(assessmentId), XLSX)
                .header("Content-Disposition", "attachment; filename=\"assessment-" + assessmentId + ".xlsx\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("/{id}/import")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Import a filled template", description = "All or nothing: if any row is refused nothing is written and the answer "
            + "(422) lists every refused row as rows[<row number>].<indicator code> with the reason; otherwise all values are written "
            + "in one transaction with one audit entry.")
    @APIResponse(responseCode = "200", description = "Imported; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", description = "Not this assessment's template or not a workbook")
    @APIResponse(responseCode = "409", description = "The assessment is not editable")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "Refused rows; nothing written")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response importValues(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] workbook) {
        ExcelExchange.ImportReport report = excel.importValues(Params.requiredLong("id", id), ifMatch, workbook);
        return ApiResponses.tagged(new ImportResult(report.rowsRead(), report.changed(), view(report.assessment())),
                report.assessment().version());
    }

    /** What an import wrote. */
    @Schema(name = "ImportResult")
    public record ImportResult(int rowsRead, List<String> indicatorsWritten, AssessmentView assessment) {
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    AssessmentView view(Assessment a) {
        return AssessmentView.of(a, units.byIdInTransaction(a.unitId()).name(), snapshots.byId(a.snapshotId()), evidence.of(a.id()));
    }

    /** The values as the domain takes them; values of the wrong JSON type go to {@code unreadable} (field → why). */
    static Map<String, ValueInput> inputs(Map<String, Requests.ValueInput> given, Map<String, String> unreadable) {
        Map<String, ValueInput> inputs = new LinkedHashMap<>();
        given.forEach((code, v) -> {
            try {
                inputs.put(code, new ValueInput(value(v.value()), v.note(), v.dataSource()));
            } catch (IllegalArgumentException e) {
                unreadable.put("values." + code, e.getMessage());
            }
        });
        return inputs;
    }

    static IndicatorValue value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isBoolean()) {
            return IndicatorValue.of(node.booleanValue());
        }
        if (node.isNumber()) {
            BigDecimal d = node.decimalValue();
            return IndicatorValue.of(d);
        }
        throw new IllegalArgumentException("must be true/false or a JSON number");
    }

    private static String asciiName(String name) {
        return name.replaceAll("[^A-Za-z0-9._ -]", "_");
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
