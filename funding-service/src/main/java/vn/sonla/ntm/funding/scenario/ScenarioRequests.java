package vn.sonla.ntm.funding.scenario;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** What clients send about scenarios. Amounts are whole đồng. */
public final class ScenarioRequests {

    static final long MAX = 1_000_000_000_000_000L;

    private ScenarioRequests() {
    }

    @Schema(name = "ScenarioBudgetSource", description = "One source of the year's budget and the fields it may pay for")
    public record BudgetSource(
            @NotBlank @Size(max = 40) @Schema(examples = "NSTW_DTPT") String sourceCode,
            @NotNull @PositiveOrZero @Max(MAX) @Schema(examples = "20000000000") Long amount,
            @NotNull @Size(max = 100) List<@NotBlank @Size(max = 40) String> allowedFields) {
    }

    @Schema(name = "ScenarioBudget")
    public record Budget(
            @NotEmpty @Size(max = 50) List<@Valid @NotNull BudgetSource> sources,
            @Min(0) @Max(100) @Schema(description = "The most infrastructure may take, in percent of the whole budget") Integer infrastructureMaxSharePercent) {
    }

    @Schema(name = "ScenarioLineInput", description = "Money for one criterion of one commune, in one field, from one source")
    public record Line(
            @NotBlank @Pattern(regexp = "\\d{5}", message = "must be a commune code (5 digits)") String recipientCode,
            @Size(max = 20) String criterionCode,
            @NotBlank @Size(max = 40) String fieldCode,
            @NotBlank @Size(max = 40) String sourceCode,
            @NotNull @Positive @Max(MAX) Long amount) {
    }

    @Schema(name = "ScenarioProposal", description = "A proposal to keep: its inputs, the optimiser's result (kept as given) and its lines")
    public record Proposal(
            @NotNull @Min(2010) @Max(2100) Integer year,
            @Pattern(regexp = "\\d{2}", message = "must be a province code (2 digits)") String provinceCode,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 4000) String note,
            @NotNull @Valid Budget budget,
            @Size(max = 5000) List<@NotNull @Pattern(regexp = "\\d{5}", message = "must be a commune code (5 digits)") String> pinned,
            @Size(max = 5000) List<@NotNull @Pattern(regexp = "\\d{5}", message = "must be a commune code (5 digits)") String> excluded,
            @Size(max = 100) String criteriaSetCode,
            @NotNull @Schema(description = "The optimiser's answer (scores, communes with their explanations, method)") JsonNode result,
            @NotNull @Size(max = 5000) List<@Valid @NotNull Line> lines) {
    }

    @Schema(name = "ScenarioDecision")
    public record Decision(@Size(max = 2000) String reason) {
    }

    @Schema(name = "ScenarioBooking", description = "Book the accepted scenario's draft allocations against an approved plan")
    public record Booking(
            @NotNull @Positive Long planId,
            @NotNull @Schema(examples = "2020-04-01") LocalDate date,
            @Size(max = 200) @Schema(examples = "456/QĐ-UBND") String documentRef) {
    }
}
