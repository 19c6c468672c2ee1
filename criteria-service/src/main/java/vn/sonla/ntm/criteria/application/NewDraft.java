package vn.sonla.ntm.criteria.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.sonla.ntm.rules.document.LegalBasis;
import vn.sonla.ntm.rules.document.Provenance;
import vn.sonla.ntm.rules.document.RecognitionRuleDocument;

/** An empty draft (version 1) of a new criteria set; its groups are added by editing it. */
@Schema(name = "NewDraft", description = "A new criteria set: its version 1, empty, as a draft")
public record NewDraft(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case letters and digits joined by hyphens")
        @Schema(examples = "sonla-ntm-nang-cao-xa-2021-2025", required = true) String code,
        @NotBlank @Size(max = 500) @Schema(required = true) String nameVi,
        @Size(max = 500) String nameEn,
        @NotBlank @Pattern(regexp = "BASIC|ADVANCED|MODEL", message = "must be one of BASIC, ADVANCED, MODEL")
        @Schema(enumeration = {"BASIC", "ADVANCED", "MODEL"}, required = true) String level,
        @Size(max = 32) String period,
        @Size(max = 200) String region,
        @Valid LegalBasis legalBasis,
        RecognitionRuleDocument recognitionRule,
        Provenance provenance,
        String notes) {
}
