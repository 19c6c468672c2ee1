package vn.sonla.ntm.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import vn.sonla.ntm.assessment.domain.TargetRules.CommuneFact;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TargetRulesTest {

    static final LocalDate DEADLINE = LocalDate.of(2020, 12, 31);
    static final CommuneFact A = new CommuneFact("03664", "Xã Chiềng Xôm", "ADVANCED");
    static final CommuneFact B = new CommuneFact("04120", "Xã Chiềng Ban", "ADVANCED");
    static final CommuneFact C = new CommuneFact("04027", "Xã Mường Sang", "IN_APPRAISAL");

    @Test
    void three_advanced_communes_meet_the_target_of_three() {
        var p = TargetRules.recognisedCount(RecognitionLevel.ADVANCED, 3, DEADLINE, DEADLINE, List.of(A, B, C), List.of());
        assertThat(p.status()).isEqualTo(TargetStatus.MET);
        assertThat(p.value()).isEqualTo(3);
        assertThat(p.counted()).containsExactly(A, B, C);
    }

    @Test
    void two_recognised_and_one_in_appraisal_before_the_deadline_is_on_track() {
        var p = TargetRules.recognisedCount(RecognitionLevel.ADVANCED, 3, DEADLINE, LocalDate.of(2020, 6, 1), List.of(A, B), List.of(C));
        assertThat(p.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(p.reason()).contains("1 more in appraisal");
    }

    @Test
    void too_little_in_the_pipeline_is_at_risk_and_after_the_deadline_missed() {
        assertThat(TargetRules.recognisedCount(RecognitionLevel.ADVANCED, 3, DEADLINE, LocalDate.of(2020, 6, 1), List.of(A), List.of(C))
                .status()).isEqualTo(TargetStatus.AT_RISK);
        assertThat(TargetRules.recognisedCount(RecognitionLevel.ADVANCED, 3, DEADLINE, LocalDate.of(2021, 1, 1), List.of(A, B), List.of(C))
                .status()).isEqualTo(TargetStatus.MISSED);
    }

    @Test
    void without_a_published_set_the_criteria_target_says_so_instead_of_counting() {
        var p = TargetRules.minCriteriaMet("sonla-ntm-nang-cao-xa-2018-2020", 5, DEADLINE, LocalDate.of(2020, 6, 1), false,
                List.of(), List.of(), List.of(A, B));
        assertThat(p.status()).isEqualTo(TargetStatus.NOT_EVALUABLE);
        assertThat(p.reason()).contains("no assessment against a published version");
        assertThat(p.outstanding()).hasSize(2);
    }

    @Test
    void every_commune_of_the_population_must_reach_the_minimum() {
        assertThat(TargetRules.minCriteriaMet("s", 5, DEADLINE, LocalDate.of(2020, 6, 1), true, List.of(A, B), List.of(), List.of())
                .status()).isEqualTo(TargetStatus.MET);
        assertThat(TargetRules.minCriteriaMet("s", 5, DEADLINE, LocalDate.of(2020, 6, 1), true, List.of(A), List.of(B), List.of())
                .status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(TargetRules.minCriteriaMet("s", 5, DEADLINE, LocalDate.of(2020, 6, 1), true, List.of(A), List.of(), List.of(B))
                .status()).isEqualTo(TargetStatus.AT_RISK);
        var missed = TargetRules.minCriteriaMet("s", 5, DEADLINE, LocalDate.of(2021, 6, 1), true, List.of(A), List.of(), List.of(B));
        assertThat(missed.status()).isEqualTo(TargetStatus.MISSED);
        assertThat(missed.value()).isEqualTo(1);
        assertThat(missed.required()).isEqualTo(2);
    }
}
