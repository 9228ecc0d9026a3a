package com.gaplens.domain.impact;

import com.gaplens.domain.shared.Require;
import java.util.OptionalDouble;

/**
 * The reading of one metric of a study: either {@link Tested} or {@link NotEnoughData}. Callers switch over it
 * exhaustively; a study with too few observations says so rather than printing a p-value.
 */
public sealed interface ImpactResult permits ImpactResult.Tested, ImpactResult.NotEnoughData {

    ImpactMetric metric();

    StatisticalTest test();

    /**
     * A tested metric.
     *
     * @param exposedMean mean of the exposed group (a proportion for rates)
     * @param controlMean mean of the control group (a proportion for rates)
     * @param difference {@code exposedMean − controlMean}
     * @param relativeUplift {@code difference / controlMean}; empty when the control mean is 0
     * @param statistic t (Welch) or z (two proportions)
     * @param degreesOfFreedom Welch–Satterthwaite degrees of freedom; empty for the z-test
     * @param pValue two-sided p-value
     * @param interval95 95 % confidence interval of the difference
     * @param verdict improvement, deterioration or no detectable effect, the metric's direction considered
     */
    record Tested(
            ImpactMetric metric,
            StatisticalTest test,
            long exposedSize,
            long controlSize,
            double exposedMean,
            double controlMean,
            double difference,
            OptionalDouble relativeUplift,
            double statistic,
            OptionalDouble degreesOfFreedom,
            double pValue,
            ConfidenceInterval interval95,
            Verdict verdict)
            implements ImpactResult {

        public Tested {
            Require.present(metric, "metric");
            Require.present(test, "test");
            Require.present(relativeUplift, "relativeUplift");
            Require.present(degreesOfFreedom, "degreesOfFreedom");
            Require.present(interval95, "interval95");
            Require.present(verdict, "verdict");
            Require.within(pValue, 0, 1, "P_VALUE_OUT_OF_RANGE", "pValue");
        }

        /** Whether the difference is significant at α = 0.05 (two-sided). */
        public boolean significant() {
            return pValue < ImpactAnalysis.ALPHA;
        }
    }

    /**
     * A metric that could not be tested, with the reason and what is known: group sizes, and each group's mean when
     * it has at least one customer.
     */
    record NotEnoughData(
            ImpactMetric metric,
            StatisticalTest test,
            InsufficiencyReason reason,
            String explanation,
            long exposedSize,
            long controlSize,
            OptionalDouble exposedMean,
            OptionalDouble controlMean)
            implements ImpactResult {

        public NotEnoughData {
            Require.present(metric, "metric");
            Require.present(test, "test");
            Require.present(reason, "reason");
            Require.present(explanation, "explanation");
            Require.present(exposedMean, "exposedMean");
            Require.present(controlMean, "controlMean");
        }
    }
}
