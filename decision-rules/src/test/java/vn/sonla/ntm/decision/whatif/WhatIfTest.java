package vn.sonla.ntm.decision.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.sonla.ntm.decision.whatif.WhatIf.Change;
import vn.sonla.ntm.decision.whatif.WhatIf.CommuneOutcome;
import vn.sonla.ntm.decision.whatif.WhatIf.CommuneValues;
import vn.sonla.ntm.decision.whatif.WhatIf.Reason;
import vn.sonla.ntm.rules.IndicatorKind;
import vn.sonla.ntm.rules.IndicatorStatus;
import vn.sonla.ntm.rules.IndicatorValue;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;
import vn.sonla.ntm.rules.document.CriterionDocument;
import vn.sonla.ntm.rules.document.GroupDocument;
import vn.sonla.ntm.rules.document.IndicatorDocument;
import vn.sonla.ntm.rules.document.RecognitionRuleDocument;
import vn.sonla.ntm.rules.document.SetReference;
import vn.sonla.ntm.rules.document.ThresholdDocument;

/**
 * Hand-worked: the old set (v1, all 3 criteria) has roads ≥ 70 %, a cultural house (achieved) and ≥ 5 cooperatives.
 * The new set (v2, at least 1 of 2 criteria) raises roads to ≥ 80 %, adds clean water ≥ 50 % to criterion 2 and drops
 * the cooperatives. Worked out on paper:
 * <ul>
 *   <li>A: roads 75, house yes, cooperatives 6 → v1 3/3 reached; v2: 1 not met (75 < 80), 2 incomplete (water missing) → 0/2,
 *   needs 1 → LOSES, causes 2.1... no: 1.1 threshold raised, 2.2 new and missing.</li>
 *   <li>B: roads 85, house yes, cooperatives 2 → v1 2/3 short (3.1 not met); v2: 1 met → 1/2 ≥ 1 → GAINS, causes: 3.1 dropped.</li>
 *   <li>C: roads 90, house yes, cooperatives 9, water 60 → v1 3/3, v2 2/2 → STILL_REACHES, no causes.</li>
 *   <li>D: roads 60, house no, cooperatives 1 → v1 0/3, v2 0/2 → STILL_SHORT; 1.1 not met in both (no cause),
 *   3.1 dropped while unmet (a cause, but not enough), water missing because new.</li>
 * </ul>
 */
class WhatIfTest {

    static ThresholdDocument t(String comparator, String value) {
        return new ThresholdDocument(null, comparator, value == null ? null : new BigDecimal(value), null, comparator.equals(">=") && !value.equals("5") ? "%" : null, null);
    }

    static IndicatorDocument ind(String code, String name, IndicatorKind kind, ThresholdDocument th) {
        return new IndicatorDocument(code, name, name, kind == IndicatorKind.PERCENT ? "%" : null, kind, null, List.of(th));
    }

    static CriteriaSetDocument set(int version, RecognitionRuleDocument rule, CriterionDocument... criteria) {
        return new CriteriaSetDocument("ntm-nc-test", version, "PUBLISHED", "Bộ thử", "Test set", "ADVANCED", null, null, null, null,
                rule, List.of(new GroupDocument("I", "Nhóm", "Group", List.of(criteria))), null, null);
    }

    static final CriteriaSetDocument V1 = set(1, RecognitionRuleDocument.allCriteria(),
            new CriterionDocument("1", "Giao thông", null, "sgtvt", null, List.of(ind("1.1", "Đường trục xã", IndicatorKind.PERCENT, t(">=", "70")))),
            new CriterionDocument("2", "Văn hóa", null, "svhttdl", null, List.of(ind("2.1", "Nhà văn hóa", IndicatorKind.BOOLEAN, t("achieved", null)))),
            new CriterionDocument("3", "Tổ chức sản xuất", null, "snn", null, List.of(ind("3.1", "Hợp tác xã", IndicatorKind.NUMBER, t(">=", "5")))));

    static final CriteriaSetDocument V2 = set(2, RecognitionRuleDocument.atLeast(1),
            new CriterionDocument("1", "Giao thông", null, "sgtvt", null, List.of(ind("1.1", "Đường trục xã", IndicatorKind.PERCENT, t(">=", "80")))),
            new CriterionDocument("2", "Văn hóa", null, "svhttdl", null, List.of(ind("2.1", "Nhà văn hóa", IndicatorKind.BOOLEAN, t("achieved", null)),
                    ind("2.2", "Nước sạch", IndicatorKind.PERCENT, t(">=", "50")))));

    static CommuneValues commune(String code, Map<String, IndicatorValue> values) {
        return new CommuneValues(code, "Xã " + code, null, new SetReference("ntm-nc-test", 1), values);
    }

    static final CommuneValues A = commune("A", Map.of("1.1", IndicatorValue.of("75"), "2.1", IndicatorValue.of(true), "3.1", IndicatorValue.of("6")));
    static final CommuneValues B = commune("B", Map.of("1.1", IndicatorValue.of("85"), "2.1", IndicatorValue.of(true), "3.1", IndicatorValue.of("2")));
    static final CommuneValues C = commune("C", Map.of("1.1", IndicatorValue.of("90"), "2.1", IndicatorValue.of(true), "3.1", IndicatorValue.of("9"),
            "2.2", IndicatorValue.of("60")));
    static final CommuneValues D = commune("D", Map.of("1.1", IndicatorValue.of("60"), "2.1", IndicatorValue.of(false), "3.1", IndicatorValue.of("1")));

