package com.gaplens.domain.target;

import com.gaplens.domain.shared.Require;

/** The experience level a commitment promises, on the normalised 0–100 experience score scale. */
public record TargetLevel(double value) {

    public static final String OUT_OF_RANGE = "TARGET_LEVEL_OUT_OF_RANGE";

    public TargetLevel {
        Require.within(value, 0, 100, OUT_OF_RANGE, "targetLevel");
    }

    public static TargetLevel of(double value) {
        return new TargetLevel(value);
    }
}
