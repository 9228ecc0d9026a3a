package com.gaplens.domain.gap;

import static com.gaplens.domain.gap.Cells.assertRejected;
import static com.gaplens.domain.gap.Cells.promised;
import static com.gaplens.domain.gap.Cells.single;
import static com.gaplens.domain.gap.Cells.unpromised;
import static com.gaplens.domain.measurement.MeasurementMethod.BAROMETER;
import static com.gaplens.domain.measurement.MeasurementMethod.COMPLAINT;
import static com.gaplens.domain.measurement.MeasurementMethod.CONSUMER_STUDY;
import static com.gaplens.domain.measurement.MeasurementMethod.OBSERVATION;
import static com.gaplens.domain.measurement.MeasurementMethod.SOCIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.domain.experience.Score;
import com.gaplens.domain.measurement.Reading;
import com.gaplens.domain.scale.StandardScales;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Student t 0.975 quantiles used below come from a standard t table (e.g. NIST/SEMATECH e-Handbook of
 * Statistical Methods, table 1.3.6.7.2): df=2 → 4.302653, df=4 → 2.776445, df=9 → 2.262157,
 * df=19 → 2.093024, df=29 → 2.045230. Six decimals, hence the 1e-5 tolerance on interval bounds.
 */
class CellStatisticsTest {

    private static final double TABLE = 1e-5;
    private static final double EXACT = 1e-9;

    @Test
    void aWorkedCellOfThreeAggregatesGivesTheFiguresComputedByHand() {
        // given three aggregates on LIKERT_5 (25 points of score per native point)
        //   A: 4 respondents, mean 3.4 sd 0.4 → x = 60, s = 10; target 90; barometer
        //   B: 3 respondents, mean 4.2 sd 0   → x = 80, s = 0;  target 80; observation
        //   C: 3 respondents, mean 3.8 sd 0.8 → x = 70, s = 20; target 85; consumer study
        CellStatistics cell = CellStatistics.of(
                Contribution.promised(likert(3.4, 4, 0.4), BAROMETER, new Score(90)),
                Contribution.promised(likert(4.2, 3, 0.0), OBSERVATION, new Score(80)),
                Contribution.promised(likert(3.8, 3, 0.8), CONSUMER_STUDY, new Score(85)));

        // when
        Gap gap = cell.gap(SeverityThresholds.DEFAULT).orElseThrow();

        // then, by hand:
        //   W = 10, S1 = 4·60 + 3·80 + 3·70 = 690, lived = 69
        //   S2 = 4·(3600 + 100) + 3·(6400 + 0) + 3·(4900 + 400) = 49 900
        //   S2 − S1²/W = 49 900 − 47 610 = 2 290 (= within 1 600 + between 690), v = 2 290/9 = 254.444…
        //   SE = √(254.444…/10) = 5.044249, q(df 9) = 2.262157, half-width 11.410882
        //   T = 4·90 + 3·80 + 3·85 = 855, target 85.5, gap −16.5 → MAJOR; 85.5 > 80.410882 → significant
        assertThat(cell.count()).isEqualTo(3);
        assertThat(cell.weight()).isEqualTo(10);
        assertThat(cell.promised().sum()).isCloseTo(690, within(EXACT));
        assertThat(cell.promised().sumOfSquares()).isCloseTo(49_900, within(1e-7));
        assertThat(cell.targetSum()).isCloseTo(855, within(EXACT));
        assertThat(gap.lived().lived()).isCloseTo(69, within(EXACT));
        assertThat(gap.lived().variance().getAsDouble()).isCloseTo(2_290.0 / 9, within(EXACT));
        assertThat(gap.lived().standardError().getAsDouble()).isCloseTo(5.044249, within(1e-6));
        assertThat(gap.lived().interval().orElseThrow().lower()).isCloseTo(57.589118, within(TABLE));
        assertThat(gap.lived().interval().orElseThrow().upper()).isCloseTo(80.410882, within(TABLE));
        assertThat(gap.target()).isCloseTo(85.5, within(EXACT));
        assertThat(gap.value()).isCloseTo(-16.5, within(EXACT));
        assertThat(gap.severity()).isEqualTo(Severity.MAJOR);
        assertThat(gap.significance()).isEqualTo(Significance.SIGNIFICANT);
        assertThat(gap.triangulation().methods()).containsExactly(OBSERVATION, BAROMETER, CONSUMER_STUDY);
        assertThat(gap.triangulation().weakSignal()).isFalse();
    }