    @Test
    void aCommuneLosesTheStandardThroughARaisedThresholdAndANewIndicator() {
        CommuneOutcome a = WhatIf.compare(V1, V2, A);

        assertThat(a.change()).isEqualTo(Change.LOSES);
        assertThat(a.scoreBefore()).isEqualTo("3/3");
        assertThat(a.scoreAfter()).isEqualTo("0/2");
        assertThat(a.criteriaRequiredAfter()).isEqualTo(1);
        assertThat(a.causes()).extracting(WhatIf.IndicatorChange::indicatorCode, WhatIf.IndicatorChange::reason,
                        WhatIf.IndicatorChange::before, WhatIf.IndicatorChange::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1.1", Reason.THRESHOLD_CHANGED, IndicatorStatus.MET, IndicatorStatus.NOT_MET),
                        org.assertj.core.groups.Tuple.tuple("2.2", Reason.NEW_REQUIREMENT, null, IndicatorStatus.MISSING));
        assertThat(a.missingBecauseNew()).containsExactly("2.2");
        assertThat(a.missingAlso()).isEmpty();
        assertThat(a.explanationVi()).isEqualTo("Xã A sẽ mất chuẩn theo bộ ntm-nc-test v2: đạt 0/2 tiêu chí (cần 1), so với 3/3 theo bộ "
                + "ntm-nc-test v1; do chỉ tiêu 1.1 (Đường trục xã) nay không đạt: ngưỡng ≥ 70% → ≥ 80%, giá trị 75; chỉ tiêu 2.2 (Nước sạch) "
                + "là yêu cầu mới (≥ 50%), chưa có số liệu. Thiếu số liệu cho chỉ tiêu bộ mới yêu cầu mà bộ cũ không có: 2.2.");
        assertThat(a.explanationEn()).startsWith("Xã A would lose the standard under ntm-nc-test v2: 0/2 criteria met (1 required)");
    }

    @Test
    void aCommuneGainsTheStandardWhenAnUnmetCriterionIsDropped() {
        CommuneOutcome b = WhatIf.compare(V1, V2, B);

        assertThat(b.change()).isEqualTo(Change.GAINS);
        assertThat(b.scoreBefore()).isEqualTo("2/3");
        assertThat(b.scoreAfter()).isEqualTo("1/2");
        assertThat(b.causes()).singleElement().satisfies(c -> {
            assertThat(c.indicatorCode()).isEqualTo("3.1");
            assertThat(c.reason()).isEqualTo(Reason.DROPPED);
            assertThat(c.explanationVi()).isEqualTo("chỉ tiêu 3.1 (Hợp tác xã) không còn trong bộ mới (trước đây chưa đạt, ≥ 5)");
        });
        assertThat(b.missingBecauseNew()).containsExactly("2.2");
    }

    @Test
    void unchangedCommunesAndTheReport() {
        WhatIf.Report report = WhatIf.compareAll(V2, Map.of(new SetReference("ntm-nc-test", 1), V1), List.of(D, C, B, A));

        assertThat(report.communes()).isEqualTo(4);
        assertThat(report.outcomes()).extracting(CommuneOutcome::unitCode, CommuneOutcome::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple("B", Change.GAINS), org.assertj.core.groups.Tuple.tuple("A", Change.LOSES),
                org.assertj.core.groups.Tuple.tuple("C", Change.STILL_REACHES), org.assertj.core.groups.Tuple.tuple("D", Change.STILL_SHORT));
        CommuneOutcome c = report.outcomes().get(2);
        assertThat(c.causes()).isEmpty();
        assertThat(c.missingBecauseNew()).isEmpty();
        CommuneOutcome d = report.outcomes().get(3);
        assertThat(d.scoreBefore()).isEqualTo("0/3");
        assertThat(d.scoreAfter()).isEqualTo("0/2");
        assertThat(d.causes()).extracting(WhatIf.IndicatorChange::indicatorCode).containsExactly("2.2", "3.1");
        assertThat(report.gains()).isEqualTo(1);
        assertThat(report.loses()).isEqualTo(1);
        assertThat(report.indicatorsMostCausing()).containsExactly(Map.entry("1.1", 1), Map.entry("2.2", 1), Map.entry("3.1", 1));
        assertThat(report.summaryVi()).isEqualTo("Theo bộ tiêu chí ntm-nc-test v2: 4 xã được đánh giá lại; 1 xã đạt chuẩn mới, 1 xã mất chuẩn, "
                + "1 xã vẫn đạt, 1 xã vẫn chưa đạt. Chỉ tiêu gây thay đổi nhiều nhất: 1.1 (1 xã), 2.2 (1 xã), 3.1 (1 xã).");
    }

    @Test
    void aCommuneWhoseVersionIsNotGivenIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WhatIf.compareAll(V2, Map.of(), List.of(A)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ntm-nc-test v1");
    }
}
