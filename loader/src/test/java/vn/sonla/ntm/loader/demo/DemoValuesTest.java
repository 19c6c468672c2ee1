package vn.sonla.ntm.loader.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.sonla.ntm.loader.demo.DemoScenario.AssessmentCase;
import vn.sonla.ntm.loader.demo.DemoScenario.Target;
import vn.sonla.ntm.rules.CriteriaSetRules;
import vn.sonla.ntm.rules.Evaluation;
import vn.sonla.ntm.rules.IndicatorValue;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;

/**
 * The demo's values judged by the same rules the services evaluate with (criteria-rules), on the 2016–2020 national
 * set as criteria-service serves it: each case meets exactly the criteria it is meant to, recognised cases reach the
 * standard, and the values are the same on every run.
 */
class DemoValuesTest {

    static JsonNode version;
    static CriteriaSetRules rules;
    static DemoAssessments demo;

    @BeforeAll
    static void readSet() throws IOException {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = DemoValuesTest.class.getResourceAsStream("/ntm-xa-2016-2020-v1.json")) {
            version = json.readTree(in);
        }
        rules = json.treeToValue(version, CriteriaSetDocument.class).toRules();
        demo = new DemoAssessments(null, version, null, null);
    }

    static Evaluation evaluate(Map<String, Map<String, Object>> values) {
        Map<String, IndicatorValue> given = new HashMap<>();
        values.forEach((code, entry) -> {
            Object v = entry.get("value");
            given.put(code, v instanceof Boolean b ? IndicatorValue.of(b) : IndicatorValue.of((BigDecimal) v));
        });
        return rules.evaluate(null, given);
    }

    @Test
    void every_indicator_gets_a_value_that_meets_it_and_one_that_does_not() {
        List<IndicatorValues.Indicator> indicators = IndicatorValues.of(version);
        assertThat(indicators).hasSize(49);
        Random random = new Random(1);
        for (IndicatorValues.Indicator i : indicators) {
            Map<String, Map<String, Object>> all = IndicatorValues.values(indicators, Set.of(), Set.of(), 1.0, random);
            assertThat(evaluate(all).criteriaMet()).isEqualTo(19);
            all.put(i.code(), Map.of("value", IndicatorValues.failing(i, random)));
            assertThat(evaluate(all).criteriaMet()).as("falling short on %s", i.code()).isEqualTo(18);
        }
    }

    @Test
    void each_case_meets_the_criteria_it_is_meant_to() {
        for (AssessmentCase c : DemoScenario.ASSESSMENTS) {
            Evaluation e = evaluate(demo.valuesOf(c));
            if (c.fill() >= 1.0) {
                assertThat(e.criteriaMet()).as(c.key()).isEqualTo(19 - c.failing() - c.missing());
                assertThat(e.indicatorsMissing()).as(c.key()).isEqualTo(c.missing());
            } else {
                assertThat(e.indicatorsMissing()).as(c.key() + " is a draft in progress").isPositive();
            }
            if (c.target() == Target.RECOGNISED || c.target() == Target.APPRAISED && c.failing() == 0) {
                assertThat(e.standardReached()).as(c.key()).isTrue();
            }
        }
    }

    @Test
    void values_depend_on_the_case_only() {
        for (AssessmentCase c : DemoScenario.ASSESSMENTS) {
            assertThat(demo.valuesOf(c)).isEqualTo(demo.valuesOf(c));
        }
        assertThat(demo.valuesOf(DemoScenario.ASSESSMENTS.get(2))).isNotEqualTo(demo.valuesOf(DemoScenario.ASSESSMENTS.get(3)));
    }

    @Test
    void verdicts_stop_short_of_every_criterion_before_appraisal_ends() {
        for (AssessmentCase c : DemoScenario.ASSESSMENTS) {
            List<String> planned = demo.plannedVerdicts(c);
            switch (c.target()) {
                case APPRAISED, RECOGNISED -> assertThat(planned).hasSize(19);
                case IN_APPRAISAL, RETURNED -> assertThat(planned).isNotEmpty().hasSizeLessThan(19);
                default -> assertThat(planned).isEmpty();
            }
            if (c.target() == Target.RETURNED) {
                assertThat(planned).as("the disputed criterion is appraised before the return").contains(DemoScenario.DISPUTED_CRITERION);
            }
        }
    }
}
