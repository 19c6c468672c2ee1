package vn.sonla.ntm.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A three-criterion set in the shape of the national catalogue: transport (2 indicators), electricity, housing. */
class CriteriaSetRulesTest {

    private static final CriterionRule TRANSPORT = CriterionRule.of("2",
            IndicatorRule.of("2.1", IndicatorKind.PERCENT, Threshold.atLeast("100", "%")),
            IndicatorRule.of("2.2", IndicatorKind.PERCENT, Threshold.atLeast("70", "%")));
    private static final CriterionRule ELECTRICITY = CriterionRule.of("4",
            IndicatorRule.of("4.1", IndicatorKind.BOOLEAN, Threshold.achieved()));
    private static final CriterionRule HOUSING = CriterionRule.of("9",
            IndicatorRule.of("9.1", IndicatorKind.BOOLEAN, Threshold.none()),
            IndicatorRule.of("9.2", IndicatorKind.PERCENT, Threshold.atLeast("75", "%")));

    private static Map<String, IndicatorValue> values(Object... codeValue) {
        Map<String, IndicatorValue> map = new HashMap<>();
        for (int i = 0; i < codeValue.length; i += 2) {
            map.put((String) codeValue[i], IndicatorValue.fromJson(codeValue[i + 1]));
        }
        return map;
    }

    private final CriteriaSetRules allThree = new CriteriaSetRules(RecognitionRule.allCriteria(), List.of(TRANSPORT, ELECTRICITY, HOUSING));

    @Test
    void aCommuneMeetingEveryIndicatorReachesTheStandard() {
        Evaluation e = allThree.evaluate(null, values("2.1", 100, "2.2", 82, "4.1", true, "9.1", false, "9.2", 80));
        assertThat(e.criteriaMet()).isEqualTo(3);
        assertThat(e.score()).isEqualTo("3/3");
        assertThat(e.standardReached()).isTrue();
        assertThat(e.gap().isClosed()).isTrue();
        assertThat(e.gap().unmetCriteria()).isEmpty();
        assertThat(e.rule()).isEqualTo("all 3 criteria met");
    }

    @Test
    void oneFailedIndicatorFailsItsCriterionAndTheStandard() {
        Evaluation e = allThree.evaluate(null, values("2.1", 100, "2.2", 65, "4.1", true, "9.1", false, "9.2", 80));
        assertThat(e.criteria()).extracting(CriterionResult::code, CriterionResult::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2", CriterionStatus.NOT_MET),
                org.assertj.core.groups.Tuple.tuple("4", CriterionStatus.MET),
                org.assertj.core.groups.Tuple.tuple("9", CriterionStatus.MET));
        assertThat(e.criteriaMet()).isEqualTo(2);
        assertThat(e.standardReached()).isFalse();
        assertThat(e.gap().criteriaStillNeeded()).isEqualTo(1);
        IndicatorResult open = e.gap().unmetCriteria().get(0).openIndicators().get(0);
        assertThat(open.code()).isEqualTo("2.2");
        assertThat(open.need()).isEqualTo("raise by 5% to ≥ 70%");
    }

    @Test
    void missingValuesLeaveTheCriterionIncompleteAndAreCounted() {
        Evaluation e = allThree.evaluate(null, values("2.1", 100, "4.1", true, "9.1", false, "9.2", 80));
        CriterionResult transport = e.criteria().get(0);
        assertThat(transport.status()).isEqualTo(CriterionStatus.INCOMPLETE);
        assertThat(transport.indicatorsMet()).isEqualTo(1);
        assertThat(transport.indicatorsTotal()).isEqualTo(2);
        assertThat(e.indicatorsMissing()).isEqualTo(1);
        assertThat(e.standardReached()).isFalse();
        assertThat(transport.openIndicators().get(0).need()).isEqualTo("enter a value (required ≥ 70%)");
    }

