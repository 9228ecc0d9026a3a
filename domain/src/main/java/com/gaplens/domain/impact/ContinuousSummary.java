package com.gaplens.domain.impact;

import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;

/**
 * A continuous metric summarised for one group: {@code n ≥ 0} customers, their mean, and their <em>sample</em>
 * standard deviation (divisor {@code n − 1}), finite and {@code ≥ 0}.
 *
 * <p>Failures: {@code NEGATIVE_SAMPLE_SIZE} on {@code n}; {@code NOT_FINITE} on {@code mean} or
 * {@code standardDeviation}; {@code NEGATIVE_STANDARD_DEVIATION} on {@code standardDeviation}.
 */
public record ContinuousSummary(long n, double mean, double standardDeviation) implements Summary {

    public ContinuousSummary {
        if (n < 0) {
            throw new InvalidInputException("NEGATIVE_SAMPLE_SIZE", "n", "n must be 0 or more, got " + n);
        }
        Require.finite(mean, "mean");
        Require.finite(standardDeviation, "standardDeviation");
        if (standardDeviation < 0) {
            throw new InvalidInputException(
                    "NEGATIVE_STANDARD_DEVIATION",
                    "standardDeviation",
                    "standardDeviation must be 0 or more, got " + standardDeviation);
        }
    }

    @Override
    public MetricKind kind() {
        return MetricKind.CONTINUOUS;
    }

    /** The sample variance, {@code sd²}. */
    public double variance() {
        return standardDeviation * standardDeviation;
    }
}
