package vn.sonla.ntm.assessment.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import vn.sonla.ntm.assessment.domain.RecognitionLevel;
import vn.sonla.ntm.assessment.domain.RoadmapStatus;
import vn.sonla.ntm.assessment.domain.TargetKind;
import vn.sonla.ntm.assessment.domain.Verdict;

/** Request bodies of the assessment service. */
final class Requests {

    private Requests() {
    }

    @Schema(name = "NewAssessment")
    record NewAssessment(@NotBlank @Schema(examples = "04120") String unitCode,
                         @NotNull @Min(2010) @Max(2100) @Schema(examples = "2020") Integer year,
                         @NotBlank @Schema(examples = "ntm-xa-2016-2020") String criteriaSetCode,
                         @NotNull @Min(1) @Schema(examples = "1") Integer criteriaSetVersion,
                         @Schema(description = "commune class for class-specific thresholds (optional)") String communeClass) {
    }

    @Schema(name = "IndicatorValueInput")
    record ValueInput(@Schema(description = "true/false, or a JSON number (kept as an exact decimal); null: not known yet",
                              implementation = Object.class, examples = "82.5") JsonNode value,
                      @Size(max = 2000) String note,
                      @Size(max = 500) @Schema(examples = "Báo cáo UBND xã 12/2020") String dataSource) {
    }

    @Schema(name = "AssessmentValues", description = "The whole values map: indicators left out are cleared")
    record Values(@NotNull Map<String, @NotNull @Valid ValueInput> values) {
    }

    @Schema(name = "AppraisalInput")
    record AppraisalInput(@NotBlank @Schema(examples = "2") String criterionCode, @NotNull Verdict verdict,
                          @Size(max = 2000) @Schema(description = "mandatory when DISAGREE") String comment) {
    }

    @Schema(name = "ReturnInput")
    record ReturnInput(@NotBlank @Size(max = 2000) @Schema(examples = "Chỉ tiêu 2.1 thiếu biên bản nghiệm thu") String reason) {
    }

    @Schema(name = "RecognitionDecision")
    record DecisionInput(@NotBlank @Size(max = 100) @Schema(examples = "2345/QĐ-UBND") String decisionNumber,
                         @NotNull @Schema(examples = "2020-12-15") LocalDate decisionDate,
                         @NotBlank @Size(max = 200) @Schema(examples = "UBND tỉnh Sơn La") String issuingBody) {
    }

    @Schema(name = "BulkTransition")
    record Bulk(@NotEmpty @Size(max = 500) List<@NotNull Long> ids,
                @Schema(description = "return: mandatory reason") String reason,
                @Schema(description = "recognise: the decision") String decisionNumber, LocalDate decisionDate, String issuingBody) {
    }

    @Schema(name = "RevocationInput")
    record Revocation(@NotNull LocalDate revokedOn, @Size(max = 100) String decisionNumber, @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "PilotInput")
    record Pilot(@NotBlank @Schema(examples = "04072") String unitCode,
                 @Schema(description = "the day whose unit carries the code; default today") LocalDate at,
                 @NotBlank @Size(max = 500) @Schema(examples = "Quyết định số .../QĐ-UBND") String basis) {
    }

    @Schema(name = "ReasonInput")
    record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "NewPlan")
    record NewPlan(@NotBlank @Size(max = 60) @Schema(examples = "203/KH-UBND") String code, @NotBlank String title,
                   @NotBlank @Schema(examples = "14") String provinceCode, @NotNull Integer startYear, @NotNull Integer endYear,
                   String criteriaSetCode, LocalDate issuedOn, String source, List<@NotNull @Valid NewTarget> targets) {
    }

    @Schema(name = "NewTarget")
    record NewTarget(@NotBlank @Size(max = 60) String code, @NotNull TargetKind kind, @NotBlank String description,
                     @Schema(description = "RECOGNISED_COUNT: the level counted") RecognitionLevel level,
                     @Schema(description = "MIN_CRITERIA_MET: communes whose highest level is this") RecognitionLevel populationLevel,
                     @Schema(description = "MIN_CRITERIA_MET: default the plan's set") String criteriaSetCode,
                     @NotNull @Min(1) Integer minimum, @NotNull LocalDate deadline, String source) {
    }

    @Schema(name = "RoadmapInput")
    record Roadmap(@NotNull Integer targetYear, @NotNull RoadmapStatus status, @Size(max = 2000) String note,
                   List<@NotNull @Valid Milestone> milestones) {
    }

    @Schema(name = "MilestoneInput")
    record Milestone(@NotBlank String title, @NotNull LocalDate dueDate, LocalDate doneOn) {
    }

    @Schema(name = "NewObstacle")
    record NewObstacle(@NotBlank @Schema(examples = "04120") String unitCode, @Schema(examples = "2") String criterionCode,
                       @NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 5000) String description) {
    }

    @Schema(name = "ObstacleAnswer")
    record Answer(@NotBlank @Size(max = 5000) String answer) {
    }
}
