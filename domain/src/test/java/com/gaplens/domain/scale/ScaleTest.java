package com.gaplens.domain.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.domain.shared.InvalidInputException;
import java.util.OptionalDouble;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScaleTest {

    private static final double EXACT = 1e-12;

    @Nested
    class StandardScalesNormalise {

        // Expected scores by hand from DOMAIN.md: 100·(v − min)/(max − min), or 100·(max − v)/(max − min) when
        // reversed.
        @ParameterizedTest(name = "{0} {1} → {2}")
        @CsvSource({
            // NPS −100…100: (nps + 100)/2
            "NPS, -100, 0",
            "NPS, 0, 50",
            "NPS, 100, 100",
            "NPS, -40, 30",
            "NPS, 50, 75",
            // CSAT_5 1…5
            "CSAT_5, 1, 0",
            "CSAT_5, 5, 100",
            "CSAT_5, 4, 75",
            "CSAT_5, 4.2, 80",
            // CES_7 1…7, reversed: 100·(7 − v)/6
            "CES_7, 1, 100",
            "CES_7, 7, 0",
            "CES_7, 4, 50",
            "CES_7, 2.5, 75",
            // LIKERT_5 1…5, LIKERT_7 1…7
            "LIKERT_5, 1, 0",
            "LIKERT_5, 3, 50",
            "LIKERT_5, 5, 100",
            "LIKERT_7, 1, 0",
            "LIKERT_7, 4, 50",
            "LIKERT_7, 7, 100",
            // PERCENT 0…100: identity
            "PERCENT, 0, 0",
            "PERCENT, 87.5, 87.5",
            "PERCENT, 100, 100",
            // SENTIMENT −1…1: (s + 1)·50
            "SENTIMENT, -1, 0",
            "SENTIMENT, 0, 50",
            "SENTIMENT, 0.3, 65",
            "SENTIMENT, 1, 100",
            // COMPLAINT_RATE 0…100, reversed: 100 − rate
            "COMPLAINT_RATE, 0, 100",
            "COMPLAINT_RATE, 4, 96",
            "COMPLAINT_RATE, 100, 0",
        })
        void scoreIsTheLinearImageOfTheNativeRangeOnZeroToHundred(String code, double value, double expected) {
            // given
            Scale scale = StandardScales.byCode(new ScaleCode(code)).orElseThrow();

            // when
            double score = scale.normalise(value).value();

            // then
            assertThat(score).isCloseTo(expected, within(EXACT));
        }

        @Test
        void reversedSevenPointScoresHaveThirdsOfTheRange() {
            // CES 2 → 100·5/6 = 83.333…; LIKERT_7 5 → 100·4/6 = 66.666…
            assertThat(StandardScales.CES_7.normalise(2).value()).isCloseTo(250.0 / 3, within(EXACT));
            assertThat(StandardScales.LIKERT_7.normalise(5).value()).isCloseTo(200.0 / 3, within(EXACT));
        }

        @Test
        void boundsMapExactlyToZeroAndHundred() {
            for (Scale scale : StandardScales.all()) {
                double best = scale.direction() == Direction.HIGHER_IS_BETTER ? scale.max() : scale.min();
                double worst = scale.direction() == Direction.HIGHER_IS_BETTER ? scale.min() : scale.max();
                assertThat(scale.normalise(best).value())
                        .as(scale.code().value())
                        .isEqualTo(100.0);
                assertThat(scale.normalise(worst).value())
                        .as(scale.code().value())
                        .isEqualTo(0.0);
            }
        }

        @Test
        void theStandardScalesAreTheEightOfTheBrief() {
            assertThat(StandardScales.all())
                    .extracting(scale -> scale.code().value())
                    .containsExactly(
                            "NPS", "CSAT_5", "CES_7", "LIKERT_5", "LIKERT_7", "PERCENT", "SENTIMENT", "COMPLAINT_RATE");
            assertThat(StandardScales.all())
                    .filteredOn(Scale::share)
                    .containsExactly(StandardScales.PERCENT, StandardScales.COMPLAINT_RATE);
            assertThat(StandardScales.all())
                    .filteredOn(scale -> scale.direction() == Direction.LOWER_IS_BETTER)
                    .containsExactly(StandardScales.CES_7, StandardScales.COMPLAINT_RATE);
        }
    }

    @Nested
    class Rejections {

        @ParameterizedTest
        @ValueSource(
                doubles = {
                    -100.000001,
                    100.000001,
                    -1000,
                    Double.NaN,
                    Double.POSITIVE_INFINITY,
                    Double.NEGATIVE_INFINITY
                })
        void aValueOutsideTheRangeOrNotFiniteIsRejectedNeverClamped(double value) {
            assertRejected(() -> StandardScales.NPS.normalise(value), "VALUE_OUT_OF_SCALE", "value");
        }

        @Test
        void aValueBelowTheMinimumOfAReversedScaleIsRejected() {
            assertRejected(() -> StandardScales.CES_7.normalise(0.99), "VALUE_OUT_OF_SCALE", "value");
            assertRejected(() -> StandardScales.COMPLAINT_RATE.normalise(-0.5), "VALUE_OUT_OF_SCALE", "value");
        }

        @Test
        void aNegativeOrNonFiniteStdDevIsRejected() {
            assertRejected(() -> StandardScales.LIKERT_5.normaliseDispersion(-0.1), "STD_DEV_INVALID", "stdDev");
            assertRejected(() -> StandardScales.LIKERT_5.normaliseDispersion(Double.NaN), "STD_DEV_INVALID", "stdDev");
            assertRejected(
                    () -> StandardScales.LIKERT_5.normaliseDispersion(Double.POSITIVE_INFINITY),
                    "STD_DEV_INVALID",
                    "stdDev");
        }
    }

    @Nested
    class Dispersion {

        @Test
        void stdDevIsNormalisedWithTheSameFactorAsValues() {
            // LIKERT_5: 100/(5 − 1) = 25 per point; NPS: 100/200 = 0.5 per point
            assertThat(StandardScales.LIKERT_5.normaliseDispersion(1.0)).isCloseTo(25, within(EXACT));
            assertThat(StandardScales.NPS.normaliseDispersion(40)).isCloseTo(20, within(EXACT));
        }

        @Test
        void stdDevOfAReversedScaleStaysPositive() {
            // CES_7: 1.5 points × 100/6 = 25, a distance, whatever the direction
            assertThat(StandardScales.CES_7.normaliseDispersion(1.5)).isCloseTo(25, within(EXACT));
        }

        @Test
        void aShareScaleAssumesTheBernoulliDispersion() {
            // PERCENT 80 → p = 0.8 → 100·√(0.8·0.2) = 100·0.4 = 40
            assertThat(StandardScales.PERCENT.dispersionWithoutStdDev(StandardScales.PERCENT.normalise(80)))
                    .isCloseTo(40, within(1e-9));
            // COMPLAINT_RATE 10 % → score 90 → p = 0.9 → 100·√(0.09) = 30
            assertThat(StandardScales.COMPLAINT_RATE.dispersionWithoutStdDev(
                            StandardScales.COMPLAINT_RATE.normalise(10)))
                    .isCloseTo(30, within(1e-9));
            // a unanimous share has no spread
            assertThat(StandardScales.PERCENT.dispersionWithoutStdDev(StandardScales.PERCENT.normalise(100)))
                    .isZero();
        }

        @Test
        void aNonShareScaleAssumesTheUniformDispersionUnlessItDeclaresAnother() {
            // 100/√12 = 28.867513459481288 (√12 = 3.4641016151377544)
            assertThat(StandardScales.LIKERT_5.dispersionWithoutStdDev(StandardScales.LIKERT_5.normalise(3)))
                    .isCloseTo(28.867513459481288, within(1e-12));
            Scale declared = Scale.define(
                    new ScaleCode("STAR_RATING"),
                    "Stars",
                    0,
                    5,
                    Direction.HIGHER_IS_BETTER,
                    false,
                    OptionalDouble.of(20));
            assertThat(declared.dispersionWithoutStdDev(declared.normalise(4))).isEqualTo(20);
        }
    }

    @Nested
    class TenantScales {

        @Test
        void aTenantScaleNormalisesLikeAStandardOne() {
            // given minutes of waiting, 0…30, lower is better
            Scale wait = Scale.define(
                    new ScaleCode("QUEUE_MINUTES"),
                    "Minutes in queue",
                    0,
                    30,
                    Direction.LOWER_IS_BETTER,
                    false,
                    OptionalDouble.empty());

            // then 6 minutes → 100·(30 − 6)/30 = 80, and it uses the uniform default dispersion
            assertThat(wait.normalise(6).value()).isCloseTo(80, within(EXACT));
            assertThat(wait.defaultDispersion()).isEqualTo(Scale.UNIFORM_DISPERSION);
            assertRejected(() -> wait.normalise(31), "VALUE_OUT_OF_SCALE", "value");
        }

        @Test
        void aTenantCannotRedefineAStandardScale() {
            assertRejected(
                    () -> Scale.define(
                            new ScaleCode("NPS"),
                            "My NPS",
                            0,
                            10,
                            Direction.HIGHER_IS_BETTER,
                            false,
                            OptionalDouble.empty()),
                    "SCALE_CODE_RESERVED",
                    "scaleCode");
        }

        @Test
        void aShareScaleCannotDeclareADispersion() {
            assertRejected(
                    () -> Scale.define(
                            new ScaleCode("ON_TIME"),
                            "On time",
                            0,
                            1,
                            Direction.HIGHER_IS_BETTER,
                            true,
                            OptionalDouble.of(10)),
                    "DISPERSION_NOT_APPLICABLE_TO_SHARES",
                    "defaultDispersion");
        }

        @Test
        void theRangeMustBeFiniteAndNotEmpty() {
            assertRejected(() -> scale(5, 5), "SCALE_RANGE_INVALID", "max");
            assertRejected(() -> scale(5, 1), "SCALE_RANGE_INVALID", "max");
            assertRejected(() -> scale(-Double.MAX_VALUE, Double.MAX_VALUE), "SCALE_RANGE_INVALID", "max");
            assertRejected(() -> scale(Double.NaN, 1), "NOT_FINITE", "min");
            assertRejected(() -> scale(0, Double.POSITIVE_INFINITY), "NOT_FINITE", "max");
        }

        @Test
        void aDeclaredDispersionLiesWithinZeroAndFifty() {
            assertRejected(
                    () -> Scale.define(
                            new ScaleCode("X"), "x", 0, 1, Direction.HIGHER_IS_BETTER, false, OptionalDouble.of(50.1)),
                    "DEFAULT_DISPERSION_OUT_OF_RANGE",
                    "defaultDispersion");
            assertRejected(
                    () -> Scale.define(
                            new ScaleCode("X"), "x", 0, 1, Direction.HIGHER_IS_BETTER, false, OptionalDouble.of(-1)),
                    "DEFAULT_DISPERSION_OUT_OF_RANGE",
                    "defaultDispersion");
        }

        @Test
        void aScaleHasANonBlankName() {
            assertRejected(
                    () -> Scale.define(
                            new ScaleCode("X"), "  ", 0, 1, Direction.HIGHER_IS_BETTER, false, OptionalDouble.empty()),
                    "BLANK",
                    "name");
        }

        private Scale scale(double min, double max) {
            return Scale.define(
                    new ScaleCode("CUSTOM"),
                    "Custom",
                    min,
                    max,
                    Direction.HIGHER_IS_BETTER,
                    false,
                    OptionalDouble.empty());
        }
    }

    @Nested
    class Codes {

        @ParameterizedTest
        @ValueSource(
                strings = {"NPS", "CES_7", "STORE_QUEUE_MINUTES", "A1", "ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJ"})
        void anUpperSnakeCodeOfAtMostFortyCharactersIsAccepted(String code) {
            assertThat(new ScaleCode(code).value()).isEqualTo(code);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "",
                    "nps",
                    "Nps",
                    "_NPS",
                    "NPS_",
                    "NPS__7",
                    "7NPS",
                    "NPS 7",
                    "NPS-7",
                    "ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJK"
                })
        void anythingElseIsAMalformedCode(String code) {
            assertRejected(() -> new ScaleCode(code), "MALFORMED_SCALE_CODE", "scaleCode");
        }
    }

    private static void assertRejected(ThrowingCallable call, String reason, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.field()).contains(field);
        });
    }
}
