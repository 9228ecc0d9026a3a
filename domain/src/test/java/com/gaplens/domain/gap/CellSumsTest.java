package com.gaplens.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.domain.experience.Score;
import com.gaplens.domain.gap.CellSums.Count;
import com.gaplens.domain.gap.CellSums.Total;
import com.gaplens.domain.measurement.Emotion;
import com.gaplens.domain.measurement.EmotionReading;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.measurement.NormalisedReading;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CellSumsTest {

    /** 120 respondents averaging 60 (sd 15), promised a target of 70, feeling trust at 0.25. */
    private static final CellSums PROMISED = CellSums.of(
            Contribution.promised(new NormalisedReading(120, 60, 15), MeasurementMethod.BAROMETER, new Score(70)),
            Optional.of(new EmotionReading(Emotion.TRUST, 0.25)));

    /** One observation of 75, no commitment. */
    private static final CellSums UNPROMISED = CellSums.of(
            Contribution.unpromised(new NormalisedReading(1, 75, 0), MeasurementMethod.OBSERVATION), Optional.empty());

    @Test
    void oneMeasurementBringsItsWeightedSumsToItsPartAndItsMethodAndEmotion() {
        // w = 120, S1 = 120·60 = 7,200, S2 = 120·(60² + 15²) = 459,000, T = 120·70 = 8,400
        assertThat(PROMISED.count(Count.PROMISED_MEASUREMENTS)).isEqualTo(1);
        assertThat(PROMISED.count(Count.PROMISED_WEIGHT)).isEqualTo(120);
        assertThat(PROMISED.total(Total.PROMISED_SUM)).isEqualTo(7_200);
        assertThat(PROMISED.total(Total.PROMISED_SQUARES)).isEqualTo(459_000);
        assertThat(PROMISED.total(Total.TARGET)).isEqualTo(8_400);
        assertThat(PROMISED.promisedMethod(MeasurementMethod.BAROMETER)).isEqualTo(1);
        assertThat(PROMISED.count(Count.UNPROMISED_MEASUREMENTS)).isZero();
        assertThat(PROMISED.emotionCount(Emotion.TRUST)).isEqualTo(1);
        assertThat(PROMISED.emotionIntensity(Emotion.TRUST)).isEqualTo(0.25);
        assertThat(UNPROMISED.count(Count.UNPROMISED_WEIGHT)).isEqualTo(1);
        assertThat(UNPROMISED.total(Total.UNPROMISED_SQUARES)).isEqualTo(5_625);
        assertThat(UNPROMISED.unpromisedMethod(MeasurementMethod.OBSERVATION)).isEqualTo(1);
    }

    @Test
    void theStatisticsOfSumsAreThoseOfTheirMeasurementsMerged() {
        CellSums both = PROMISED.plus(UNPROMISED);

        CellStatistics statistics = both.statistics();

        CellStatistics expected = CellStatistics.of(
                Contribution.promised(new NormalisedReading(120, 60, 15), MeasurementMethod.BAROMETER, new Score(70)),
                Contribution.unpromised(new NormalisedReading(1, 75, 0), MeasurementMethod.OBSERVATION));
        assertThat(statistics).isEqualTo(expected);
        assertThat(statistics.methods()).isEqualTo(Set.of(MeasurementMethod.BAROMETER, MeasurementMethod.OBSERVATION));
        assertThat(both.emotions().measurements()).isEqualTo(2);
        assertThat(both.emotions().byEmotion().get(Emotion.TRUST).count()).isEqualTo(1);
    }

    @Test
    void aMeasurementTakenAwayLeavesWhatWasThereBefore() {
        CellSums before = UNPROMISED;

        CellSums after = before.plus(PROMISED).plus(PROMISED.negated());

        assertThat(after.measurements()).isEqualTo(1);
        assertThat(after.statistics()).isEqualTo(UNPROMISED.statistics());
        assertThat(after.emotions()).isEqualTo(UNPROMISED.emotions());
        assertThat(after.matches(UNPROMISED, 1e-9)).isTrue();
    }

    @Test
    void sumsWhoseMeasurementsAllLeftReadAsExactlyZeroWhateverRoundingLeft() {
        // 0.1 + 0.2 − 0.1 − 0.2 leaves 2.8e-17 in floating point
        CellSums tenth = scoreOf(0.1);
        CellSums fifth = scoreOf(0.2);
        CellSums left = tenth.plus(fifth).plus(tenth.negated()).plus(fifth.negated());
        assertThat(left.total(Total.UNPROMISED_SUM)).isNotZero();

        assertThat(left.isEmpty()).isTrue();
        assertThat(left.statistics()).isEqualTo(CellStatistics.empty());
        assertThat(left.matches(CellSums.ZERO, 1e-9)).isTrue();
    }

    @Test
    void roundingIsNotAllowedToCrossABoundNoSetOfMeasurementsCrosses() {
        // three scores of 100 leave one: rounding may leave S1 a hair above 100·W
        CellSums hundred = scoreOf(100.0 - 1e-13);
        CellSums skewed = hundred.plus(scoreOf(33.3)).plus(scoreOf(33.3).negated());

        CellStatistics statistics = skewed.statistics();

        assertThat(statistics.unpromised().sum()).isLessThanOrEqualTo(100.0);
        assertThat(statistics.unpromised().lived().getAsDouble()).isCloseTo(100, within(1e-9));
    }

    @Test
    void sumsMatchWhenCountsAreEqualAndTotalsWithinTheTolerance() {
        CellSums a = scoreOf(50);
        CellSums nearly = scoreOf(50 + 1e-12);
        CellSums far = scoreOf(50.01);

        assertThat(a.matches(nearly, 1e-9)).isTrue();
        assertThat(a.matches(far, 1e-9)).isFalse();
        assertThat(a.matches(a.plus(UNPROMISED), 1e-9)).as("another count").isFalse();
    }

    private static CellSums scoreOf(double score) {
        return CellSums.of(
                Contribution.unpromised(new NormalisedReading(1, score, 0), MeasurementMethod.OBSERVATION),
                Optional.empty());
    }
}