    @Test
    void singleObservationsGiveTheOrdinarySampleVariance() {
        // given three single answers 3.8, 4.2, 4.6 on LIKERT_5 → 70, 80, 90, promised at 70
        CellStatistics cell = CellStatistics.of(
                Contribution.promised(
                        new Reading.Single(3.8).normalise(StandardScales.LIKERT_5), BAROMETER, new Score(70)),
                Contribution.promised(
                        new Reading.Single(4.2).normalise(StandardScales.LIKERT_5), BAROMETER, new Score(70)),
                Contribution.promised(
                        new Reading.Single(4.6).normalise(StandardScales.LIKERT_5), BAROMETER, new Score(70)));

        // when
        Gap gap = cell.gap(SeverityThresholds.DEFAULT).orElseThrow();

        // then mean 80, sample variance ((−10)² + 0² + 10²)/2 = 100, SE = √(100/3) = 5.773503,
        // q(df 2) = 4.302653, half-width 24.841379: the interval [55.158621, 104.841379] is not clamped
        assertThat(gap.lived().lived()).isCloseTo(80, within(EXACT));
        assertThat(gap.lived().variance().getAsDouble()).isCloseTo(100, within(EXACT));
        assertThat(gap.lived().interval().orElseThrow().lower()).isCloseTo(55.158621, within(TABLE));
        assertThat(gap.lived().interval().orElseThrow().upper()).isCloseTo(104.841379, within(TABLE));
        // a +10 gap is EXCEEDED in size, but 70 lies inside the interval: not significant, and one method is a weak
        // signal
        assertThat(gap.severity()).isEqualTo(Severity.EXCEEDED);
        assertThat(gap.significance()).isEqualTo(Significance.NOT_SIGNIFICANT);
        assertThat(gap.triangulation().weakSignal()).isTrue();
    }

