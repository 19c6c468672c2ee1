package vn.sonla.ntm.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import vn.sonla.ntm.assessment.Fixtures;
import vn.sonla.ntm.rules.Evaluation;
import vn.sonla.ntm.rules.IndicatorStatus;
import vn.sonla.ntm.rules.IndicatorValue;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AssessmentWorkflowTest {

    static final CriteriaSetDocument SET = Fixtures.set2016();
    static final OffsetDateTime NOW = OffsetDateTime.parse("2020-11-01T08:00:00Z");

    Assessment assessment;

    @BeforeEach
    void openADraft() {
        AdministrativeUnit chiengBan = new AdministrativeUnit("04120", "Xã Chiềng Ban", "Xã", UnitLevel.COMMUNE, "14", "125", null,
                LocalDate.of(2025, 6, 30), "test");
        assessment = Assessment.open(chiengBan, "125", 2020, LocalDate.of(2020, 12, 31), 1, SET, null, "district-125", NOW);
    }

    private void fill(Map<String, IndicatorValue> values) {
        Map<String, ValueInput> inputs = new LinkedHashMap<>();
        values.forEach((k, v) -> inputs.put(k, new ValueInput(v, null, "test")));
        assessment.enterValues(inputs, SET, "district-125", NOW);
    }

    private void appraiseAll(Verdict verdict) {
        SET.criteria().forEach(c -> assessment.appraise(c.code(), verdict, verdict == Verdict.DISAGREE ? "no" : null,
                c.departmentCode(), SET, "appraiser-" + c.departmentCode(), NOW));
    }

    @Test
    void a_new_assessment_starts_in_draft_with_nothing_met() {
        assertThat(assessment.state()).isEqualTo(AssessmentState.DRAFT);
        assertThat(assessment.criteriaTotal()).isEqualTo(19);
        assertThat(assessment.criteriaMet()).isZero();
    }

    @Test
    void values_are_judged_by_the_rules_module_and_the_gap_says_what_is_missing() {
        Map<String, IndicatorValue> values = Fixtures.passingValues(SET);
        values.put("3.1", IndicatorValue.of("74"));
        fill(values);
        Evaluation e = assessment.evaluate(SET);
        assertThat(e.score()).isEqualTo("18/19");
        assertThat(e.standardReached()).isFalse();
        assertThat(e.gap().criteriaStillNeeded()).isEqualTo(1);
        assertThat(e.gap().unmetCriteria()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("3");
            assertThat(c.openIndicators().get(0).explanation()).isEqualTo("74% < 80% (required ≥ 80%)");
            assertThat(c.openIndicators().get(0).need()).isEqualTo("raise by 6% to ≥ 80%");
        });
        assertThat(assessment.criteriaMet()).isEqualTo(18);
    }

    @Test
    void an_unknown_indicator_or_a_percentage_above_100_is_refused_naming_the_field_and_nothing_is_written() {
        Map<String, ValueInput> inputs = new LinkedHashMap<>();
        inputs.put("2.1", new ValueInput(IndicatorValue.of("120"), null, null));
        inputs.put("99.9", new ValueInput(IndicatorValue.of(true), null, null));
        inputs.put("4.1", new ValueInput(IndicatorValue.of(true), null, null));
        assertThatThrownBy(() -> assessment.enterValues(inputs, SET, "x", NOW))
                .isInstanceOfSatisfying(WorkflowRefusal.class, r -> assertThat(r.fields()).containsOnlyKeys("values.2.1", "values.99.9"));
        assertThat(assessment.values()).isEmpty();
    }

    @Test
    void a_yes_no_indicator_refuses_a_number() {
        Map<String, ValueInput> inputs = Map.of("4.1", new ValueInput(IndicatorValue.of("1"), null, null));
        assertThatThrownBy(() -> assessment.enterValues(inputs, SET, "x", NOW)).isInstanceOf(WorkflowRefusal.class);
    }

    @Test
    void submitting_freezes_the_values() {
        assessment.submit("district-125", NOW);
        assertThat(assessment.state()).isEqualTo(AssessmentState.SUBMITTED);
        assertThatThrownBy(() -> fill(Map.of("4.1", IndicatorValue.of(true))))
                .isInstanceOfSatisfying(WorkflowRefusal.class, r -> assertThat(r.kind()).isEqualTo(WorkflowRefusal.Kind.WRONG_STATE));
    }

    @Test
    void a_submitted_assessment_cannot_be_submitted_again() {
        assessment.submit("district-125", NOW);
        assertThatThrownBy(() -> assessment.submit("district-125", NOW)).isInstanceOf(WorkflowRefusal.class);
    }

    @Test
    void a_draft_cannot_be_appraised() {
        assertThatThrownBy(() -> assessment.appraise("2", Verdict.AGREE, null, "sgtvt", SET, "a", NOW))
                .isInstanceOfSatisfying(WorkflowRefusal.class, r -> assertThat(r.kind()).isEqualTo(WorkflowRefusal.Kind.WRONG_STATE));
    }

    @Test
    void the_first_verdict_opens_the_appraisal_and_the_last_one_closes_it() {
        assessment.submit("district-125", NOW);
        assessment.appraise("2", Verdict.AGREE, null, "sgtvt", SET, "appraiser-sgtvt", NOW);
        assertThat(assessment.state()).isEqualTo(AssessmentState.IN_APPRAISAL);
        appraiseAll(Verdict.AGREE);
        assertThat(assessment.state()).isEqualTo(AssessmentState.APPRAISED);
    }

    @Test
    void disagreeing_needs_a_comment() {
        assessment.submit("district-125", NOW);
        assertThatThrownBy(() -> assessment.appraise("2", Verdict.DISAGREE, "  ", "sgtvt", SET, "a", NOW))
                .isInstanceOfSatisfying(WorkflowRefusal.class, r -> assertThat(r.fields()).containsKey("comment"));
    }

    @Test
    void returning_needs_a_reason_keeps_the_old_verdicts_and_opens_a_new_round() {
        assessment.submit("district-125", NOW);
        assessment.appraise("2", Verdict.DISAGREE, "đường chưa cứng hóa", "sgtvt", SET, "appraiser-sgtvt", NOW);
        assertThatThrownBy(() -> assessment.returnForCorrection(" ", "coordinator", NOW))
                .isInstanceOfSatisfying(WorkflowRefusal.class, r -> assertThat(r.fields()).containsKey("reason"));
        assessment.returnForCorrection("bổ sung hồ sơ tiêu chí 2", "coordinator", NOW);
        assertThat(assessment.state()).isEqualTo(AssessmentState.RETURNED);
        assertThat(assessment.round()).isEqualTo(2);
        assertThat(assessment.currentVerdicts()).isEmpty();
        assertThat(assessment.appraisals()).hasSize(1);
    }

    @Test
    void a_returned_assessment_is_editable_and_can_be_submitted_again() {
        assessment.submit("district-125", NOW);
        assessment.returnForCorrection("thiếu số liệu", "coordinator", NOW);
        fill(Map.of("4.1", IndicatorValue.of(true)));
        assessment.submit("district-125", NOW);
        assertThat(assessment.state()).isEqualTo(AssessmentState.SUBMITTED);
    }

    @Test
    void a_draft_cannot_be_returned() {
        assertThatThrownBy(() -> assessment.returnForCorrection("why", "coordinator", NOW))
                .isInstanceOfSatisfying(WorkflowRefusal.class, r -> assertThat(r.kind()).isEqualTo(WorkflowRefusal.Kind.WRONG_STATE));
    }

    @Test
    void recognition_is_refused_while_a_department_disagrees() {
        fill(Fixtures.passingValues(SET));
        assessment.submit("district-125", NOW);
        appraiseAll(Verdict.AGREE);
        assertThat(assessment.state()).isEqualTo(AssessmentState.APPRAISED);
        Assessment disagreed = assessment;
        // a department may not revise after APPRAISED, so build one where criterion 2 is disagreed from the start
        openADraft();
        fill(Fixtures.passingValues(SET));
        assessment.submit("district-125", NOW);
        SET.criteria().forEach(c -> assessment.appraise(c.code(), c.code().equals("2") ? Verdict.DISAGREE : Verdict.AGREE,
                c.code().equals("2") ? "đường trục bản chưa đạt" : null, c.departmentCode(), SET, "a", NOW));
        assertThatThrownBy(() -> assessment.recognise(SET, "coordinator", NOW))
                .isInstanceOfSatisfying(WorkflowRefusal.class, r -> {
                    assertThat(r.kind()).isEqualTo(WorkflowRefusal.Kind.RULE);
                    assertThat(r.reasons()).anyMatch(reason -> reason.contains("criterion 2") && reason.contains("disagrees"));
                });
        assertThat(disagreed.recognise(SET, "coordinator", NOW)).isEqualTo(RecognitionLevel.BASIC);
        assertThat(disagreed.state()).isEqualTo(AssessmentState.RECOGNISED);
    }

    @Test
    void recognition_is_refused_when_the_standard_is_not_reached_even_if_everyone_agrees() {
        assessment.submit("district-125", NOW);
        appraiseAll(Verdict.AGREE);
        assertThatThrownBy(() -> assessment.recognise(SET, "coordinator", NOW))
                .isInstanceOfSatisfying(WorkflowRefusal.class, r -> assertThat(r.reasons())
                        .anyMatch(reason -> reason.startsWith("the standard is not reached: 0/19")));
    }

    @Test
    void only_an_appraised_assessment_can_be_recognised() {
        assessment.submit("district-125", NOW);
        assertThatThrownBy(() -> assessment.recognise(SET, "coordinator", NOW))
                .isInstanceOfSatisfying(WorkflowRefusal.class, r -> assertThat(r.kind()).isEqualTo(WorkflowRefusal.Kind.WRONG_STATE));
    }

    @Test
    void agreed_criteria_count_only_criteria_that_are_met() {
        Map<String, IndicatorValue> values = Fixtures.passingValues(SET);
        values.put("3.1", IndicatorValue.of("10"));
        fill(values);
        assessment.submit("district-125", NOW);
        appraiseAll(Verdict.AGREE);
        assertThat(assessment.criteriaMet()).isEqualTo(18);
        assertThat(assessment.criteriaAgreed()).isEqualTo(18);
    }

    @Test
    void the_reference_date_is_the_end_of_the_year_or_the_units_last_day() {
        assertThat(Assessment.referenceDateFor(2020, LocalDate.of(2025, 6, 30))).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(Assessment.referenceDateFor(2025, LocalDate.of(2025, 6, 30))).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(Assessment.referenceDateFor(2026, null)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void a_missing_value_is_reported_as_missing() {
        Evaluation e = assessment.evaluate(SET);
        assertThat(e.indicators()).allMatch(i -> i.status() == IndicatorStatus.MISSING);
    }
}
