package com.gaplens.domain.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.domain.scale.StandardScales;
import com.gaplens.domain.shared.InvalidInputException;
import java.util.OptionalDouble;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ReadingTest {

    @Test
    void aSingleObservationWeighsOneWithNoSpreadWithin() {
        // given one answer of 4 on LIKERT_5
        Reading reading = new Reading.Single(4);

        // when
        NormalisedReading normalised = reading.normalise(StandardScales.LIKERT_5);

        // then 100·(4 − 1)/4 = 75, weight 1, dispersion 0 (its spread is between measurements, not within)
        assertThat(normalised).isEqualTo(new NormalisedReading(1, 75, 0));
    }

    @Test
    void anAggregateWithAStdDevWeighsItsRespondentsWithTheNormalisedStdDev() {
        // given 10 respondents, mean 4, sd 0.8 points on LIKERT_5 (25 per point)
        Reading reading = new Reading.Aggregate(4, 10, OptionalDouble.of(0.8));

        // when
        NormalisedReading normalised = reading.normalise(StandardScales.LIKERT_5);

        // then weight 10, score 75, dispersion 0.8·25 = 20
        assertThat(normalised.weight()).isEqualTo(10);
        assertThat(normalised.score()).isCloseTo(75, within(1e-12));
        assertThat(normalised.dispersion()).isCloseTo(20, within(1e-12));
    }

    @Test
    void anAggregateWithoutStdDevOnAShareScaleUsesTheBernoulliDispersion() {
        // 50 customers, 80 % served in time → p = 0.8 → 100·√(0.16) = 40
        NormalisedReading normalised =
                new Reading.Aggregate(80, 50, OptionalDouble.empty()).normalise(StandardScales.PERCENT);

        assertThat(normalised.weight()).isEqualTo(50);
        assertThat(normalised.score()).isEqualTo(80);
        assertThat(normalised.dispersion()).isCloseTo(40, within(1e-9));
    }

    @Test
    void anAggregateWithoutStdDevOnAnotherScaleUsesTheDefaultDispersion() {
        // 100/√12 = 28.867513459481288
        NormalisedReading normalised =
                new Reading.Aggregate(30, 200, OptionalDouble.empty()).normalise(StandardScales.NPS);

        assertThat(normalised.score()).isCloseTo(65, within(1e-12));
        assertThat(normalised.dispersion()).isCloseTo(28.867513459481288, within(1e-12));
    }

    @Test
    void anAggregateOfOneRespondentIsNormalisedLikeASingleObservation() {
        NormalisedReading normalised =
                new Reading.Aggregate(4, 1, OptionalDouble.empty()).normalise(StandardScales.LIKERT_5);

        assertThat(normalised).isEqualTo(new NormalisedReading(1, 75, 0));
    }

    @Test
    void aClientsFieldsBecomeASingleWhenTheyDescribeOneAnswer() {
        assertThat(Reading.of(4, 1, OptionalDouble.empty())).isEqualTo(new Reading.Single(4));
        assertThat(Reading.of(4, 1, OptionalDouble.of(0))).isEqualTo(new Reading.Single(4));
        assertThat(Reading.of(4, 2, OptionalDouble.empty()))
                .isEqualTo(new Reading.Aggregate(4, 2, OptionalDouble.empty()));
    }

    @Test
    void theLargestPossibleStdDevIsAcceptedAndAnythingAboveRejected() {
        // two answers 1 and 5 on LIKERT_5: sample sd = √(((1−3)² + (5−3)²)/1) = √8 = 2.8284271…, i.e. 50·√2 normalised
        assertThat(new Reading.Aggregate(3, 2, OptionalDouble.of(Math.sqrt(8)))
                        .normalise(StandardScales.LIKERT_5)
                        .dispersion())
                .isCloseTo(50 * Math.sqrt(2), within(1e-9));
        assertRejected(
                () -> new Reading.Aggregate(3, 2, OptionalDouble.of(2.9)).normalise(StandardScales.LIKERT_5),
                "STD_DEV_OUT_OF_SCALE",
                "stdDev");
        assertRejected(
                () -> new Reading.Aggregate(3, 1, OptionalDouble.of(0.5)).normalise(StandardScales.LIKERT_5),
                "STD_DEV_OUT_OF_SCALE",
                "stdDev");
    }

    @Test
    void aMeanOutsideTheScaleIsRejected() {
        assertRejected(
                () -> new Reading.Aggregate(5.5, 10, OptionalDouble.empty()).normalise(StandardScales.LIKERT_5),
                "VALUE_OUT_OF_SCALE",
                "value");
        assertRejected(() -> new Reading.Single(0).normalise(StandardScales.CSAT_5), "VALUE_OUT_OF_SCALE", "value");
    }

    @Test
    void malformedReadingsAreRejectedNamingTheField() {
        assertRejected(() -> new Reading.Single(Double.NaN), "NOT_FINITE", "value");
        assertRejected(
                () -> new Reading.Aggregate(Double.POSITIVE_INFINITY, 3, OptionalDouble.empty()),
                "NOT_FINITE",
                "value");
        assertRejected(
                () -> new Reading.Aggregate(3, 0, OptionalDouble.empty()), "SAMPLE_SIZE_TOO_SMALL", "sampleSize");
        assertRejected(
                () -> new Reading.Aggregate(3, -5, OptionalDouble.empty()), "SAMPLE_SIZE_TOO_SMALL", "sampleSize");
        assertRejected(() -> new Reading.Aggregate(3, 5, OptionalDouble.of(-0.1)), "STD_DEV_INVALID", "stdDev");
        assertRejected(() -> new Reading.Aggregate(3, 5, OptionalDouble.of(Double.NaN)), "STD_DEV_INVALID", "stdDev");
    }

    @Test
    void negativeZeroIsTheSameReadingAsZero() {
        assertThat(new Reading.Single(-0.0)).isEqualTo(new Reading.Single(0.0));
        assertThat(new Reading.Aggregate(-0.0, 2, OptionalDouble.of(-0.0)))
                .isEqualTo(new Reading.Aggregate(0.0, 2, OptionalDouble.of(0.0)));
    }

    static void assertRejected(ThrowingCallable call, String reason, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.field()).contains(field);
        });
    }
}