    @Test
    void theIntervalUsesStudentsTWithWeightMinusOneDegreesOfFreedom() {
        // df = 4: singles 10, 20, 30, 40, 50 → mean 30, v = (400 + 100 + 0 + 100 + 400)/4 = 250, SE = √50 = 7.071068
        //         half-width 2.776445 · 7.071068 = 19.632431
        ScoreSums five = CellStatistics.of(single(10, 0), single(20, 0), single(30, 0), single(40, 0), single(50, 0))
                .promised();
        assertThat(five.degreesOfFreedom()).hasValue(4);
        assertThat(five.interval().orElseThrow().lower()).isCloseTo(30 - 19.632431, within(TABLE));
        assertThat(five.interval().orElseThrow().upper()).isCloseTo(30 + 19.632431, within(TABLE));

        // df = 29: 15 answers of 40 and 15 of 60 → mean 50, v = 30·100/29 = 103.448276, SE = √(v/30) = 1.856953
        //          half-width 2.045230 · 1.856953 = 3.797897
        List<Contribution> thirty = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            thirty.add(single(40, 0));
            thirty.add(single(60, 0));
        }
        ScoreSums sums = CellStatistics.of(thirty).promised();
        assertThat(sums.standardError().getAsDouble()).isCloseTo(1.856953, within(1e-6));
        assertThat(sums.interval().orElseThrow().lower()).isCloseTo(50 - 3.797897, within(TABLE));
        assertThat(sums.interval().orElseThrow().upper()).isCloseTo(50 + 3.797897, within(TABLE));
    }

    @Test
    void anIntervalIsReportedAsComputedEvenBeyondTheScaleNotClampedToZeroToHundred() {
        // singles 0 and 100 → lived 50, S2 = 10000, v = (10000 − 100²/2)/1 = 5000, SE = √(5000/2) = 50;
        // one degree of freedom: q = tan(0.475·π) = 12.706204736174707 (the t(1) distribution is Cauchy's),
        // half-width 635.31023680873535 → [−585.31023680873535, 685.31023680873535]
        Gap gap = CellStatistics.of(single(0, 50), single(100, 50))
                .gap(SeverityThresholds.DEFAULT)
                .orElseThrow();

        assertThat(gap.lived().standardError()).hasValue(50);
        ConfidenceInterval interval = gap.lived().interval().orElseThrow();
        assertThat(interval.lower()).isCloseTo(-585.31023680873535, within(EXACT));
        assertThat(interval.upper()).isCloseTo(685.31023680873535, within(EXACT));
        // the target lies inside however wide the interval: not significant, as a clamped interval would say too
        assertThat(gap.significance()).isEqualTo(Significance.NOT_SIGNIFICANT);
    }

    @Test
    void oneRespondentHasNoVarianceSoSignificanceIsUndetermined() {
        // given
        CellStatistics cell = CellStatistics.of(single(40, 80));

        // when
        Gap gap = cell.gap(SeverityThresholds.DEFAULT).orElseThrow();

        // then W = 1: no variance, no interval; the gap is still −40, CRITICAL in size
        assertThat(gap.lived().variance()).isEmpty();
        assertThat(gap.lived().standardError()).isEmpty();
        assertThat(gap.lived().interval()).isEmpty();
        assertThat(gap.significance()).isEqualTo(Significance.UNDETERMINED);
        assertThat(gap.value()).isEqualTo(-40);
        assertThat(gap.severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void anAggregateWithoutSpreadAboutItsTargetIsSignificantWhenTheIntervalExcludesTheTarget() {
        // given two identical aggregates: the interval shrinks to a point, 90 ≠ 85
        CellStatistics cell = CellStatistics.of(promised(5, 90, 0, 85, SOCIAL), promised(5, 90, 0, 85, COMPLAINT));

        Gap gap = cell.gap(SeverityThresholds.DEFAULT).orElseThrow();

        assertThat(gap.lived().standardError()).hasValue(0);
        assertThat(gap.significance()).isEqualTo(Significance.SIGNIFICANT);
        assertThat(gap.severity()).isEqualTo(Severity.EXCEEDED);
    }

    @Test
    void aGapUsesOnlyThePromisedMeasurementsWhileLivedUsesThemAll() {
        // given two promised aggregates (55 and 65, target 80) and an unpromised one (90)
        CellStatistics cell = CellStatistics.of(
                promised(10, 55, 0, 80, BAROMETER), promised(10, 65, 0, 80, SOCIAL), unpromised(5, 90, 0, COMPLAINT));

        // when
        CellReport report = cell.report(SeverityThresholds.DEFAULT).orElseThrow();

        // then lived over all: (550 + 650 + 450)/25 = 66, by three methods
        assertThat(report.lived().count()).isEqualTo(3);
        assertThat(report.lived().weight()).isEqualTo(25);
        assertThat(report.lived().lived()).isCloseTo(66, within(EXACT));
        assertThat(report.lived().triangulation().methods()).containsExactlyInAnyOrder(BAROMETER, SOCIAL, COMPLAINT);
        // and the gap over the promised part only: lived 60, target 80, gap −20 → CRITICAL;
        // v = (10·25 + 10·25)/19 = 26.315789, SE = √(v/20) = 1.147079, half-width 2.093024·SE = 2.400864
        Gap gap = report.gap().orElseThrow();
        assertThat(gap.lived().weight()).isEqualTo(20);
        assertThat(gap.lived().lived()).isCloseTo(60, within(EXACT));
        assertThat(gap.target()).isCloseTo(80, within(EXACT));
        assertThat(gap.value()).isCloseTo(-20, within(EXACT));
        assertThat(gap.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(gap.lived().interval().orElseThrow().upper()).isCloseTo(62.400864, within(TABLE));
        assertThat(gap.isSignificant()).isTrue();
        assertThat(gap.triangulation().methods()).containsExactlyInAnyOrder(BAROMETER, SOCIAL);
        // and the unpromised part is reported as such
        assertThat(report.unpromisedCount()).isEqualTo(1);
        assertThat(report.unpromisedWeight()).isEqualTo(5);
        assertThat(report.unpromised().orElseThrow().lived()).isCloseTo(90, within(EXACT));
    }

    @Test
    void theGapValueAloneIsTheGapsValueToTheLastBitAndIsAbsentWhenTheGapIs() {
        // given the mixed cell above (gap −20) and two whose doubles do not divide evenly
        CellStatistics mixed = CellStatistics.of(
                promised(10, 55, 0, 80, BAROMETER), promised(10, 65, 0, 80, SOCIAL), unpromised(5, 90, 0, COMPLAINT));
        CellStatistics uneven =
                CellStatistics.of(promised(3, 70.1, 4, 77.7, BAROMETER), promised(7, 61.3, 9, 90, SOCIAL));
        CellStatistics unpromisedOnly = CellStatistics.of(unpromised(8, 70, 10, OBSERVATION));

        // then
        assertThat(mixed.gapValue()).hasValue(-20.0);
        for (CellStatistics cell : List.of(mixed, uneven)) {
            assertThat(cell.gapValue().getAsDouble())
                    .isEqualTo(
                            cell.gap(SeverityThresholds.DEFAULT).orElseThrow().value());
        }
        assertThat(unpromisedOnly.gapValue()).isEmpty();
        assertThat(CellStatistics.empty().gapValue()).isEmpty();
    }

    @Test
    void aCellWithNoPromisedMeasurementHasLivedFiguresButNoGap() {
        CellStatistics cell = CellStatistics.of(unpromised(8, 70, 10, OBSERVATION));

        CellReport report = cell.report(SeverityThresholds.DEFAULT).orElseThrow();

        assertThat(cell.target()).isEmpty();
        assertThat(report.gap()).isEmpty();
        assertThat(report.lived().lived()).isEqualTo(70);
        assertThat(report.unpromisedWeight()).isEqualTo(8);
    }

    @Test
    void anEmptyCellReportsNothingAndIsTheIdentityOfMerge() {
        CellStatistics cell = CellStatistics.of(promised(3, 70, 5, 75, BAROMETER), unpromised(2, 40, 0, SOCIAL));

        assertThat(CellStatistics.empty().report(SeverityThresholds.DEFAULT)).isEmpty();
        assertThat(CellStatistics.empty().gap(SeverityThresholds.DEFAULT)).isEmpty();
        assertThat(CellStatistics.empty().target()).isEmpty();
        assertThat(cell.merge(CellStatistics.empty())).isEqualTo(cell);
        assertThat(CellStatistics.empty().merge(cell)).isEqualTo(cell);
        assertThat(CellStatistics.of(List.of())).isEqualTo(CellStatistics.empty());
    }

    @Test
    void mergingIsCommutative() {
        CellStatistics a = CellStatistics.of(promised(3, 70, 5, 75, BAROMETER), unpromised(2, 40, 0, SOCIAL));
        CellStatistics b = CellStatistics.of(promised(7, 33.3, 12.5, 60, OBSERVATION));

        assertThat(a.merge(b)).isEqualTo(b.merge(a));
        assertThat(a.merge(b).methods()).containsExactlyInAnyOrder(BAROMETER, SOCIAL, OBSERVATION);
    }

    @Test
    void roundingNoiseBelowZeroInTheSquaredDeviationsIsReadAsZero() {
        // given sums whose S2 sits 1e-10 under S1²/W, as rounding leaves it when every respondent agrees
        double sum = 2 * (100.0 / 3);
        ScoreSums sums = new ScoreSums(2, 2, sum, sum * (sum / 2) - 1e-10, Set.of(BAROMETER));

        // then the variance is 0, never negative, and the interval a point
        assertThat(sums.variance()).hasValue(0);
        assertThat(sums.standardError()).hasValue(0);
        assertThat(sums.interval().orElseThrow().halfWidth()).isZero();
    }

    @Test
    void manyIdenticalAnswersHaveANonNegativeVariance() {
        List<Contribution> identical = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            identical.add(single(100.0 / 3, 50));
        }
        ScoreSums sums = CellStatistics.of(identical).promised();

        assertThat(sums.variance().getAsDouble()).isGreaterThanOrEqualTo(0).isCloseTo(0, within(1e-9));
    }

    @Test
    void storedSumsThatCannotComeFromMeasurementsAreRejected() {
        assertRejected(
                () -> new ScoreSums(2, 2, 100, 100, Set.of(BAROMETER)), "INCONSISTENT_CELL_SUMS", "sumOfSquares");
        assertRejected(() -> new ScoreSums(3, 2, 100, 10_000, Set.of(BAROMETER)), "INCONSISTENT_CELL_SUMS", "weight");
        assertRejected(() -> new ScoreSums(0, 0, 0, 0, Set.of(BAROMETER)), "INCONSISTENT_CELL_SUMS", "count");
        assertRejected(() -> new ScoreSums(1, 1, 50, 2_500, Set.of()), "INCONSISTENT_CELL_SUMS", "methods");
        assertRejected(() -> new ScoreSums(1, 1, 101, 10_201, Set.of(BAROMETER)), "INCONSISTENT_CELL_SUMS", "sum");
        assertRejected(
                () -> new ScoreSums(1, 1, 50, Double.NaN, Set.of(BAROMETER)), "INCONSISTENT_CELL_SUMS", "sumOfSquares");
        ScoreSums one = new ScoreSums(1, 1, 50, 2_500, Set.of(BAROMETER));
        assertRejected(() -> new CellStatistics(one, 101, ScoreSums.EMPTY), "INCONSISTENT_CELL_SUMS", "targetSum");
        assertRejected(() -> new CellStatistics(ScoreSums.EMPTY, 10, one), "INCONSISTENT_CELL_SUMS", "targetSum");
    }

    private static com.gaplens.domain.measurement.NormalisedReading likert(double mean, int sampleSize, double stdDev) {
        return new Reading.Aggregate(mean, sampleSize, OptionalDouble.of(stdDev)).normalise(StandardScales.LIKERT_5);
    }
}
