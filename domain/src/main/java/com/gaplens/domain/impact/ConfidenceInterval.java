package com.gaplens.domain.impact;

import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;

/** A closed interval {@code [lower, upper]} of finite bounds, {@code lower ≤ upper}. */
public record ConfidenceInterval(double lower, double upper) {

    public ConfidenceInterval {
        Require.finite(lower, "lower");
        Require.finite(upper, "upper");
        if (lower > upper) {
            throw new InvalidInputException(
                    "INTERVAL_REVERSED",
                    "upper",
                    "an interval's upper bound (" + upper + ") is below its lower bound (" + lower + ")");
        }
    }

    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }
}
