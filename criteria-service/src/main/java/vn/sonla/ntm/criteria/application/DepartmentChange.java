package vn.sonla.ntm.criteria.application;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A department to add ({@code code} required) or the new state of one ({@code code} absent or equal to the path). */
@Schema(name = "DepartmentChange")
public record DepartmentChange(
        @Size(max = 16) @Pattern(regexp = "[a-z0-9]+", message = "must be lower-case letters and digits") @Schema(examples = "snnmt") String code,
        @NotBlank @Size(max = 200) @Schema(examples = "Sở Nông nghiệp và Môi trường") String nameVi,
        @Size(max = 200) @Schema(examples = "Department of Agriculture and Environment") String nameEn,
        @NotNull @Schema(examples = "2025-03-01") LocalDate validFrom,
        @Schema(description = "Last day the department exists; null while it does") LocalDate validTo) {
}
