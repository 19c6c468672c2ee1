package vn.sonla.ntm.gateway.decision;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client asks decision support. Amounts are whole đồng. */
public final class DecisionRequests {

    private DecisionRequests() {
    }

    @Schema(name = "DecisionBudgetSource", description = "What one source brings this year and the fields of spending it may pay for")
    public record BudgetSource(
            @NotBlank @Size(max = 40) @Schema(examples = "NSTW_DTPT") String sourceCode,
            @NotNull @PositiveOrZero @Max(1_000_000_000_000_000L) @Schema(examples = "20000000000") Long amount,
            @NotNull @Size(max = 100) List<@NotBlank @Size(max = 40) String> allowedFields) {
    }

    @Schema(name = "DecisionBudget")
    public record Budget(
            @NotEmpty @Size(max = 50) List<@Valid @NotNull BudgetSource> sources,
            @Min(0) @Max(100) @Schema(description = "The most infrastructure may take, in percent of the whole budget (plan 111: 'a part')")
            Integer infrastructureMaxSharePercent) {
    }

    @Schema(name = "DecisionProposalRequest", description = "Which communes and gaps a year's budget should close")
    public record Proposal(
            @NotNull @Min(2010) @Max(2100) @Schema(examples = "2020") Integer year,
            @NotBlank @Size(max = 100) @Schema(examples = "sonla-ntm-nang-cao-xa-2018-2020") String criteriaSetCode,
            @Pattern(regexp = "\\d{2}", message = "must be a 2-digit GSO province code") String provinceCode,
            @Pattern(regexp = "\\d{3}", message = "must be a 3-digit GSO district code") String districtCode,
            @NotNull @Valid Budget budget,
            @Size(max = 5000) List<@Pattern(regexp = "\\d{5}", message = "must be a commune code (5 digits)") String> pinned,
            @Size(max = 5000) List<@Pattern(regexp = "\\d{5}", message = "must be a commune code (5 digits)") String> excluded,
            @Schema(description = "Keep the proposal as a scenario in funding-service (coordinator, finance-planner)") Boolean save,
            @Size(max = 300) @Schema(examples = "Phương án ngân sách 2020 — ưu tiên xã thí điểm") String title) {
    }
}
