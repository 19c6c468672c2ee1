package vn.sonla.ntm.decision.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.sonla.ntm.decision.gap.GapCosting.Basis;
import vn.sonla.ntm.decision.gap.GapCosting.CommuneGapCost;
import vn.sonla.ntm.decision.gap.GapCosting.Estimate;
import vn.sonla.ntm.decision.gap.GapCosting.Mode;
import vn.sonla.ntm.decision.gap.GapCosting.SourceShare;
import vn.sonla.ntm.decision.gap.GapCosting.UnitCost;
import vn.sonla.ntm.decision.optimise.CommuneCase;
import vn.sonla.ntm.rules.Comparator;
import vn.sonla.ntm.rules.CriteriaSetRules;
import vn.sonla.ntm.rules.CriterionRule;
import vn.sonla.ntm.rules.Evaluation;
import vn.sonla.ntm.rules.IndicatorKind;
import vn.sonla.ntm.rules.IndicatorRule;
import vn.sonla.ntm.rules.IndicatorValue;
import vn.sonla.ntm.rules.RecognitionRule;
import vn.sonla.ntm.rules.Threshold;

/**
 * Hand-worked: 4 criteria, all required. Roads 74 % (≥ 80 %: 6 points short), no cultural house, 3 km of canals to
 * line (quantity estimate at 400 million per km), and a missing value for the market. Met: none of 2, 3, 5, 8 →
 * still needed 4; priced: 2 (6 × 150 = 900), 3 (lump sum 2 000), 5 (3 × 400 = 1 200); 8 unpriced (missing value).
 */
class GapCostingTest {

    static final long M = 1_000_000L;

    static IndicatorRule percent(String code, String min) {
        return new IndicatorRule(code, IndicatorKind.PERCENT, "%", List.of(new Threshold(null, Comparator.AT_LEAST, new BigDecimal(min), null, "%")));
    }

    static IndicatorRule achieved(String code) {
        return new IndicatorRule(code, IndicatorKind.BOOLEAN, null, List.of(new Threshold(null, Comparator.ACHIEVED, null, null, null)));
    }

    static final CriteriaSetRules RULES = new CriteriaSetRules(RecognitionRule.allCriteria(), List.of(
            CriterionRule.of("1", achieved("1.1")),
            CriterionRule.of("2", percent("2.1", "80")),
            CriterionRule.of("3", achieved("3.1")),
            CriterionRule.of("5", percent("5.1", "90")),
            CriterionRule.of("8", achieved("8.1"))));

    static final Evaluation EVALUATION = RULES.evaluate(null, Map.of("1.1", IndicatorValue.of(true), "2.1", IndicatorValue.of("74"),
            "3.1", IndicatorValue.of(false), "5.1", IndicatorValue.of("70")));

    static final Map<String, UnitCost> UNIT_COSTS = Map.of(
            "2.1", new UnitCost("2.1", Mode.PER_SHORTFALL_UNIT, 150 * M, "điểm %", "GIAO_THONG", "Đơn giá 2019"),
            "3.1", new UnitCost("3.1", Mode.LUMP_SUM, 2_000 * M, null, "VAN_HOA", "Đơn giá 2019"),
            "5.1", new UnitCost("5.1", Mode.PER_QUANTITY, 400 * M, "km", "THUY_LOI", "Đơn giá 2019"));

    @Test
    void pricesEachOpenIndicatorByEstimateThenUnitCostAndSaysHow() {
        Map<String, Estimate> estimates = Map.of("5.1", new Estimate("5.1", null, null, new BigDecimal("3"),
                List.of(new SourceShare("NSTW_DTPT", 70), new SourceShare("CONG_DONG", 30)), "kênh nội đồng"));

        CommuneGapCost cost = GapCosting.cost(EVALUATION, estimates, UNIT_COSTS);

        assertThat(cost.criteriaStillNeeded()).isEqualTo(4);
        assertThat(cost.criteria()).extracting(GapCosting.CriterionCost::criterionCode, GapCosting.CriterionCost::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2", 900 * M), org.assertj.core.groups.Tuple.tuple("3", 2_000 * M),
                        org.assertj.core.groups.Tuple.tuple("5", 1_200 * M), org.assertj.core.groups.Tuple.tuple("8", null));
        assertThat(cost.criteria().get(0).indicators().get(0).basis()).isEqualTo(Basis.UNIT_COST_SHORTFALL);
        assertThat(cost.criteria().get(0).indicators().get(0).howVi()).isEqualTo("thiếu 6 % × 150 triệu đồng = 900 triệu đồng");
        assertThat(cost.criteria().get(2).indicators().get(0).basis()).isEqualTo(Basis.ESTIMATE_QUANTITY_AT_UNIT_COST);
        assertThat(cost.criteria().get(2).indicators().get(0).sources()).hasSize(2);
        assertThat(cost.criteria().get(2).byField()).containsExactly(Map.entry("THUY_LOI", 1_200 * M));
        assertThat(cost.criteria().get(3).indicators().get(0).howVi()).isEqualTo("chưa có số liệu và chưa có ước tính");
        assertThat(cost.costToStandard()).isNull();
        assertThat(cost.costOfAllPriced()).isEqualTo(4_100 * M);
        assertThat(cost.criteriaUnpriced()).containsExactly("8");
        assertThat(cost.explanationVi()).isEqualTo("Còn thiếu 4 tiêu chí nhưng chỉ 3 tiêu chí có ước tính chi phí; chưa ước tính: tiêu chí 8.");
    }

    @Test
    void aDistrictAmountOverridesTheUnitCostAndTheCheapestCriteriaMakeTheCostToStandard() {
        Map<String, Estimate> estimates = Map.of(
                "2.1", new Estimate("2.1", "GIAO_THONG", 700 * M, null, List.of(), null),
                "8.1", new Estimate("8.1", "THUONG_MAI", 300 * M, null, List.of(), null));
        CriteriaSetRules atLeast = new CriteriaSetRules(RecognitionRule.atLeast(3), RULES.criteria());
        Evaluation e = atLeast.evaluate(null, Map.of("1.1", IndicatorValue.of(true), "2.1", IndicatorValue.of("74"),
                "3.1", IndicatorValue.of(false), "5.1", IndicatorValue.of("70")));

        CommuneGapCost cost = GapCosting.cost(e, estimates, UNIT_COSTS);

        assertThat(cost.criteriaStillNeeded()).isEqualTo(2);
        assertThat(cost.costToStandard()).isEqualTo(1_000 * M);
        assertThat(cost.criteriaForStandard()).containsExactly("8", "2");
        assertThat(cost.explanationVi()).isEqualTo("Còn thiếu 2 tiêu chí; chi phí thấp nhất để đạt chuẩn 1.000 triệu đồng (tiêu chí 8, 2).");
        assertThat(cost.criteria().stream().filter(c -> c.criterionCode().equals("5")).findFirst().orElseThrow().indicators().get(0).howVi())
                .isEqualTo("có đơn giá theo khối lượng nhưng huyện chưa ghi khối lượng");
        CommuneCase asCase = cost.toCase("04120", "Xã Chiềng Ban", true);
        assertThat(asCase.gaps()).extracting(g -> g.criterionCode()).containsExactly("2", "3", "8");
        assertThat(asCase.need()).isEqualTo(2);
        assertThat(asCase.unpriced()).containsExactly("5");
    }
}
