package com.gaplens.domain.impact;

import com.gaplens.domain.shared.InvalidInputException;
import java.util.OptionalDouble;

/**
 * A rate metric summarised for one group: {@code n ≥ 0} customers of whom {@code 0 ≤ successes ≤ n} had the
 * outcome (were retained, bought more…).
 *
 * <p>Failures: {@code NEGATIVE_SAMPLE_SIZE} on {@code n}; {@code NEGATIVE_SUCCESSES} and
 * {@code SUCCESSES_EXCEED_SAMPLE_SIZE} on {@code successes}.
 */
public record RateSummary(long n, long successes) implements Summary {

    public RateSummary {
        if (n < 0) {
            throw new InvalidInputException("NEGATIVE_SAMPLE_SIZE", "n", "n must be 0 or more, got " + n);
        }
        if (successes < 0) {
            throw new InvalidInputException(
                    "NEGATIVE_SUCCESSES", "successes", "successes must be 0 or more, got " + successes);
        }
        if (successes > n) {
            throw new InvalidInputException(
                    "SUCCESSES_EXCEED_SAMPLE_SIZE",
                    "successes",
                    "successes (" + successes + ") cannot exceed n (" + n + ")");
        }
    }

    @Override
    public MetricKind kind() {
        return MetricKind.RATE;
    }

    /** The number of customers without the outcome. */
    public long failures() {
        return n - successes;
    }

    /** The observed proportion {@code successes / n}; empty when {@code n = 0}. */
    public OptionalDouble proportion() {
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) successes / n);
    }
}
