package vn.sonla.ntm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class IndicatorRuleTest {

    private final IndicatorRule schools = new IndicatorRule("5.1", IndicatorKind.PERCENT, "%", List.of(
            Threshold.atLeast("80", "%"),
            Threshold.atLeast("70", "%").forClass("KV3")));

    @Test
    void aCommuneClassWithItsOwnThresholdUsesIt() {
        assertThat(schools.thresholdFor("KV3")).get().extracting(Threshold::value).asString().isEqualTo("70");
    }

    @Test
    void aCommuneClassWithoutItsOwnThresholdFallsBackToTheDefault() {
        assertThat(schools.thresholdFor("KV1")).get().extracting(Threshold::value).asString().isEqualTo("80");
        assertThat(schools.thresholdFor(null)).get().extracting(Threshold::value).asString().isEqualTo("80");
    }

    @Test
    void anIndicatorWithoutAnyThresholdCannotBeJudged() {
        IndicatorRule undefined = IndicatorRule.of("2.1", IndicatorKind.PERCENT);
        IndicatorResult result = undefined.evaluate("2", null, IndicatorValue.of("90"));
        assertThat(result.status()).isEqualTo(IndicatorStatus.NO_THRESHOLD);
        assertThat(result.need()).isEqualTo("define a threshold first");
    }

    @Test
    void percentagesOutsideZeroToHundredAreRefused() {
        assertThat(schools.refusalOf(IndicatorValue.of("101"))).contains("must be a percentage between 0 and 100");
        assertThat(schools.refusalOf(IndicatorValue.of("-1"))).isPresent();
        assertThat(schools.refusalOf(IndicatorValue.of(true))).isPresent();
        assertThat(schools.refusalOf(IndicatorValue.of("0"))).isEmpty();
        assertThat(schools.refusalOf(IndicatorValue.of("100"))).isEmpty();
    }

    @Test
    void yesNoIndicatorsTakeBooleansAndCountsOnlyWhenTheyCountOccurrences() {
        IndicatorRule achieved = IndicatorRule.of("1.1", IndicatorKind.BOOLEAN, Threshold.achieved());
        IndicatorRule noTemporaryHouses = IndicatorRule.of("9.1", IndicatorKind.BOOLEAN, Threshold.none());
        assertThat(achieved.refusalOf(IndicatorValue.of(true))).isEmpty();
        assertThat(achieved.refusalOf(IndicatorValue.of("1"))).isPresent();
        assertThat(noTemporaryHouses.refusalOf(IndicatorValue.of("2"))).isEmpty();
        assertThat(noTemporaryHouses.refusalOf(IndicatorValue.of("-2"))).isPresent();
    }

    @Test
    void levelsMustNotBeNegative() {
        IndicatorRule level = IndicatorRule.of("3.2", IndicatorKind.LEVEL, Threshold.between("50", "70", "điểm"));
        assertThat(level.refusalOf(IndicatorValue.of("-5"))).contains("must be a level or score ≥ 0");
        assertThat(level.refusalOf(IndicatorValue.of("55"))).isEmpty();
    }

    @Test
    void aRefusedValueIsNotMetAndSaysWhy() {
        IndicatorResult result = schools.evaluate("5", null, IndicatorValue.of("120"));
        assertThat(result.status()).isEqualTo(IndicatorStatus.NOT_MET);
        assertThat(result.explanation()).isEqualTo("value 120 must be a percentage between 0 and 100");
    }

    @Test
    void jsonValuesAreReadAsBooleansOrNumbers() {
        assertThat(IndicatorValue.fromJson(true)).isEqualTo(IndicatorValue.of(true));
        assertThat(IndicatorValue.fromJson(82)).isEqualTo(IndicatorValue.of("82"));
        assertThat(IndicatorValue.fromJson(82.5d)).isEqualTo(IndicatorValue.of("82.5"));
        assertThatThrownBy(() -> IndicatorValue.fromJson("82")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IndicatorValue.fromJson(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IndicatorValue.fromJson(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
