package com.gaplens.domain.impact;

import static com.gaplens.domain.impact.ImpactMetric.ACQUISITION_COST;
import static com.gaplens.domain.impact.ImpactMetric.RETENTION;
import static com.gaplens.domain.impact.ImpactMetric.REVENUE_PER_CUSTOMER;
import static com.gaplens.domain.impact.ImpactMetric.UPSELL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.domain.shared.InvalidInputException;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ImpactAnalysisTest {

    private static final double EXACT = 1e-12;

    @Nested
    class WelchTTest {

        @Test
        void matchesThePublishedClickHouseExampleWithUnequalVariances() {
            // Source: ClickHouse documentation, aggregate function welchTTest, "Examples"
            // (https://clickhouse.com/docs/sql-reference/aggregate-functions/reference/welchttest):
            // sample 0 = {20.3, 22.1, 21.9}, sample 1 = {18.9, 20.3, 19}; welchTTest(0.95) prints
            // (2.7988719532211235, 0.05180736034858519, -0.026294346671631885, 4.092961013338302).
            // By hand: m1 = 64.3/3 = 21.4333, m2 = 58.2/3 = 19.4, s1² = 0.97333, s2² = 0.61;
            // SE² = 0.97333/3 + 0.61/3 = 0.52778, SE = 0.72648, t = 2.03333/0.72648 = 2.79887;
            // df = 0.52778² / (0.32444²/2 + 0.20333²/2) = 0.27855 / 0.07330 = 3.79990.
            // given
            var exposed = ContinuousObservations.of(20.3, 22.1, 21.9);
            var control = ContinuousObservations.of(18.9, 20.3, 19);

            // when
            var result = (ImpactResult.Tested) ImpactAnalysis.analyse(REVENUE_PER_CUSTOMER, exposed, control);

            // then
            assertThat(result.test()).isEqualTo(StatisticalTest.WELCH_T);
            assertThat(result.statistic()).isCloseTo(2.7988719532211235, within(1e-9));
            assertThat(result.degreesOfFreedom().getAsDouble()).isCloseTo(3.79990400242520, within(1e-9));
            assertThat(result.pValue()).isCloseTo(0.05180736034858519, within(1e-9));
            assertThat(result.interval95().lower()).isCloseTo(-0.026294346671631885, within(1e-9));
            assertThat(result.interval95().upper()).isCloseTo(4.092961013338302, within(1e-9));
            assertThat(result.verdict()).isEqualTo(Verdict.NO_DETECTABLE_EFFECT); // p = 0.0518 is not < 0.05
        }

        @Test
        void matchesThePublishedROutputForTenAgainstTen() {
            // Source: R's t.test(ts1, ts2) ("Welch Two Sample t-test") as quoted in a Cross Validated answer on the
            // Welch confidence interval, reproduced at
            // https://boxhoidap.com/huong-dan-welchs-t-test-confidence-interval-python-tran-khoang-tin-cay-t-test-cua-welch :
            // t = -1.8325, df = 17.9, p-value = 0.08356, 95 percent CI -2.1469104 0.1469104, means 10.4 and 11.4.
            // given
            var exposed = ContinuousObservations.of(11, 9, 10, 11, 10, 12, 9, 11, 12, 9);
            var control = ContinuousObservations.of(11, 13, 10, 13, 12, 9, 11, 12, 12, 11);

            // when
            var result = (ImpactResult.Tested) ImpactAnalysis.analyse(REVENUE_PER_CUSTOMER, exposed, control);

            // then
            assertThat(result.exposedMean()).isCloseTo(10.4, within(EXACT));
            assertThat(result.controlMean()).isCloseTo(11.4, within(EXACT));
            assertThat(result.difference()).isCloseTo(-1.0, within(EXACT));
            assertThat(result.statistic()).isCloseTo(-1.8325, within(5e-5));
            assertThat(result.degreesOfFreedom().getAsDouble()).isCloseTo(17.9, within(5e-2));
            assertThat(result.pValue()).isCloseTo(0.08356, within(5e-6));
            assertThat(result.interval95().lower()).isCloseTo(-2.1469104, within(5e-7));
            assertThat(result.interval95().upper()).isCloseTo(0.1469104, within(5e-7));
            assertThat(result.verdict()).isEqualTo(Verdict.NO_DETECTABLE_EFFECT);
        }

        @Test
        void detectsAnImprovementWithUnequalSizesAndVariances() {
            // Revenue per customer, 8 exposed against 12 control; the exposed spread is ~6× the control's.
            // By hand (exact fractions):
            //   exposed Σ = 1722, m1 = 215.25, Σ(x−m1)² = 25030, s1² = 25030/7 = 3575.7142857
            //   control Σ = 1963, m2 = 163.583333, Σ(x−m2)² = 978.91667, s2² = 11747/132 = 88.9924242
            //   s1²/n1 = 446.9642857, s2²/n2 = 7.4160354, SE² = 454.3803211, SE = 21.3161986
            //   t = 51.6666667 / 21.3161986 = 2.4238218
            //   df = 454.3803211² / (446.9642857²/7 + 7.4160354²/11) = 206461.476 / 28544.582 = 7.2329481
            //   uplift = (155/3) / (1963/12) = 620/1963 = 0.3158431
            // p and the t quantile: SciPy 1.17.1 stats.ttest_ind(equal_var=False) gives p = 0.044735924309194;
            // t.ppf(0.975, 7.2329481) = 2.3492732, CI = 51.6666667 ± 2.3492732 × 21.3161986 = [1.5890920, 101.7442414].
            // given
            double[] exposedValues = {182.0, 240.5, 131.0, 275.0, 199.5, 310.0, 158.0, 226.0};
            double[] controlValues = {160.0, 171.5, 149.0, 166.0, 155.5, 180.0, 162.5, 158.0, 170.0, 151.5, 175.0, 164.0
            };

            // when
            var result = (ImpactResult.Tested) ImpactAnalysis.analyse(
                    REVENUE_PER_CUSTOMER,
                    ContinuousObservations.of(exposedValues),
                    ContinuousObservations.of(controlValues));

            // then
            assertThat(result.exposedSize()).isEqualTo(8);
            assertThat(result.controlSize()).isEqualTo(12);
            assertThat(result.exposedMean()).isCloseTo(215.25, within(EXACT));
            assertThat(result.controlMean()).isCloseTo(163.58333333333334, within(1e-10));
            assertThat(result.difference()).isCloseTo(51.666666666666664, within(1e-10));
            assertThat(result.relativeUplift().getAsDouble()).isCloseTo(620.0 / 1963.0, within(EXACT));
            assertThat(result.statistic()).isCloseTo(2.4238217954381955, within(1e-10));
            assertThat(result.degreesOfFreedom().getAsDouble()).isCloseTo(7.2329480636202375, within(1e-10));
            assertThat(result.pValue()).isCloseTo(0.044735924309194035, within(1e-10));
            assertThat(result.interval95().lower()).isCloseTo(1.5890919828622359, within(1e-8));
            assertThat(result.interval95().upper()).isCloseTo(101.74424135047107, within(1e-8));
            assertThat(result.verdict()).isEqualTo(Verdict.IMPROVEMENT);

            // and an independent implementation agrees (Commons Statistics inference, unequal variances)
            TTest.Result reference =
                    TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC).test(exposedValues, controlValues);
            assertThat(result.statistic()).isCloseTo(reference.getStatistic(), within(1e-12));
            assertThat(result.degreesOfFreedom().getAsDouble())
                    .isCloseTo(reference.getDegreesOfFreedom(), within(1e-9));
            assertThat(result.pValue()).isCloseTo(reference.getPValue(), within(1e-12));
        }

        @Test
        void aLowerAcquisitionCostForTheExposedIsAnImprovement() {
            // Cost per acquired customer. By hand: exposed n = 9, Σ = 340.5, m1 = 37.833333, Σ(x−m1)² = 44,
            // s1² = 5.5; control n = 11, Σ = 521, m2 = 47.363636, Σ(x−m2)² = 267.545455, s2² = 26.7545455.
            // SE² = 5.5/9 + 26.7545455/11 = 0.6111111 + 2.4322314 = 3.0433425, SE = 1.7445178;
            // difference = −9.5303030, t = −5.4630012;
            // df = 3.0433425² / (0.6111111²/8 + 2.4322314²/10) = 9.2619 / 0.63826 = 14.5112906.
            // SciPy 1.17.1 ttest_ind(equal_var=False): p = 7.35954462887976e-05.
            // given
            var exposed = ContinuousObservations.of(38.0, 41.5, 35.0, 39.5, 36.0, 40.0, 37.5, 34.5, 38.5);
            var control = ContinuousObservations.of(45.0, 52.5, 39.0, 48.0, 55.5, 43.0, 50.0, 47.5, 41.0, 53.0, 46.5);

            // when
            var result = (ImpactResult.Tested) ImpactAnalysis.analyse(ACQUISITION_COST, exposed, control);

            // then
            assertThat(result.difference()).isCloseTo(227.0 / 6 - 521.0 / 11, within(EXACT));
            assertThat(result.statistic()).isCloseTo(-5.463001167055723, within(1e-10));
            assertThat(result.degreesOfFreedom().getAsDouble()).isCloseTo(14.511290603643978, within(1e-10));
            assertThat(result.pValue()).isCloseTo(7.35954462887976e-05, within(1e-15));
            assertThat(result.interval95().upper()).isNegative();
            assertThat(result.verdict()).isEqualTo(Verdict.IMPROVEMENT);
        }

        @Test
        void aHigherAcquisitionCostForTheExposedIsADeterioration() {
            // given: the same data as above, groups swapped (difference +9.53, p unchanged)
            var exposed = ContinuousObservations.of(45.0, 52.5, 39.0, 48.0, 55.5, 43.0, 50.0, 47.5, 41.0, 53.0, 46.5);
            var control = ContinuousObservations.of(38.0, 41.5, 35.0, 39.5, 36.0, 40.0, 37.5, 34.5, 38.5);

            // when
            var result = (ImpactResult.Tested) ImpactAnalysis.analyse(ACQUISITION_COST, exposed, control);

            // then
            assertThat(result.difference()).isPositive();
            assertThat(result.pValue()).isCloseTo(7.35954462887976e-05, within(1e-15));
            assertThat(result.verdict()).isEqualTo(Verdict.DETERIORATION);
        }

        @Test
        void aTenantMetricWhereLowerIsBetterReadsTheSameWay() {
            // given: waiting time in minutes, lower is better; the cost data above
            var waiting = ImpactMetric.custom("WAITING_MINUTES", MetricKind.CONTINUOUS, Direction.LOWER_IS_BETTER);
            var exposed = ContinuousObservations.of(38.0, 41.5, 35.0, 39.5, 36.0, 40.0, 37.5, 34.5, 38.5);
            var control = ContinuousObservations.of(45.0, 52.5, 39.0, 48.0, 55.5, 43.0, 50.0, 47.5, 41.0, 53.0, 46.5);

            // when
            var result = (ImpactResult.Tested) ImpactAnalysis.analyse(waiting, exposed, control);

            // then
            assertThat(result.verdict()).isEqualTo(Verdict.IMPROVEMENT);
            assertThat(result.verdict().words()).isEqualTo("improvement");
        }

        @Test
        void perCustomerObservationsAndTheirSummaryGiveTheSameResult() {
            // given: the cost data as observations, and the same data summarised by hand:
            // n = 9, mean = 340.5/9 = 227/6, sd = √5.5; n = 11, mean = 521/11, sd = √(2943/110)
            var exposedObservations = ContinuousObservations.of(38.0, 41.5, 35.0, 39.5, 36.0, 40.0, 37.5, 34.5, 38.5);
            var controlObservations =
                    ContinuousObservations.of(45.0, 52.5, 39.0, 48.0, 55.5, 43.0, 50.0, 47.5, 41.0, 53.0, 46.5);
            var exposedSummary = new ContinuousSummary(9, 227.0 / 6, Math.sqrt(5.5));
            var controlSummary = new ContinuousSummary(11, 521.0 / 11, Math.sqrt(2943.0 / 110));

            // when
            var fromObservations = (ImpactResult.Tested)
                    ImpactAnalysis.analyse(ACQUISITION_COST, exposedObservations, controlObservations);
            var fromSummaries =
                    (ImpactResult.Tested) ImpactAnalysis.analyse(ACQUISITION_COST, exposedSummary, controlSummary);
            var mixed =
                    (ImpactResult.Tested) ImpactAnalysis.analyse(ACQUISITION_COST, exposedObservations, controlSummary);

            // then
            for (var other : new ImpactResult.Tested[] {fromSummaries, mixed}) {
                assertThat(other.exposedMean()).isCloseTo(fromObservations.exposedMean(), within(EXACT));
                assertThat(other.controlMean()).isCloseTo(fromObservations.controlMean(), within(EXACT));
                assertThat(other.statistic()).isCloseTo(fromObservations.statistic(), within(1e-10));
                assertThat(other.degreesOfFreedom().getAsDouble())
                        .isCloseTo(fromObservations.degreesOfFreedom().getAsDouble(), within(1e-10));
                assertThat(other.pValue()).isCloseTo(fromObservations.pValue(), within(1e-15));
                assertThat(other.interval95().lower())
                        .isCloseTo(fromObservations.interval95().lower(), within(1e-10));
                assertThat(other.interval95().upper())
                        .isCloseTo(fromObservations.interval95().upper(), within(1e-10));
                assertThat(other.verdict()).isEqualTo(fromObservations.verdict());
            }
        }

        @Test
        void observationsReduceToTheSampleMeanAndTheSampleStandardDeviation() {
            // given: {2, 4, 4, 4, 5, 5, 7, 9}: mean 5, Σ(x−5)² = 32, sample variance 32/7
            var observations = ContinuousObservations.of(2, 4, 4, 4, 5, 5, 7, 9);

            // when
            var summary = observations.summary();

            // then
            assertThat(summary.n()).isEqualTo(8);
            assertThat(summary.mean()).isEqualTo(5.0);
            assertThat(summary.standardDeviation()).isCloseTo(Math.sqrt(32.0 / 7), within(EXACT));
        }

        @Test
        void theUpliftIsEmptyWhenTheControlMeanIsZero() {
            // given: control {-1, 1, -2, 2} has mean 0
            var exposed = ContinuousObservations.of(1, 2, 3);
            var control = ContinuousObservations.of(-1, 1, -2, 2);

            // when
            var result = (ImpactResult.Tested) ImpactAnalysis.analyse(REVENUE_PER_CUSTOMER, exposed, control);

            // then
            assertThat(result.difference()).isEqualTo(2.0);
            assertThat(result.relativeUplift()).isEmpty();
        }

        @Test
        void saysNotEnoughDataWhenAGroupHasFewerThanTwoCustomers() {
            // given
            var exposed = ContinuousObservations.of(42.0);
            var control = ContinuousObservations.of(40.0, 41.0, 39.0);

            // when
            var result = ImpactAnalysis.analyse(REVENUE_PER_CUSTOMER, exposed, control);

            // then
            assertThat(result).isInstanceOfSatisfying(ImpactResult.NotEnoughData.class, r -> {
                assertThat(r.reason()).isEqualTo(InsufficiencyReason.GROUP_TOO_SMALL);
                assertThat(r.test()).isEqualTo(StatisticalTest.WELCH_T);
                assertThat(r.exposedSize()).isEqualTo(1);
                assertThat(r.controlSize()).isEqualTo(3);
                assertThat(r.exposedMean()).hasValue(42.0);
                assertThat(r.controlMean()).hasValue(40.0);
                assertThat(r.explanation()).contains("at least 2");
            });
        }

        @Test
        void saysNotEnoughDataWhenAGroupIsEmpty() {
            // when
            var result = ImpactAnalysis.analyse(
                    REVENUE_PER_CUSTOMER, new ContinuousSummary(0, 0, 0), new ContinuousSummary(30, 12.5, 2));

            // then
            assertThat(result).isInstanceOfSatisfying(ImpactResult.NotEnoughData.class, r -> {
                assertThat(r.reason()).isEqualTo(InsufficiencyReason.GROUP_TOO_SMALL);
                assertThat(r.exposedMean()).isEmpty();
                assertThat(r.controlMean()).hasValue(12.5);
            });
        }

        @Test
        void saysNotEnoughDataWhenNeitherGroupVaries() {
            // given: both standard deviations 0, so SE = 0
            var exposed = new ContinuousSummary(10, 50, 0);
            var control = ContinuousObservations.of(45, 45, 45).summary();

            // when
            var result = ImpactAnalysis.analyse(REVENUE_PER_CUSTOMER, exposed, control);

            // then
            assertThat(result)
                    .isInstanceOfSatisfying(
                            ImpactResult.NotEnoughData.class,
                            r -> assertThat(r.reason()).isEqualTo(InsufficiencyReason.NO_VARIANCE));
        }

        @Test
        void degreesOfFreedomSurviveVanishinglySmallVariances() {
            // given: equal sd 1e-160 and equal n = 5; s²/n ≈ 2e-321, whose square underflows to 0 in doubles.
            // With equal variances and sizes Welch–Satterthwaite gives df = 2(n − 1) = 8 exactly.
            var exposed = new ContinuousSummary(5, 1e-160, 1e-160);
            var control = new ContinuousSummary(5, 0, 1e-160);

            // when
            var result = ImpactAnalysis.analyse(REVENUE_PER_CUSTOMER, exposed, control);

            // then
            assertThat(result)
                    .isInstanceOfSatisfying(
                            ImpactResult.Tested.class,
                            r -> assertThat(r.degreesOfFreedom().getAsDouble()).isEqualTo(8.0));
        }

        @Test
        void testsWhenOnlyOneGroupVaries() {
            // given: control sd 0 → df = (s1²/n1)² / ((s1²/n1)²/(n1−1)) = n1 − 1 = 3 exactly
            var exposed = ContinuousObservations.of(10, 12, 14, 16); // mean 13, s² = 20/3
            var control = new ContinuousSummary(5, 10, 0);

            // when
            var result = (ImpactResult.Tested) ImpactAnalysis.analyse(REVENUE_PER_CUSTOMER, exposed, control);

            // then: SE = √(20/3/4) = √(5/3), t = 3/√(5/3) = 2.3237900
            assertThat(result.degreesOfFreedom().getAsDouble()).isCloseTo(3.0, within(EXACT));
            assertThat(result.statistic()).isCloseTo(3 / Math.sqrt(5.0 / 3), within(EXACT));
        }
    }

    @Nested
    class TwoProportionZTest {

        @Test
        void matchesThePublishedTextbookExample() {
            // Source: two-proportion exercise "300 voters from New York City and 200 from Washington D.C., 56 % and
            // 48 % in favour", worked at
            // https://homeworksource.com/p/1078444/a-sample-poll-of-300-voters-from-new-york-city-and-200-voter :
            // pooled p̂ = 0.528, Z = 1.755, two-tailed p = 0.0792.
            // Arithmetic: p̂1 = 168/300 = 0.56, p̂2 = 96/200 = 0.48, p̂ = 264/500 = 0.528;
            //   SE0 = √(0.528 × 0.472 × (1/300 + 1/200)) = √(0.249216 × 0.0083333) = √0.0020768 = 0.0455719
            //   z = 0.08 / 0.0455719 = 1.7554669; p = 2(1 − Φ(1.7554669)) = 0.0791795
            //   unpooled SE = √(0.56×0.44/300 + 0.48×0.52/200) = √(0.00082133 + 0.001248) = 0.0454899
            //   CI = 0.08 ± 1.9599640 × 0.0454899 = [−0.0091586, 0.1691586]   (SciPy 1.17.1 agrees to 1e-15)
            // given
            var exposed = new RateSummary(300, 168);
            var control = new RateSummary(200, 96);

            // when
            var result = (ImpactResult.Tested) ImpactAnalysis.analyse(RETENTION, exposed, control);

            // then
            assertThat(result.test()).isEqualTo(StatisticalTest.TWO_PROPORTION_Z);
            assertThat(result.exposedMean()).isCloseTo(0.56, within(EXACT));
            assertThat(result.controlMean()).isCloseTo(0.48, within(EXACT));
            assertThat(result.difference()).isCloseTo(0.08, within(EXACT));
            assertThat(result.relativeUplift().getAsDouble()).isCloseTo(1.0 / 6, within(EXACT));
            assertThat(result.statistic()).isCloseTo(1.755, within(5e-4)); // as published
            assertThat(result.statistic()).isCloseTo(1.755466917550216, within(1e-12));
            assertThat(result.pValue()).isCloseTo(0.0792, within(5e-5)); // as published
            assertThat(result.pValue()).isCloseTo(0.07917947458599864, within(1e-12));
            assertThat(result.degreesOfFreedom()).isEmpty();
            assertThat(result.interval95().lower()).isCloseTo(-0.009158615883658142, within(1e-12));
            assertThat(result.interval95().upper()).isCloseTo(0.16915861588365827, within(1e-12));
            assertThat(result.verdict()).isEqualTo(Verdict.NO_DETECTABLE_EFFECT);
        }

        @Test
        void detectsAnUpsellImprovement() {
            // By hand: 460/1000 against 400/1000; p̂ = 0.43, SE0 = √(0.43×0.57×0.002) = 0.0221405,
            // z = 0.06/0.0221405 = 2.7099707, p = 0.0067289; unpooled SE = √(0.2484/1000 + 0.24/1000) = 0.0220998,
            // CI = 0.06 ± 1.959964 × 0.0220998 = [0.0166852, 0.1033148]; uplift 0.06/0.40 = 0.15.
            // given
            var exposed = rateObservationsOf(1000, 460);
            var control = new RateSummary(1000, 400);

            // when
            var result = (ImpactResult.Tested) ImpactAnalysis.analyse(UPSELL, exposed, control);

            // then
            assertThat(result.statistic()).isCloseTo(2.7099707098915315, within(1e-12));
            assertThat(result.pValue()).isCloseTo(0.006728915005920207, within(1e-12));
            assertThat(result.interval95().lower()).isCloseTo(0.01668523937470033, within(1e-12));
            assertThat(result.interval95().upper()).isCloseTo(0.10331476062529966, within(1e-12));
            assertThat(result.relativeUplift().getAsDouble()).isCloseTo(0.15, within(EXACT));
            assertThat(result.verdict()).isEqualTo(Verdict.IMPROVEMENT);
        }

        @Test
        void aLowerRetentionForTheExposedIsADeterioration() {
            // given: the upsell figures, groups swapped
            var result = (ImpactResult.Tested)
                    ImpactAnalysis.analyse(RETENTION, new RateSummary(1000, 400), new RateSummary(1000, 460));

            // then
            assertThat(result.statistic()).isCloseTo(-2.7099707098915315, within(1e-12));
            assertThat(result.verdict()).isEqualTo(Verdict.DETERIORATION);
        }

        @Test
        void perCustomerOutcomesAndTheirSummaryGiveTheSameResult() {
            // given: 0/1 outcomes with 7 of 12 and 5 of 14 retained, and the same counts as summaries
            var exposedOutcomes = RateObservations.ofZeroOne(1, 1, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1);
            var controlOutcomes = RateObservations.ofZeroOne(0, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 1, 0);

            // when
            var fromOutcomes = ImpactAnalysis.analyse(RETENTION, exposedOutcomes, controlOutcomes);
            var fromSummaries = ImpactAnalysis.analyse(RETENTION, new RateSummary(12, 7), new RateSummary(14, 5));

            // then
            assertThat(exposedOutcomes.summary()).isEqualTo(new RateSummary(12, 7));
            assertThat(fromOutcomes).isEqualTo(fromSummaries);
        }

        @Test
        void testsWithExactlyFiveSuccessesAndFiveFailuresPerGroup() {
            // when
            var result = ImpactAnalysis.analyse(RETENTION, new RateSummary(10, 5), new RateSummary(10, 5));

            // then: the boundary of the rule is included; equal proportions give z = 0 and p = 1
            assertThat(result).isInstanceOfSatisfying(ImpactResult.Tested.class, r -> {
                assertThat(r.statistic()).isEqualTo(0.0);
                assertThat(r.pValue()).isCloseTo(1.0, within(EXACT));
                assertThat(r.verdict()).isEqualTo(Verdict.NO_DETECTABLE_EFFECT);
            });
        }

        @Test
        void saysNotEnoughDataBelowFiveSuccessesOrFailuresInAGroup() {
            // when
            var fewSuccesses = ImpactAnalysis.analyse(RETENTION, new RateSummary(100, 4), new RateSummary(100, 30));
            var fewFailures = ImpactAnalysis.analyse(RETENTION, new RateSummary(100, 60), new RateSummary(100, 96));

            // then
            for (var result : new ImpactResult[] {fewSuccesses, fewFailures}) {
                assertThat(result)
                        .isInstanceOfSatisfying(
                                ImpactResult.NotEnoughData.class,
                                r -> assertThat(r.reason())
                                        .isEqualTo(InsufficiencyReason.NORMAL_APPROXIMATION_NOT_VALID));
            }
            assertThat(((ImpactResult.NotEnoughData) fewSuccesses).exposedMean())
                    .hasValue(0.04);
        }

        @Test
        void saysNotEnoughDataWhenNobodyOrEverybodyHadTheOutcome() {
            // when
            var nobody = ImpactAnalysis.analyse(UPSELL, new RateSummary(50, 0), new RateSummary(40, 0));
            var everybody = ImpactAnalysis.analyse(UPSELL, new RateSummary(50, 50), new RateSummary(40, 40));

            // then
            for (var result : new ImpactResult[] {nobody, everybody}) {
                assertThat(result)
                        .isInstanceOfSatisfying(
                                ImpactResult.NotEnoughData.class,
                                r -> assertThat(r.reason()).isEqualTo(InsufficiencyReason.NO_VARIATION_IN_OUTCOMES));
            }
        }

        @Test
        void saysNotEnoughDataWhenAGroupIsEmpty() {
            // when
            var result = ImpactAnalysis.analyse(UPSELL, new RateSummary(0, 0), new RateSummary(40, 12));

            // then
            assertThat(result).isInstanceOfSatisfying(ImpactResult.NotEnoughData.class, r -> {
                assertThat(r.reason()).isEqualTo(InsufficiencyReason.GROUP_TOO_SMALL);
                assertThat(r.test()).isEqualTo(StatisticalTest.TWO_PROPORTION_Z);
                assertThat(r.exposedMean()).isEmpty();
                assertThat(r.controlMean()).hasValue(0.3);
            });
        }

        private static RateObservations rateObservationsOf(int n, int successes) {
            int[] outcomes = new int[n];
            for (int i = 0; i < successes; i++) {
                outcomes[i] = 1;
            }
            return RateObservations.ofZeroOne(outcomes);
        }
    }

    @Test
    void refusesDataOfTheWrongKindForTheMetric() {
        assertThatThrownBy(() ->
                        ImpactAnalysis.analyse(RETENTION, new ContinuousSummary(10, 0.4, 0.1), new RateSummary(10, 4)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.reason()).isEqualTo("DATA_KIND_MISMATCH");
                    assertThat(e.field()).hasValue("exposed");
                });
    }
}
