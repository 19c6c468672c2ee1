package vn.sonla.ntm.criteria.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sonla.ntm.rules.IndicatorKind;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;
import vn.sonla.ntm.rules.document.CriterionDocument;
import vn.sonla.ntm.rules.document.GroupDocument;
import vn.sonla.ntm.rules.document.IndicatorDocument;
import vn.sonla.ntm.rules.document.RecognitionRuleDocument;
import vn.sonla.ntm.rules.document.ThresholdDocument;

class CriteriaSetDiffTest {

    private static ThresholdDocument threshold(String communeClass, String comparator, String value) {
        return new ThresholdDocument(communeClass, comparator, value == null ? null : new BigDecimal(value), null, "%", null);
    }

    private static IndicatorDocument indicator(String code, String name, ThresholdDocument... thresholds) {
        return new IndicatorDocument(code, name, null, "%", IndicatorKind.PERCENT, null, List.of(thresholds));
    }

    private static CriteriaSetDocument set(String code, int version, RecognitionRuleDocument rule, CriterionDocument... criteria) {
        return new CriteriaSetDocument(code, version, null, "Bộ", null, "BASIC", null, null, null, null, rule,
                List.of(new GroupDocument("II", null, null, List.of(criteria))), null, null);
    }

    private final CriteriaSetDocument national = set("ntm-xa-2016-2020", 1, RecognitionRuleDocument.allCriteria(),
            new CriterionDocument("2", "Giao thông", null, "sgtvt", null, List.of(
                    indicator("2.1", "Đường xã", threshold(null, ">=", "100")),
                    indicator("2.2", "Đường trục thôn", threshold(null, ">=", "70")),
                    indicator("2.4", "Đường nội đồng", threshold(null, ">=", "50")))),
            new CriterionDocument("10", "Thu nhập", null, "snn", null, List.of()),
            new CriterionDocument("19", "Quốc phòng", null, "bchqs", null, List.of()));

    @Test
    void anOverlayIsComparedCodeByCode() {
        CriteriaSetDocument overlay = set("sonla-nang-cao", 2, RecognitionRuleDocument.atLeast(2),
                new CriterionDocument("2", "Giao thông nông thôn", null, "sgtvt", null, List.of(
                        indicator("2.1", "Đường xã", threshold(null, ">=", "100.0")),
                        indicator("2.2", "Đường trục bản", threshold(null, ">=", "80"), threshold("III", ">=", "60")),
                        indicator("2.5", "Rãnh thoát nước", threshold(null, "achieved", null)))),
                new CriterionDocument("10", "Thu nhập", null, "skhdt", null, List.of()),
                new CriterionDocument("20", "Du lịch", null, "svhttdl", null, List.of()));
        CriteriaSetDiff diff = CriteriaSetDiff.between(national, overlay);
        assertThat(diff.from().toString()).isEqualTo("ntm-xa-2016-2020 v1");
        assertThat(diff.criteriaAdded()).extracting(CriteriaSetDiff.Item::code).containsExactly("20");
        assertThat(diff.criteriaRemoved()).extracting(CriteriaSetDiff.Item::code).containsExactly("19");
        assertThat(diff.criteriaRenamed()).containsExactly(new CriteriaSetDiff.Renaming("2", "Giao thông", "Giao thông nông thôn", null, null));
        assertThat(diff.indicatorsAdded()).containsExactly(new CriteriaSetDiff.Item("2.5", "2", "Rãnh thoát nước"));
        assertThat(diff.indicatorsRemoved()).containsExactly(new CriteriaSetDiff.Item("2.4", "2", "Đường nội đồng"));
        assertThat(diff.indicatorsRenamed()).extracting(CriteriaSetDiff.Renaming::code).containsExactly("2.2");
        assertThat(diff.thresholdsChanged()).containsExactly(
                new CriteriaSetDiff.ThresholdChange("2.2", null, "≥ 70%", "≥ 80%"),
                new CriteriaSetDiff.ThresholdChange("2.2", "III", null, "≥ 60%"));
        assertThat(diff.departmentsReassigned()).containsExactly(new CriteriaSetDiff.Reassignment("10", "snn", "skhdt"));
        assertThat(diff.recognitionRuleChanged()).isEqualTo(new CriteriaSetDiff.RuleChange("all criteria met", "at least 2 criteria met"));
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void aVersionDiffersFromItselfInNothingAndEqualNumbersAreEqual() {
        assertThat(CriteriaSetDiff.between(national, national).isEmpty()).isTrue();
    }

    @Test
    void aThresholdStillUnknownIsDescribedAsSuch() {
        assertThat(CriteriaSetDiff.describe(threshold(null, null, null))).isEqualTo("not defined (comparator unknown)");
        assertThat(CriteriaSetDiff.describe(threshold(null, ">=", null))).isEqualTo("not defined (>= ?)");
    }
}
