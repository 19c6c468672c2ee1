package vn.sonla.ntm.loader.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.sonla.ntm.loader.demo.DemoScenario.AssessmentCase;
import vn.sonla.ntm.loader.demo.DemoScenario.Target;

/** What issue 5 asks the demo to show, and that demo content is marked as such. */
class DemoScenarioTest {

    static final Set<String> PILOTS = Set.of("04120", "04027", "03658");
    /** Communes with a recognition in the seeded history (data/SOURCES.md): never recognised again by the demo. */
    static final Set<String> SEEDED_RECOGNITIONS = Set.of("03658", "03661", "03664", "03673", "03676", "04027", "04072", "04120");

    @Test
    void every_workflow_state_in_at_least_four_districts() {
        assertThat(DemoScenario.ASSESSMENTS.stream().map(AssessmentCase::target).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(Target.class));
        assertThat(DemoScenario.ASSESSMENTS.stream().map(AssessmentCase::districtCode).collect(Collectors.toSet()))
                .contains("125", "116", "123", "124");
        assertThat(DemoScenario.ASSESSMENTS.stream().map(AssessmentCase::year).collect(Collectors.toSet())).containsExactlyInAnyOrder(2019, 2020);
    }

    @Test
    void one_assessment_per_commune_and_year() {
        List<String> keys = DemoScenario.ASSESSMENTS.stream().map(AssessmentCase::key).toList();
        assertThat(new HashSet<>(keys)).hasSameSizeAs(keys);
    }

    @Test
    void recognitions_are_marked_demo_and_never_beside_a_real_one() {
        for (AssessmentCase c : DemoScenario.ASSESSMENTS) {
            if (c.target() == Target.RECOGNISED) {
                assertThat(c.decisionNumber()).startsWith("DEMO-");
                assertThat(c.failing() + c.missing()).isZero();
                assertThat(SEEDED_RECOGNITIONS).doesNotContain(c.unitCode());
            }
            assertThat(PILOTS).as("pilots are left to the seeded facts").doesNotContain(c.unitCode());
        }
    }

    @Test
    void texts_say_they_are_demo_data() {
        DemoScenario.OBSTACLES.forEach(o -> {
            assertThat(o.title()).contains("minh họa / demo");
            assertThat(o.description()).contains(DemoScenario.NOTE);
        });
        DemoScenario.PLANS.forEach(p -> assertThat(p.title()).contains("minh họa / demo"));
        assertThat(DemoScenario.RETURN_REASON).contains("minh họa / demo");
        assertThat(DemoScenario.ISSUER).contains("demo data");
    }

    @Test
    void funding_covers_budget_and_mobilised_sources_and_several_fields() {
        Set<String> sources = DemoScenario.PLANS.stream().flatMap(p -> p.lines().stream()).map(DemoScenario.Line::sourceCode)
                .collect(Collectors.toSet());
        Set<String> fields = DemoScenario.PLANS.stream().flatMap(p -> p.lines().stream()).map(DemoScenario.Line::fieldCode)
                .collect(Collectors.toSet());
        assertThat(sources).contains("NSTW_DTPT", "NS_TINH", "NS_HUYEN", "TIN_DUNG", "DOANH_NGHIEP", "CONG_DONG_NGAY_CONG");
        assertThat(fields).hasSizeGreaterThanOrEqualTo(5);
        assertThat(DemoScenario.FUNDING_YEARS).containsExactly(2019, 2020, 2021);
        DemoScenario.PLANS.forEach(p -> p.allocations().forEach(a ->
                assertThat(a.lineNo()).isBetween(1, p.lines().size())));
    }
}
