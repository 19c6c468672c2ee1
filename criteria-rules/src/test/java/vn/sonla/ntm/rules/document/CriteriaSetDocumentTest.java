package vn.sonla.ntm.rules.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.sonla.ntm.rules.Evaluation;
import vn.sonla.ntm.rules.IndicatorKind;
import vn.sonla.ntm.rules.IndicatorStatus;
import vn.sonla.ntm.rules.IndicatorValue;

class CriteriaSetDocumentTest {

    private static ThresholdDocument threshold(String comparator, String value) {
        return new ThresholdDocument(null, comparator, value == null ? null : new BigDecimal(value), null, "%",
                Provenance.reconstructed(null));
    }

    private static CriteriaSetDocument set(RecognitionRuleDocument rule, ThresholdDocument... transportThresholds) {
        IndicatorDocument roads = new IndicatorDocument("2.1", "Đường xã", "Commune roads", "%", IndicatorKind.PERCENT,
                Provenance.sourced("https://example.invalid/2-1"), List.of(transportThresholds));
        IndicatorDocument power = new IndicatorDocument("4.1", "Hệ thống điện", "Electricity", null, IndicatorKind.BOOLEAN,
                null, List.of(new ThresholdDocument(null, "achieved", null, null, null, null)));
        return new CriteriaSetDocument("ntm-test", 1, "DRAFT", "Bộ thử", "Test set", "BASIC", "2016-2020", null, null, null,
                rule, List.of(new GroupDocument("II", "Hạ tầng", "Infrastructure", List.of(
                new CriterionDocument("2", "Giao thông", "Transport", "sgtvt", null, List.of(roads)),
                new CriterionDocument("4", "Điện", "Electricity", "sct", null, List.of(power))))), null, null);
    }

    @Test
    void becomesRulesThatJudgeValuesInGroupOrder() {
        Evaluation e = set(RecognitionRuleDocument.allCriteria(), threshold(">=", "100"))
                .toRules().evaluate(null, Map.of("2.1", IndicatorValue.of("100"), "4.1", IndicatorValue.of(true)));
        assertThat(e.standardReached()).isTrue();
        assertThat(e.criteria()).extracting(c -> c.code()).containsExactly("2", "4");
    }

    @Test
    void aThresholdWhoseComparatorIsNotKnownYetJudgesNothing() {
        CriteriaSetDocument doc = set(RecognitionRuleDocument.allCriteria(), threshold(null, null));
        assertThat(doc.indicator("2.1").orElseThrow().thresholds().get(0).canJudge()).isFalse();
        Evaluation e = doc.toRules().evaluate(null, Map.of("2.1", IndicatorValue.of("100")));
        assertThat(e.indicators().get(0).status()).isEqualTo(IndicatorStatus.NO_THRESHOLD);
    }

    @Test
    void aNumericComparatorWithoutItsNumberIsNotDefined() {
        assertThat(threshold(">=", null).canJudge()).isFalse();
        assertThat(threshold(">=", "80").canJudge()).isTrue();
    }

    @Test
    void findsTheCriterionOwningAnIndicator() {
        assertThat(set(RecognitionRuleDocument.allCriteria()).criterionOf("4.1")).get()
                .extracting(CriterionDocument::departmentCode).isEqualTo("sct");
    }

    @Test
    void atLeastRulesNeedTheirMinimum() {
        assertThatThrownBy(() -> new RecognitionRuleDocument(RecognitionRuleDocument.Kind.AT_LEAST, null, null).toRule())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(set(RecognitionRuleDocument.atLeast(1), threshold(">=", "100")).toRules()
                .evaluate(null, Map.of("4.1", IndicatorValue.of(true))).standardReached()).isTrue();
    }
}
