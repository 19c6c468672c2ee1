package vn.sonla.ntm.funding.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.sonla.ntm.funding.domain.Amount;
import vn.sonla.ntm.funding.domain.SourceKind;
import vn.sonla.ntm.funding.domain.TransactionType;
import vn.sonla.ntm.funding.domain.ValuationMethod;

/** What callers ask the funding service to do: the request bodies, validated before anything is read or written. */
public final class Commands {

    static final String AMOUNT_TOO_LARGE = "must not exceed 10^15 đồng (1,000,000,000,000,000)";
    static final String AMOUNT_NOT_POSITIVE = "must be a positive whole number of đồng";

    private Commands() {
    }

    @Schema(name = "Valuation", description = "How a labour, land or in-kind contribution was valued: amount = quantity × unitValue")
    public record ValuationInput(
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @DecimalMax(value = "1000000000000", message = "is not a plausible quantity")
            @Schema(examples = "1200") BigDecimal quantity,
            @NotBlank @Size(max = 40) @Schema(examples = "ngày công") String unit,
            @NotNull @Positive @Max(value = Amount.MAX, message = AMOUNT_TOO_LARGE)
            @Schema(description = "đồng per unit", examples = "150000") Long unitValue,
            @NotBlank @Size(max = 1000)
            @Schema(examples = "Đơn giá ngày công lao động phổ thông theo Quyết định của UBND huyện Mai Sơn") String basis) {
    }

    @Schema(name = "PlanLineInput")
    public record PlanLineInput(
            @NotBlank @Size(max = 40) @Schema(description = "A funding-source code (GET /api/v1/funding-sources)", examples = "NSTW_DTPT") String sourceCode,
            @NotBlank @Size(max = 40) @Schema(description = "A field-of-spending code (GET /api/v1/spending-fields)", examples = "SAN_XUAT") String fieldCode,
            @Pattern(regexp = "\\d{1,2}", message = "must be a criterion number of the catalogue, e.g. 2")
            @Schema(description = "Optional criterion of the national catalogue", examples = "10") String criterionCode,
            @NotNull @Positive(message = AMOUNT_NOT_POSITIVE) @Max(value = Amount.MAX, message = AMOUNT_TOO_LARGE)
            @Schema(description = "Integer đồng", examples = "2500000000") Long amount,
            @Valid ValuationInput valuation,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "PlanDraft", description = "A new capital plan (revision 0), recorded as a draft")
    public record PlanDraft(
            @NotNull @Min(2010) @Max(2100) @Schema(examples = "2020") Integer year,
            @NotBlank @Pattern(regexp = "\\d{2}|\\d{3}|\\d{5}", message = "must be a GSO unit code (2, 3 or 5 digits)")
            @Schema(examples = "125") String unitCode,
            @Schema(description = "The date the unit is taken at (default 1 January of the year); must fall in the year",
                    examples = "2020-01-01") LocalDate unitDate,
            @Size(max = 300) @Schema(examples = "Kế hoạch vốn xây dựng NTM nâng cao năm 2020") String title,
            @Size(max = 4000) String note,
            @NotEmpty @Size(max = 500) List<@Valid @NotNull PlanLineInput> lines) {
    }

    @Schema(name = "PlanRedraft", description = "The new texts and lines of a draft")
    public record PlanRedraft(
            @Size(max = 300) String title,
            @Size(max = 4000) String note,
            @NotEmpty @Size(max = 500) List<@Valid @NotNull PlanLineInput> lines) {
    }

    @Schema(name = "PlanRevisionInput", description = "A revision of an approved plan; without lines it starts as a copy")
    public record PlanRevision(
            @Size(max = 300) String title,
            @Size(max = 4000) @Schema(examples = "Điều chỉnh kế hoạch vốn theo Nghị quyết HĐND tỉnh") String note,
            @Size(max = 500) List<@Valid @NotNull PlanLineInput> lines) {
    }

    @Schema(name = "Approval", description = "The decision approving a plan")
    public record ApprovalInput(
            @NotBlank @Size(max = 100) @Schema(examples = "1234/QĐ-UBND") String decisionNumber,
            @NotNull @Schema(examples = "2020-03-15") LocalDate decisionDate,
            @NotBlank @Size(max = 200) @Schema(examples = "UBND tỉnh Sơn La") String issuer) {
    }

    @Schema(name = "AllocationInput")
    public record AllocationInput(
            @NotBlank @Pattern(regexp = "\\d{3}|\\d{5}", message = "must be a district (3 digits) or commune (5 digits) code")
            @Schema(examples = "04120") String recipientCode,
            @NotNull @Positive(message = AMOUNT_NOT_POSITIVE) @Max(value = Amount.MAX, message = AMOUNT_TOO_LARGE)
            @Schema(examples = "800000000") Long amount,
            @NotNull @Schema(description = "Date of the allocation decision", examples = "2020-04-01") LocalDate date,
            @Size(max = 200) @Schema(examples = "456/QĐ-UBND") String documentRef,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "ReversalInput", description = "Reverses an entry, fully (no amount) or partly; once per entry")
    public record ReversalInput(
            @Positive(message = AMOUNT_NOT_POSITIVE) @Max(value = Amount.MAX, message = AMOUNT_TOO_LARGE)
            @Schema(description = "Default: the whole entry", examples = "100000000") Long amount,
            @NotNull @Schema(examples = "2020-06-30") LocalDate date,
            @Size(max = 200) @Schema(examples = "78/QĐ-UBND") String documentRef,
            @NotBlank @Size(max = 2000) @Schema(examples = "Thu hồi vốn do công trình điều chỉnh quy mô") String reason) {
    }

    @Schema(name = "TransactionInput")
    public record TransactionInput(
            @NotNull @Schema(examples = "DISBURSEMENT") TransactionType type,
            @NotNull @Positive(message = AMOUNT_NOT_POSITIVE) @Max(value = Amount.MAX, message = AMOUNT_TOO_LARGE)
            @Schema(examples = "300000000") Long amount,
            @NotNull @Schema(examples = "2020-05-20") LocalDate date,
            @NotBlank @Size(max = 200) @Schema(description = "The voucher (chứng từ)", examples = "GRN-2020-0142") String documentRef,
            @Valid ValuationInput valuation,
            @Size(max = 2000) @Schema(description = "Required for a coordinator's over-disbursement") String justification,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "FundingSourceInput")
    public record SourceInput(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be upper-case letters, digits and _")
            @Schema(examples = "QUY_VI_NGUOI_NGHEO") String code,
            @NotBlank @Size(max = 200) @Schema(examples = "Quỹ Vì người nghèo") String nameVi,
            @NotBlank @Size(max = 200) @Schema(examples = "Fund for the Poor") String nameEn,
            @NotNull SourceKind kind,
            @NotNull ValuationMethod valuation,
            @Size(max = 40) String quantityUnit,
            @Size(max = 1000) String valuationRule,
            @Size(max = 2000) String note,
            @Min(0) @Max(100000) Integer sortOrder,
            @NotNull @Schema(examples = "2021-01-01") LocalDate validFrom) {
    }

    @Schema(name = "RetireInput")
    public record RetireInput(
            @NotNull @Schema(description = "Last day records may use the source", examples = "2025-12-31") LocalDate lastDay,
            @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "GuidanceInput", description = "The maximum infrastructure share set by the coordination office; null clears it")
    public record GuidanceInput(
            @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @DecimalMax(value = "100", message = "must be at most 100")
            @Schema(examples = "30") BigDecimal maxSharePercent,
            @Size(max = 200) @Schema(examples = "Công văn 123/VPĐP") String decisionRef) {
    }
}
