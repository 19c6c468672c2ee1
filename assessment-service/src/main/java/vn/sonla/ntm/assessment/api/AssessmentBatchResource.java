package vn.sonla.ntm.assessment.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.sonla.ntm.assessment.application.AssessmentBatches;
import vn.sonla.ntm.assessment.domain.Assessment;
import vn.sonla.ntm.assessment.domain.ValueInput;
import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.Roles;

/**
 * Many assessments per request, all or nothing (ADR 0071): a district opening its communes' assessments with their
 * values, submitting them, a department giving its verdicts on many communes, the coordination office returning or
 * recognising many. Same rules, scopes, versions and audit entries as the single endpoints.
 */
@Path("/api/v1/assessments/batch")
@Tag(name = "assessments", description = "Commune × criteria-set version × year: values, evaluation, gap, workflow")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentBatchResource {

    @Inject
    AssessmentBatches batches;

    @Schema(name = "NewAssessmentItem")
    public record NewItem(@NotBlank @Schema(examples = "04120") String unitCode,
                          @NotNull @Min(2010) @Max(2100) @Schema(examples = "2020") Integer year,
                          @NotBlank @Schema(examples = "ntm-xa-2016-2020") String criteriaSetCode,
                          @NotNull @Min(1) @Schema(examples = "1") Integer criteriaSetVersion,
                          String communeClass,
                          @Schema(description = "indicatorCode → value, as in PUT /assessments/{id}; may be empty")
                          Map<String, Requests.@NotNull @Valid ValueInput> values) {
    }

    @Schema(name = "NewAssessmentBatch")
    public record NewBatch(@NotEmpty @Size(max = 1000) List<@NotNull @Valid NewItem> items) {
    }

    @Schema(name = "TransitionItem", description = "An assessment and the version (ETag) the caller read")
    public record Item(@NotNull Long id, @Schema(description = "the If-Match of the single endpoint; required") Long version) {
    }

    @Schema(name = "TransitionBatch")
    public record Batch(@NotEmpty @Size(max = 2000) List<@NotNull @Valid Item> items) {
    }

    @Schema(name = "AppraisalBatchItem", description = "One department's verdicts on one assessment")
    public record AppraisalItem(@NotNull Long id, @Schema(description = "optional, checked when given") Long version,
                                @NotEmpty @Size(max = 100) List<Requests.@NotNull @Valid AppraisalInput> verdicts) {
    }

    @Schema(name = "AppraisalBatch")
    public record AppraisalBatch(@NotEmpty @Size(max = 2000) List<@NotNull @Valid AppraisalItem> items) {
    }

    @Schema(name = "ReturnBatchItem")
    public record ReturnItem(@NotNull Long id, Long version, @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "ReturnBatch")
    public record ReturnBatch(@NotEmpty @Size(max = 2000) List<@NotNull @Valid ReturnItem> items) {
    }

    @Schema(name = "RecognitionBatchItem")
    public record RecognitionItem(@NotNull Long id, Long version, @NotBlank @Size(max = 100) String decisionNumber,
                                  @NotNull LocalDate decisionDate, @NotBlank @Size(max = 200) String issuingBody) {
    }

    @Schema(name = "RecognitionBatch")
    public record RecognitionBatch(@NotEmpty @Size(max = 2000) List<@NotNull @Valid RecognitionItem> items) {
    }

    @Schema(name = "AssessmentBatchResult")
    public record Result(int count, List<AssessmentBatches.Outcome> items) {
        static Result of(List<AssessmentBatches.Outcome> outcomes) {
            return new Result(outcomes.size(), outcomes);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Open many assessments with their values", description = "Up to 1 000 assessments (commune × published set "
            + "version × year), each with its values, in one transaction: the rules of POST /assessments and PUT /assessments/{id} "
            + "apply to every item (scope, one assessment per commune × set version × year, values against the snapshot). Any "
            + "refusal refuses the batch, naming items[i]; nothing is written. One audit entry per assessment (assessment.open, "
            + "with the values).")
    @APIResponse(responseCode = "201", description = "Opened in DRAFT; ids and versions in order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Result.class)))
    @APIResponse(responseCode = "400", description = "An item is invalid (items[i].field); nothing written", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "An item is outside your scope; nothing written", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An item's assessment exists already; nothing written", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A set version is unknown or not published", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response open(@Valid @NotNull NewBatch body) {
        List<AssessmentBatches.NewAssessment> items = body.items().stream().map(i -> {
            Map<String, String> unreadable = new LinkedHashMap<>();
            Map<String, ValueInput> values = AssessmentResource.inputs(i.values() == null ? Map.of() : i.values(), unreadable);
            return new AssessmentBatches.NewAssessment(i.unitCode().trim(), i.year(), i.criteriaSetCode().trim(), i.criteriaSetVersion(),
                    i.communeClass(), values, unreadable);
        }).toList();
        return Response.status(201).entity(Result.of(batches.open(items))).build();
    }

    @POST
    @Path("/submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Submit many assessments", description = "All or nothing; each item as POST /assessments/{id}/submit with its "
            + "version as If-Match (428 without, 412 stale).")
    @APIResponse(responseCode = "200", description = "Submitted; new versions")
    @APIResponse(responseCode = "403", description = "An item is not yours to submit; nothing written")
    @APIResponse(responseCode = "404", description = "An item names no assessment; nothing written")
    @APIResponse(responseCode = "409", description = "An item is not DRAFT or RETURNED; nothing written")
    @APIResponse(responseCode = "412", description = "An item's version is stale; nothing written")
    @APIResponse(responseCode = "428", description = "An item has no version; nothing written")
    public Result submit(@Valid @NotNull Batch body) {
        return Result.of(batches.submit(body.items().stream().map(i -> new AssessmentBatches.Item(i.id(), i.version())).toList()));
    }

    @POST
    @Path("/appraisals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT_APPRAISER)
    @Operation(summary = "Give a department's verdicts on many assessments", description = "All or nothing; each verdict as POST "
            + "/assessments/{id}/appraisals (only criteria the department owns in the snapshot; a comment on DISAGREE). One audit entry "
            + "per assessment with every verdict in its reason.")
    @APIResponse(responseCode = "200", description = "Recorded; new states and versions")
    @APIResponse(responseCode = "400", description = "Unknown criterion, or DISAGREE without comment; nothing written")
    @APIResponse(responseCode = "403", description = "A criterion is another department's; nothing written")
    @APIResponse(responseCode = "409", description = "An item is not SUBMITTED or IN_APPRAISAL; nothing written")
    public Result appraise(@Valid @NotNull AppraisalBatch body) {
        return Result.of(batches.appraise(body.items().stream().map(i -> new AssessmentBatches.Verdicts(i.id(), i.version(),
                i.verdicts().stream().map(v -> new Assessment.VerdictGiven(v.criterionCode(), v.verdict(), v.comment())).toList())).toList()));
    }

    @POST
    @Path("/returns")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Return many assessments for correction", description = "All or nothing; each item as POST /assessments/{id}/return.")
    @APIResponse(responseCode = "200", description = "Returned; new versions")
    @APIResponse(responseCode = "409", description = "An item is not returnable; nothing written")
    @APIResponse(responseCode = "412", description = "An item's version is stale; nothing written")
    public Result returnForCorrection(@Valid @NotNull ReturnBatch body) {
        return Result.of(batches.returnForCorrection(body.items().stream()
                .map(i -> new AssessmentBatches.ReturnItem(i.id(), i.version(), i.reason())).toList()));
    }

    @POST
    @Path("/recognitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Recognise many communes", description = "All or nothing; each item as POST /assessments/{id}/recognise: only "
            + "APPRAISED, every verdict AGREE, the standard reached; one recognition per item at the set's level.")
    @APIResponse(responseCode = "200", description = "Recognised; recognition ids in the items")
    @APIResponse(responseCode = "409", description = "An item is not APPRAISED; nothing written")
    @APIResponse(responseCode = "412", description = "An item's version is stale; nothing written")
    @APIResponse(responseCode = "422", description = "An item cannot be recognised (each reason listed); nothing written")
    public Result recognise(@Valid @NotNull RecognitionBatch body) {
        return Result.of(batches.recognise(body.items().stream().map(i -> new AssessmentBatches.RecognitionItem(i.id(), i.version(),
                i.decisionNumber(), i.decisionDate(), i.issuingBody())).toList()));
    }
}
