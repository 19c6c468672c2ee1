package vn.sonla.ntm.funding.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.sonla.ntm.funding.domain.SourceKind;
import vn.sonla.ntm.funding.domain.Totals;
import vn.sonla.ntm.funding.domain.UnitLevel;

/** The reports, as JSON; the Excel files lay out the same figures. All amounts are integer đồng. */
public final class ReportViews {

    private ReportViews() {
    }

    @Schema(name = "ReportUnit", description = "The unit a report is for, as it stood on the report's date")
    public record UnitHeader(String code, String name, UnitLevel level, LocalDate at) {
    }

    @Schema(name = "Amounts", description = "Integer đồng, net of reversals")
    public record Amounts(long planned, long allocated, long committed, long disbursed, long expended,
                          @Schema(description = "disbursed / allocated in percent; null when nothing is allocated")
                          BigDecimal disbursementRate) {

        public static Amounts of(Totals t) {
            return new Amounts(t.planned(), t.allocated(), t.committed(), t.disbursed(), t.expended(),
                    t.disbursementRate());
        }
    }

    @Schema(name = "MobilisationRow")
    public record SourceRow(String sourceCode, String nameVi, String nameEn, SourceKind kind, Amounts amounts,
                            @Schema(description = "share of the total planned, percent") BigDecimal shareOfPlanned,
                            @Schema(description = "share of the total disbursed, percent") BigDecimal shareOfDisbursed) {
    }

    @Schema(name = "KindSubtotal")
    public record KindRow(SourceKind kind, String nameVi, Amounts amounts, BigDecimal shareOfPlanned,
                          BigDecimal shareOfDisbursed) {
    }

    @Schema(name = "MobilisationReport", description = "Kết quả huy động nguồn lực: each source planned, allocated, "
            + "disbursed, with the budget / mobilised shares, for the approved plans of the unit and the units under it")
    public record Mobilisation(int year, UnitHeader unit, List<SourceRow> sources, List<KindRow> byKind, Amounts total,
                               OffsetDateTime generatedAt) {
    }

    @Schema(name = "ExecutionCommuneRow")
    public record CommuneRow(String code, String name, UnitLevel level, Amounts amounts) {
    }

    @Schema(name = "ExecutionDistrictRow")
    public record DistrictRow(String code, String name, UnitLevel level, Amounts amounts, List<CommuneRow> communes) {
    }

    @Schema(name = "ExecutionReport", description = "Plan vs allocated vs disbursed by district and commune, with the "
            + "disbursement rate. `planned` of a row is the plans made for that unit; `allocated` what reached it")
    public record Execution(int year, UnitHeader unit, Amounts ownLevel, List<DistrictRow> districts, Amounts total,
                            OffsetDateTime generatedAt) {
    }

    @Schema(name = "FieldRow")
    public record FieldRow(String fieldCode, String nameVi, String parentCode, boolean infrastructure,
                           String mappedCriterionCode, Amounts amounts, BigDecimal shareOfPlanned) {
    }

    @Schema(name = "CriterionRow")
    public record CriterionRow(@Schema(description = "null: lines tied to no criterion") String criterionCode,
                               Amounts amounts) {
    }

    @Schema(name = "InfrastructureShare")
    public record InfrastructureShare(Amounts amounts, BigDecimal shareOfPlanned, BigDecimal shareOfAllocated,
                                      BigDecimal shareOfDisbursed,
                                      @Schema(description = "the plan's own words (plan 111 IV.1)") String planWords,
                                      @Schema(description = "set by the coordination office; null until set")
                                      BigDecimal maxSharePercent, String guidanceDecisionRef,
                                      @Schema(description = "planned share within the maximum; null until a maximum is set")
                                      Boolean withinGuidance) {
    }

    @Schema(name = "SpendingReport", description = "Spending by field and by criterion, with the infrastructure share")
    public record Spending(int year, UnitHeader unit, List<FieldRow> fields, List<CriterionRow> criteria,
                           InfrastructureShare infrastructure, Amounts total, OffsetDateTime generatedAt) {
    }

    @Schema(name = "HistoryRow", description = "One year of one unit's records (the unit itself or a predecessor) by source")
    public record HistoryRow(int year, String originCode, String originName,
                             @Schema(description = "SELF, or the lineage kind of the predecessor: FULL, PARTIAL")
                             String origin, String sourceCode, String sourceNameVi, Amounts amounts) {
    }

    @Schema(name = "HistoryYear")
    public record HistoryYear(int year, Amounts amounts) {
    }

    @Schema(name = "PredecessorNote")
    public record Predecessor(String code, String name, LocalDate validFrom, LocalDate validTo, String kind) {
    }

    @Schema(name = "CommuneHistory", description = "A commune's funding across years, rolled forward through lineage: "
            + "a unit created in the 2025 merger includes its predecessors' records, labelled with the predecessor")
    public record History(UnitHeader unit, List<Predecessor> predecessors, List<HistoryRow> rows,
                          List<HistoryYear> years, List<FieldRow> fields, Amounts total, OffsetDateTime generatedAt) {
    }
}
