package vn.sonla.ntm.criteria.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.sonla.ntm.rules.IndicatorKind;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;
import vn.sonla.ntm.rules.document.CriterionDocument;
import vn.sonla.ntm.rules.document.GroupDocument;
import vn.sonla.ntm.rules.document.IndicatorDocument;
import vn.sonla.ntm.rules.document.LegalBasis;
import vn.sonla.ntm.rules.document.RecognitionRuleDocument;
import vn.sonla.ntm.rules.document.ThresholdDocument;

class PublicationCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Map<String, Department> DEPARTMENTS = Map.of(
            "sgtvt", new Department("sgtvt", "Sở Giao thông vận tải", null, LocalDate.of(2016, 1, 1), null),
            "sct", new Department("sct", "Sở Công Thương", null, LocalDate.of(2016, 1, 1), null),
            "sgtvt-old", new Department("sgtvt-old", "Sở cũ", null, LocalDate.of(2010, 1, 1), LocalDate.of(2016, 11, 30)));
    private static final LegalBasis DECISION = new LegalBasis("1980/QĐ-TTg", LocalDate.of(2016, 10, 17), "Thủ tướng Chính phủ",
            LocalDate.of(2016, 12, 1), null, null);

    private static ThresholdDocument atLeast(String value) {
        return new ThresholdDocument(null, ">=", new BigDecimal(value), null, "%", null);
    }

    private static ThresholdDocument achieved() {
        return new ThresholdDocument(null, "achieved", null, null, null, null);
    }

    private static IndicatorDocument indicator(String code, IndicatorKind kind, ThresholdDocument... thresholds) {
        return new IndicatorDocument(code, "Chỉ tiêu " + code, null, null, kind, null, List.of(thresholds));
    }

    private static CriterionDocument criterion(String code, String department, IndicatorDocument... indicators) {
        return new CriterionDocument(code, "Tiêu chí " + code, null, department, null, List.of(indicators));
    }

    private static CriteriaSetDocument set(LegalBasis legal, RecognitionRuleDocument rule, GroupDocument... groups) {
        return new CriteriaSetDocument("ntm-test", 1, "DRAFT", "Bộ thử", null, "BASIC", null, null, legal, null, rule, List.of(groups), null, null);
    }

    private static List<Defect> defects(CriteriaSetDocument set) {
        return new PublicationCheck(DEPARTMENTS).defectsOf(set, TODAY);
    }

    @Test
    void aCompleteSetHasNoDefect() {
        CriteriaSetDocument set = set(DECISION, RecognitionRuleDocument.allCriteria(), new GroupDocument("II", "Hạ tầng", null, List.of(
                criterion("2", "sgtvt", indicator("2.1", IndicatorKind.PERCENT, atLeast("100"))),
                criterion("4", "sct", indicator("4.1", IndicatorKind.BOOLEAN, achieved())))));
        assertThat(defects(set)).isEmpty();
    }

    @Test
    void everyDefectIsListedWithItsPath() {
        CriteriaSetDocument set = set(null, RecognitionRuleDocument.atLeast(5),
                new GroupDocument("II", "Hạ tầng", null, List.of(
                        criterion("2", "sxx",
                                indicator("2.1", IndicatorKind.PERCENT, atLeast("100")),
                                indicator("2.2", IndicatorKind.PERCENT),
                                indicator("2.1", IndicatorKind.PERCENT, new ThresholdDocument(null, null, null, null, "%", null))),
                        criterion("3", null))),
                new GroupDocument("II", "Lặp", null, List.of(criterion("2", "sgtvt-old", indicator("3.1", IndicatorKind.BOOLEAN, atLeast("80"))))));
        assertThat(defects(set)).extracting(Defect::path).containsExactly(
                "legalBasis.number",
                "recognitionRule",
                "groups[0].criteria[0].departmentCode",
                "groups[0].criteria[0].indicators[1].thresholds",
                "groups[0].criteria[0].indicators[2].code",
                "groups[0].criteria[0].indicators[2].thresholds[0]",
                "groups[0].criteria[1].departmentCode",
                "groups[0].criteria[1].indicators",
                "groups[1].code",
                "groups[1].criteria[0].code",
                "groups[1].criteria[0].departmentCode",
                "groups[1].criteria[0].indicators[0].thresholds[0].comparator");
        assertThat(defects(set)).extracting(Defect::message).contains(
                "at least 5 criteria can never be met: the set has only 3",
                "unknown department 'sxx'",
                "indicator 2.2 has no threshold",
                "duplicate indicator code 2.1 (first at groups[0].criteria[0].indicators[0].code)",
                "threshold of indicator 2.1 is not defined: its comparator is not known yet",
                "criterion 3 has no indicator",
                "department sgtvt-old is not valid on 2026-11-28, the date the set takes effect (valid 2010-01-01 to 2016-11-30)",
                "indicator 3.1 is yes/no (BOOLEAN) but its threshold is numeric (>=): correct the kind or the threshold");
    }

    @Test
    void aSetWithoutCriteriaCannotRecogniseAnyCommune() {
        assertThat(defects(set(DECISION, RecognitionRuleDocument.allCriteria()))).extracting(Defect::message)
                .containsExactly("the set has no criteria, so 'all criteria met' can never be reached");
    }

    @Test
    void classThresholdsNeedADefaultAndMayNotRepeatAClass() {
        ThresholdDocument mountain = new ThresholdDocument("III", ">=", BigDecimal.TEN, null, "%", null);
        CriteriaSetDocument set = set(DECISION, RecognitionRuleDocument.allCriteria(), new GroupDocument("II", null, null, List.of(
                criterion("2", "sgtvt", indicator("2.1", IndicatorKind.PERCENT, mountain, mountain)))));
        assertThat(defects(set)).extracting(Defect::path)
                .containsExactly("groups[0].criteria[0].indicators[0].thresholds[1].communeClass", "groups[0].criteria[0].indicators[0].thresholds");
    }

    @Test
    void theEffectiveDateFallsBackToTheDecisionDateThenToToday() {
        assertThat(PublicationCheck.effectiveDate(set(DECISION, null), TODAY)).isEqualTo(LocalDate.of(2016, 12, 1));
        LegalBasis undated = new LegalBasis("1", LocalDate.of(2018, 9, 19), null, null, null, null);
        assertThat(PublicationCheck.effectiveDate(set(undated, null), TODAY)).isEqualTo(LocalDate.of(2018, 9, 19));
        assertThat(PublicationCheck.effectiveDate(set(null, null), TODAY)).isEqualTo(TODAY);
    }

    @Test
    void aPercentThresholdAbove100CanNeverBeMet() {
        CriteriaSetDocument set = set(DECISION, RecognitionRuleDocument.allCriteria(), new GroupDocument("II", null, null, List.of(
                criterion("2", "sgtvt", indicator("2.1", IndicatorKind.PERCENT, atLeast("120"))))));
        assertThat(defects(set)).extracting(Defect::message)
                .containsExactly("indicator 2.1 is a percentage: its threshold must lie between 0 and 100");
    }
}
