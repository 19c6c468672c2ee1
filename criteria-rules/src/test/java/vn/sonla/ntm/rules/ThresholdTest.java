package vn.sonla.ntm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdTest {

    private static IndicatorValue n(String v) {
        return IndicatorValue.of(v);
    }

    @Nested
    class AtLeast {
        private final Threshold eightyPercent = Threshold.atLeast("80", "%");

        @ParameterizedTest(name = "{0}% against >= 80% is {1}")
        @CsvSource({"80, MET", "80.0, MET", "100, MET", "79.99, NOT_MET", "0, NOT_MET"})
        void meetsAtAndAboveTheBoundary(String value, IndicatorStatus expected) {
            assertThat(eightyPercent.judge(n(value)).status()).isEqualTo(expected);
        }

        @Test
        void explainsAMetValueInOneLine() {
            assertThat(eightyPercent.judge(n("82")).explanation()).isEqualTo("82% ≥ 80%");
        }

        @Test
        void explainsAndMeasuresTheShortfall() {
            Threshold.Judgement j = eightyPercent.judge(n("74.5"));
            assertThat(j.explanation()).isEqualTo("74.5% < 80% (required ≥ 80%)");
            assertThat(j.shortfall()).isEqualByComparingTo("5.5");
        }

        @Test
        void writesOtherUnitsAfterASpace() {
            Threshold income = Threshold.atLeast("36", "triệu đồng/người/năm");
            assertThat(income.judge(n("38.2")).explanation()).isEqualTo("38.2 triệu đồng/người/năm ≥ 36 triệu đồng/người/năm");
        }
    }

    @Nested
    class AtMost {
        private final Threshold povertyCeiling = Threshold.atMost("12", "%");

        @ParameterizedTest(name = "{0}% against <= 12% is {1}")
        @CsvSource({"12, MET", "0, MET", "12.01, NOT_MET", "30, NOT_MET"})
        void meetsAtAndBelowTheBoundary(String value, IndicatorStatus expected) {
            assertThat(povertyCeiling.judge(n(value)).status()).isEqualTo(expected);
        }

        @Test
        void measuresHowMuchMustComeDown() {
            Threshold.Judgement j = povertyCeiling.judge(n("15"));
            assertThat(j.shortfall()).isEqualByComparingTo("3");
            assertThat(j.explanation()).isEqualTo("15% > 12% (required ≤ 12%)");
        }
    }

    @Nested
    class Equal {
        @ParameterizedTest(name = "{0} against = 2 is {1}")
        @CsvSource({"2, MET", "2.00, MET", "1, NOT_MET", "3, NOT_MET"})
        void meetsOnlyTheExactValueWhateverItsScale(String value, IndicatorStatus expected) {
            assertThat(Threshold.equalTo("2", null).judge(n(value)).status()).isEqualTo(expected);
        }
    }

    @Nested
    class Between {
        private final Threshold points = Threshold.between("50", "70", "điểm");

        @ParameterizedTest(name = "{0} points against [50, 70] is {1}")
        @CsvSource({"50, MET", "60, MET", "70, MET", "49.9, NOT_MET", "70.1, NOT_MET"})
        void includesBothBounds(String value, IndicatorStatus expected) {
            assertThat(points.judge(n(value)).status()).isEqualTo(expected);
        }

        @Test
        void measuresTheDistanceToTheNearestBound() {
            assertThat(points.judge(n("45")).shortfall()).isEqualByComparingTo("5");
            assertThat(points.judge(n("72")).shortfall()).isEqualByComparingTo("2");
        }

        @Test
        void refusesAnUpperBoundBelowTheLowerOne() {
            assertThatThrownBy(() -> Threshold.between("70", "50", null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("below lower bound");
        }

        @Test
        void refusesAMissingUpperBound() {
            assertThatThrownBy(() -> new Threshold(null, Comparator.BETWEEN, BigDecimal.ONE, null, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Achieved {
        @Test
        void isMetByTrueOnly() {
            assertThat(Threshold.achieved().judge(IndicatorValue.of(true)).status()).isEqualTo(IndicatorStatus.MET);
            assertThat(Threshold.achieved().judge(IndicatorValue.of(false)).status()).isEqualTo(IndicatorStatus.NOT_MET);
        }

        @Test
        void isNeverMetByANumber() {
            Threshold.Judgement j = Threshold.achieved().judge(n("1"));
            assertThat(j.status()).isEqualTo(IndicatorStatus.NOT_MET);
            assertThat(j.explanation()).contains("a number was given");
        }
    }

    @Nested
    class None {
        @Test
        void isMetByFalseOrAZeroCount() {
            assertThat(Threshold.none().judge(IndicatorValue.of(false)).status()).isEqualTo(IndicatorStatus.MET);
            assertThat(Threshold.none().judge(n("0")).status()).isEqualTo(IndicatorStatus.MET);
        }

        @Test
        void isNotMetByAnyOccurrence() {
            assertThat(Threshold.none().judge(IndicatorValue.of(true)).status()).isEqualTo(IndicatorStatus.NOT_MET);
            Threshold.Judgement three = Threshold.none().judge(n("3"));
            assertThat(three.status()).isEqualTo(IndicatorStatus.NOT_MET);
            assertThat(three.explanation()).isEqualTo("3 present (required none)");
            assertThat(three.shortfall()).isEqualByComparingTo("3");
        }
    }

    @Test
    void aMissingValueIsMissingNotFailed() {
        Threshold.Judgement j = Threshold.atLeast("80", "%").judge(null);
        assertThat(j.status()).isEqualTo(IndicatorStatus.MISSING);
        assertThat(j.explanation()).isEqualTo("no value (required ≥ 80%)");
    }

    @Test
    void aYesNoValueNeverMeetsANumericThreshold() {
        assertThat(Threshold.atLeast("80", "%").judge(IndicatorValue.of(true)).status()).isEqualTo(IndicatorStatus.NOT_MET);
    }

    @Test
    void numericComparatorsNeedAValue() {
        assertThatThrownBy(() -> new Threshold(null, Comparator.AT_LEAST, null, null, "%"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(">=");
    }

    @Test
    void comparatorsAreReadFromTheCatalogueSymbols() {
        assertThat(Comparator.fromSymbol(">=")).contains(Comparator.AT_LEAST);
        assertThat(Comparator.fromSymbol("<=")).contains(Comparator.AT_MOST);
        assertThat(Comparator.fromSymbol("=")).contains(Comparator.EQUAL);
        assertThat(Comparator.fromSymbol("between")).contains(Comparator.BETWEEN);
        assertThat(Comparator.fromSymbol("achieved")).contains(Comparator.ACHIEVED);
        assertThat(Comparator.fromSymbol("none")).contains(Comparator.NONE);
        assertThat(Comparator.fromSymbol("≥")).contains(Comparator.AT_LEAST);
        assertThat(Comparator.fromSymbol("~")).isEmpty();
        assertThat(Comparator.fromSymbol(null)).isEmpty();
    }
}
