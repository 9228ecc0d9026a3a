package com.gaplens.domain.impact;

import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The statistics of an impact study, as pure functions of two group summaries (exposed, control). Distributions
 * come from Apache Commons Statistics; the formulas are written out here.
 *
 * <h2>Continuous metrics: Welch's t-test</h2>
 * With means {@code m₁, m₂}, sample variances {@code s₁², s₂²} and sizes {@code n₁, n₂} (1 = exposed, 2 = control):
 * <ul>
 *   <li>{@code SE = √(s₁²/n₁ + s₂²/n₂)}, {@code t = (m₁ − m₂) / SE};</li>
 *   <li>Welch–Satterthwaite {@code df = (s₁²/n₁ + s₂²/n₂)² / [ (s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1) ]};</li>
 *   <li>two-sided {@code p = 2·(1 − T_df(|t|))}, computed as {@code 2·P(T_df > |t|)} (the same quantity, without
 *       the cancellation of {@code 1 − …} for large |t|);</li>
 *   <li>95 % CI of the difference {@code (m₁ − m₂) ± t_{0.975, df} · SE}.</li>
 * </ul>
 * Minimum: {@code n ≥ 2} in each group and {@code SE > 0}; otherwise {@link ImpactResult.NotEnoughData}.
 *
 * <h2>Rates: the two-proportion z-test</h2>
 * With {@code p̂₁ = x₁/n₁}, {@code p̂₂ = x₂/n₂} and the pooled {@code p̂ = (x₁ + x₂)/(n₁ + n₂)}:
 * <ul>
 *   <li>test with the pooled standard error {@code SE₀ = √(p̂(1−p̂)(1/n₁ + 1/n₂))}, {@code z = (p̂₁ − p̂₂)/SE₀},
 *       two-sided {@code p = 2·(1 − Φ(|z|))};</li>
 *   <li>95 % CI of the difference with the unpooled standard error
 *       {@code (p̂₁ − p̂₂) ± z_{0.975} · √(p̂₁(1−p̂₁)/n₁ + p̂₂(1−p̂₂)/n₂)}.</li>
 * </ul>
 * Minimum: {@code n ≥ 1} in each group and {@code 0 < p̂ < 1}; and, as the rule for trusting the normal
 * approximation, <strong>at least 5 successes and at least 5 failures in each group</strong> (the textbook
 * {@code n·p ≥ 5, n·(1−p) ≥ 5} rule, applied to the observed counts). Otherwise
 * {@link ImpactResult.NotEnoughData}. Because the test uses the pooled and the interval the unpooled standard
 * error, at the margin the interval may exclude 0 while p ≥ 0.05 (or the reverse); the verdict follows the test.
 *
 * <h2>Both</h2>
 * Difference = exposed − control; relative uplift = difference / control mean (empty when the control mean is 0);
 * verdict by {@link Verdict#of} at {@link #ALPHA}.
 */
public final class ImpactAnalysis {

    /** The significance level of every verdict. */
    public static final double ALPHA = 0.05;

    /** Welch's t-test needs a sample variance in each group. */
    public static final long WELCH_MINIMUM_GROUP_SIZE = 2;

    /** The normal approximation of the two-proportion test needs this many successes and failures per group. */
    public static final long MINIMUM_SUCCESSES_AND_FAILURES = 5;

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    private static final double Z_975 = STANDARD_NORMAL.inverseCumulativeProbability(0.975);

    private ImpactAnalysis() {}

    /**
     * Reads a metric from the exposed and control data (observations or summaries, any mix of routes between the two
     * groups). Both must be of the metric's kind ({@code DATA_KIND_MISMATCH} otherwise).
     */
    public static ImpactResult analyse(ImpactMetric metric, GroupData exposed, GroupData control) {
        Require.present(metric, "metric");
        Require.present(exposed, "exposed");
        Require.present(control, "control");
        requireKind(metric, exposed, "exposed");
        requireKind(metric, control, "control");
        return switch (metric.kind()) {
            case CONTINUOUS ->
                welch(metric, (ContinuousSummary) exposed.summary(), (ContinuousSummary) control.summary());
            case RATE -> twoProportions(metric, (RateSummary) exposed.summary(), (RateSummary) control.summary());
        };
    }

    /** Welch's t-test of a continuous metric, exposed against control. */
    public static ImpactResult welch(ImpactMetric metric, ContinuousSummary exposed, ContinuousSummary control) {
        OptionalDouble exposedMean = exposed.n() > 0 ? OptionalDouble.of(exposed.mean()) : OptionalDouble.empty();
        OptionalDouble controlMean = control.n() > 0 ? OptionalDouble.of(control.mean()) : OptionalDouble.empty();
        if (exposed.n() < WELCH_MINIMUM_GROUP_SIZE || control.n() < WELCH_MINIMUM_GROUP_SIZE) {
            return notEnough(
                    metric,
                    InsufficiencyReason.GROUP_TOO_SMALL,
                    "Welch's t-test needs at least " + WELCH_MINIMUM_GROUP_SIZE + " customers per group; "
                            + sizes(exposed.n(), control.n()),
                    exposed.n(),
                    control.n(),
                    exposedMean,
                    controlMean);
        }
        double a = exposed.variance() / exposed.n();
        double b = control.variance() / control.n();
        double se2 = a + b;
        if (!(se2 > 0)) {
            return notEnough(
                    metric,
                    InsufficiencyReason.NO_VARIANCE,
                    "both groups have a standard deviation of 0: the difference has no standard error to test against",
                    exposed.n(),
                    control.n(),
                    exposedMean,
                    controlMean);
        }
        double se = Math.sqrt(se2);
        double difference = exposed.mean() - control.mean();
        double t = difference / se;
        // Welch–Satterthwaite, divided through by SE⁴ so that tiny variances cannot underflow to 0/0:
        // df = 1 / [ (a/SE²)²/(n₁−1) + (b/SE²)²/(n₂−1) ], the shares a/SE² and b/SE² summing to 1.
        double wa = a / se2;
        double wb = b / se2;
        double df = 1 / (wa * wa / (exposed.n() - 1) + wb * wb / (control.n() - 1));
        TDistribution student = TDistribution.of(df);
        double p = Math.min(1, 2 * student.survivalProbability(Math.abs(t)));
        double q = student.inverseCumulativeProbability(0.975);
        return new ImpactResult.Tested(
                metric,
                StatisticalTest.WELCH_T,
                exposed.n(),
                control.n(),
                exposed.mean(),
                control.mean(),
                difference,
                uplift(difference, control.mean()),
                t,
                OptionalDouble.of(df),
                p,
                new ConfidenceInterval(difference - q * se, difference + q * se),
                Verdict.of(metric.direction(), difference, p, ALPHA));
    }

    /** The two-proportion z-test of a rate metric, exposed against control. */
    public static ImpactResult twoProportions(ImpactMetric metric, RateSummary exposed, RateSummary control) {
        OptionalDouble exposedRate = exposed.proportion();
        OptionalDouble controlRate = control.proportion();
        if (exposed.n() < 1 || control.n() < 1) {
            return notEnough(
                    metric,
                    InsufficiencyReason.GROUP_TOO_SMALL,
                    "the two-proportion z-test needs at least 1 customer per group; " + sizes(exposed.n(), control.n()),
                    exposed.n(),
                    control.n(),
                    exposedRate,
                    controlRate);
        }
        long pooledSuccesses = exposed.successes() + control.successes();
        long pooledN = exposed.n() + control.n();
        if (pooledSuccesses == 0 || pooledSuccesses == pooledN) {
            return notEnough(
                    metric,
                    InsufficiencyReason.NO_VARIATION_IN_OUTCOMES,
                    (pooledSuccesses == 0 ? "no customer" : "every customer")
                            + " in either group had the outcome: the pooled proportion is "
                            + (pooledSuccesses == 0 ? "0" : "1") + " and has no variance",
                    exposed.n(),
                    control.n(),
                    exposedRate,
                    controlRate);
        }
        if (Math.min(exposed.successes(), exposed.failures()) < MINIMUM_SUCCESSES_AND_FAILURES
                || Math.min(control.successes(), control.failures()) < MINIMUM_SUCCESSES_AND_FAILURES) {
            return notEnough(
                    metric,
                    InsufficiencyReason.NORMAL_APPROXIMATION_NOT_VALID,
                    "the normal approximation needs at least " + MINIMUM_SUCCESSES_AND_FAILURES
                            + " successes and " + MINIMUM_SUCCESSES_AND_FAILURES + " failures per group; exposed has "
                            + exposed.successes() + " and " + exposed.failures() + ", control has "
                            + control.successes() + " and " + control.failures(),
                    exposed.n(),
                    control.n(),
                    exposedRate,
                    controlRate);
        }
        double p1 = exposedRate.getAsDouble();
        double p2 = controlRate.getAsDouble();
        double pooled = (double) pooledSuccesses / pooledN;
        double pooledSe = Math.sqrt(pooled * (1 - pooled) * (1.0 / exposed.n() + 1.0 / control.n()));
        double difference = p1 - p2;
        double z = difference / pooledSe;
        double p = Math.min(1, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)));
        double unpooledSe = Math.sqrt(p1 * (1 - p1) / exposed.n() + p2 * (1 - p2) / control.n());
        return new ImpactResult.Tested(
                metric,
                StatisticalTest.TWO_PROPORTION_Z,
                exposed.n(),
                control.n(),
                p1,
                p2,
                difference,
                uplift(difference, p2),
                z,
                OptionalDouble.empty(),
                p,
                new ConfidenceInterval(difference - Z_975 * unpooledSe, difference + Z_975 * unpooledSe),
                Verdict.of(metric.direction(), difference, p, ALPHA));
    }

    private static OptionalDouble uplift(double difference, double controlMean) {
        return controlMean == 0 ? OptionalDouble.empty() : OptionalDouble.of(difference / controlMean);
    }

    private static String sizes(long exposed, long control) {
        return "exposed has " + exposed + ", control has " + control;
    }

    private static ImpactResult.NotEnoughData notEnough(
            ImpactMetric metric,
            InsufficiencyReason reason,
            String explanation,
            long exposedSize,
            long controlSize,
            OptionalDouble exposedMean,
            OptionalDouble controlMean) {
        return new ImpactResult.NotEnoughData(
                metric,
                StatisticalTest.forKind(metric.kind()),
                reason,
                explanation,
                exposedSize,
                controlSize,
                exposedMean,
                controlMean);
    }

    private static void requireKind(ImpactMetric metric, GroupData data, String field) {
        if (data.kind() != metric.kind()) {
            throw new InvalidInputException(
                    "DATA_KIND_MISMATCH",
                    field,
                    metric.code() + " is a " + metric.kind() + " metric and cannot take " + data.kind() + " data");
        }
    }
}