    @Test
    void noValuesAtAllMeetNothing() {
        Evaluation e = allThree.evaluate(null, Map.of());
        assertThat(e.criteriaMet()).isZero();
        assertThat(e.indicatorsMissing()).isEqualTo(5);
        assertThat(e.indicators()).allMatch(i -> i.status() == IndicatorStatus.MISSING);
        assertThat(e.gap().criteriaStillNeeded()).isEqualTo(3);
    }

    @Test
    void aNotMetIndicatorOutweighsAMissingOneInTheSameCriterion() {
        Evaluation e = allThree.evaluate(null, values("2.1", 90));
        assertThat(e.criteria().get(0).status()).isEqualTo(CriterionStatus.NOT_MET);
    }

    @Test
    void atLeastRuleIsReachedWithTheMinimumAndTheGapCountsOnlyWhatIsStillNeeded() {
        CriteriaSetRules twoOfThree = new CriteriaSetRules(RecognitionRule.atLeast(2), List.of(TRANSPORT, ELECTRICITY, HOUSING));
        Evaluation reached = twoOfThree.evaluate(null, values("4.1", true, "9.1", false, "9.2", 76));
        assertThat(reached.standardReached()).isTrue();
        assertThat(reached.criteriaRequired()).isEqualTo(2);

        Evaluation short1 = twoOfThree.evaluate(null, values("4.1", true, "9.1", true, "9.2", 76, "2.1", 100, "2.2", 10));
        assertThat(short1.standardReached()).isFalse();
        assertThat(short1.gap().criteriaStillNeeded()).isEqualTo(1);
        assertThat(short1.gap().unmetCriteria()).extracting(CriterionResult::code).containsExactly("2", "9");
    }

    @Test
    void theGapListsTheNearestCriteriaFirst() {
        Evaluation e = allThree.evaluate(null, values("2.1", 50, "2.2", 50, "4.1", false, "9.1", false, "9.2", 80));
        assertThat(e.gap().unmetCriteria()).extracting(CriterionResult::code).containsExactly("4", "2");
    }

    @Test
    void classSpecificThresholdsDecideForCommunesOfThatClass() {
        CriterionRule schools = CriterionRule.of("5", new IndicatorRule("5.1", IndicatorKind.PERCENT, "%",
                List.of(Threshold.atLeast("80", "%"), Threshold.atLeast("70", "%").forClass("KV3"))));
        CriteriaSetRules set = new CriteriaSetRules(RecognitionRule.allCriteria(), List.of(schools));
        Map<String, IndicatorValue> seventyFive = values("5.1", 75);
        assertThat(set.evaluate("KV3", seventyFive).standardReached()).isTrue();
        assertThat(set.evaluate("KV1", seventyFive).standardReached()).isFalse();
        assertThat(set.evaluate(null, seventyFive).indicators().get(0).explanation()).isEqualTo("75% < 80% (required ≥ 80%)");
    }

    @Test
    void aCriterionWithoutIndicatorsIsNeverMet() {
        CriteriaSetRules set = new CriteriaSetRules(RecognitionRule.allCriteria(), List.of(CriterionRule.of("1")));
        Evaluation e = set.evaluate(null, Map.of());
        assertThat(e.criteria().get(0).status()).isEqualTo(CriterionStatus.INCOMPLETE);
        assertThat(e.standardReached()).isFalse();
    }

    @Test
    void valuesForUnknownIndicatorsAreIgnored() {
        Evaluation e = allThree.evaluate(null, values("99.9", 5, "4.1", true));
        assertThat(e.indicators()).extracting(IndicatorResult::code).doesNotContain("99.9");
        assertThat(e.criteria().get(1).isMet()).isTrue();
    }

    @Test
    void aSetWhoseRuleCannotHoldSaysSo() {
        CriteriaSetRules impossible = new CriteriaSetRules(RecognitionRule.atLeast(4), List.of(TRANSPORT, ELECTRICITY, HOUSING));
        assertThat(impossible.recognitionImpossibility()).contains("at least 4 criteria can never be met: the set has only 3");
        assertThat(allThree.recognitionImpossibility()).isEmpty();
    }
}
