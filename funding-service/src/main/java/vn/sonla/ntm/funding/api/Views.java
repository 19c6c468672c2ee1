package vn.sonla.ntm.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.sonla.ntm.funding.domain.Allocation;
import vn.sonla.ntm.funding.domain.AllocationBalance;
import vn.sonla.ntm.funding.domain.CapitalPlan;
import vn.sonla.ntm.funding.domain.FundingSource;
import vn.sonla.ntm.funding.domain.InfrastructureGuidance;
import vn.sonla.ntm.funding.domain.LedgerTransaction;
import vn.sonla.ntm.funding.domain.PlanLine;
import vn.sonla.ntm.funding.domain.PlanStatus;
import vn.sonla.ntm.funding.domain.SourceKind;
import vn.sonla.ntm.funding.domain.SpendingField;
import vn.sonla.ntm.funding.domain.TransactionType;
import vn.sonla.ntm.funding.domain.UnitLevel;
import vn.sonla.ntm.funding.domain.Valuation;
import vn.sonla.ntm.funding.domain.ValuationMethod;

/** What the API answers; built from the domain, never the entities themselves. Amounts are integer đồng. */
final class Views {

    private Views() {
    }

    @Schema(name = "FundingSource")
    record SourceView(@Schema(examples = "NSTW_DTPT") String code,
                      @Schema(examples = "Ngân sách Trung ương - vốn đầu tư phát triển") String nameVi,
                      @Schema(examples = "Central budget - development investment") String nameEn,
                      SourceKind kind, ValuationMethod valuation, String quantityUnit,
                      @Schema(description = "How contributions of this source are valued") String valuationRule,
                      String note, LocalDate validFrom,
                      @Schema(description = "null: still in force") LocalDate validTo, long version) {
        static SourceView of(FundingSource s) {
            return new SourceView(s.code(), s.nameVi(), s.nameEn(), s.kind(), s.valuation(), s.quantityUnit(),
                    s.valuationRule(), s.note(), s.validFrom(), s.validTo(), s.version());
        }
    }

    @Schema(name = "SpendingField")
    record FieldView(@Schema(examples = "HT_GIAO_THONG") String code, @Schema(examples = "Giao thông") String nameVi,
                     @Schema(examples = "Transport") String nameEn, String parentCode, boolean infrastructure,
                     @Schema(description = "Criterion of the national set 1980/QĐ-TTg", examples = "2") String criterionCode,
                     @Schema(description = "Where the criterion tie comes from (reconstructed)") String criterionBasis) {
        static FieldView of(SpendingField f) {
            return new FieldView(f.code(), f.nameVi(), f.nameEn(), f.parentCode(), f.infrastructure(), f.criterionCode(),
                    f.criterionBasis());
        }
    }

    @Schema(name = "InfrastructureGuidance")
    record GuidanceView(String planWords, BigDecimal maxSharePercent, String decisionRef, String setBy,
                        OffsetDateTime setAt, long version) {
        static GuidanceView of(InfrastructureGuidance g) {
            return new GuidanceView(g.planWords(), g.maxSharePercent(), g.decisionRef(), g.setBy(), g.setAt(), g.version());
        }
    }

    @Schema(name = "ValuationView")
    record ValuationView(BigDecimal quantity, String unit, Long unitValue, String basis) {
        static ValuationView of(Valuation v) {
            return v == null ? null : new ValuationView(v.quantity().setScale(2, java.math.RoundingMode.HALF_UP), v.unit(),
                    v.unitValue(), v.basis());
        }
    }

    @Schema(name = "PlanLine")
    record LineView(long id, int lineNo, String sourceCode, String fieldCode, String criterionCode,
                    @Schema(examples = "2500000000") long amount, ValuationView valuation, String note) {
        static LineView of(PlanLine l) {
            return new LineView(l.id(), l.lineNo(), l.sourceCode(), l.fieldCode(), l.criterionCode(), l.amount(),
                    ValuationView.of(l.valuation()), l.note());
        }
    }

    @Schema(name = "PlanUnit")
    record PlanUnitView(String code, String name, UnitLevel level,
                        @Schema(description = "the date the unit is taken at") LocalDate date, String districtCode,
                        String districtName, String provinceCode) {
    }

    @Schema(name = "DecisionView")
    record DecisionView(String number, LocalDate date, String issuer) {
    }

    @Schema(name = "CapitalPlan")
    record PlanView(long id, int year, PlanUnitView unit, int revisionNo, Long revisionOf, PlanStatus status,
                    String title, String note, DecisionView decision, String approvedBy, OffsetDateTime approvedAt,
                    Long supersededBy, String createdBy, OffsetDateTime createdAt, long total, List<LineView> lines,
                    long version) {
        static PlanView of(CapitalPlan p) {
            var u = p.unit();
            var d = p.decision();
            return new PlanView(p.id(), p.year(), new PlanUnitView(u.code(), u.name(), u.level(), u.date(),
                    u.districtCode(), u.districtName(), u.provinceCode()), p.revisionNo(), p.revisionOfId(), p.status(),
                    p.title(), p.note(), d == null || d.number() == null ? null : new DecisionView(d.number(), d.date(), d.issuer()),
                    p.approvedBy(), p.approvedAt(), p.supersededById(), p.createdBy(), p.createdAt(), p.total(),
                    p.lines().stream().map(LineView::of).toList(), p.version());
        }
    }

    @Schema(name = "Balance", description = "Net of reversals; available = allocated − disbursed")
    record BalanceView(long allocated, long committed, long disbursed, long expended, long available) {
        static BalanceView of(AllocationBalance b) {
            return b == null ? null : new BalanceView(b.allocated(), b.committed(), b.disbursed(), b.expended(), b.available());
        }
    }

    @Schema(name = "Allocation")
    record AllocationView(long id, long planLineId, long firstPlanLineId,
                          @Schema(description = "set on a reversal entry: the allocation it reduces") Long reverses,
                          int year, String sourceCode, String fieldCode, String criterionCode, String recipientCode,
                          String recipientName, UnitLevel recipientLevel, String recipientDistrictCode,
                          LocalDate unitDate, long amount, LocalDate date, String documentRef, String note,
                          String createdBy, OffsetDateTime createdAt, BalanceView balance) {
        static AllocationView of(Allocation a, AllocationBalance b) {
            return new AllocationView(a.id(), a.planLineId(), a.firstPlanLineId(), a.reversesId(), a.year(),
                    a.sourceCode(), a.fieldCode(), a.criterionCode(), a.recipientCode(), a.recipientName(),
                    a.recipientLevel(), a.recipientDistrictCode(), a.unitDate(), a.amount(), a.entryDate(),
                    a.documentRef(), a.note(), a.createdBy(), a.createdAt(), BalanceView.of(b));
        }
    }

    @Schema(name = "Transaction")
    record TransactionView(long id, long allocationId, TransactionType type,
                           @Schema(description = "set on a reversal entry: the transaction it reverses") Long reverses,
                           long amount, LocalDate date, String documentRef,
                           @Schema(description = "a disbursement beyond the allocation, accepted by a coordinator")
                           boolean overDisbursement, String justification, ValuationView valuation, String note,
                           String createdBy, OffsetDateTime createdAt) {
        static TransactionView of(LedgerTransaction t) {
            return new TransactionView(t.id(), t.allocationId(), t.type(), t.reversesId(), t.amount(), t.entryDate(),
                    t.documentRef(), t.overDisbursement(), t.justification(), ValuationView.of(t.valuation()), t.note(),
                    t.createdBy(), t.createdAt());
        }
    }
}
