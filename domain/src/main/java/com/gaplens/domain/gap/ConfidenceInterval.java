package com.gaplens.domain.gap;

/**
 * The 95 % confidence interval of a lived score: {@code lived ± q·SE}, {@code q} the 0.975 quantile of
 * Student's t with {@code W − 1} degrees of freedom. Its bounds are not clamped to 0–100: it is an
 * interval for a mean, and clamping would misstate its width.
 */
public record ConfidenceInterval(double lower, double upper) {

    /** The confidence level of every interval GapLens reports. */
    public static final double LEVEL = 0.95;

    public ConfidenceInterval {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
            throw new IllegalArgumentException(
                    "an interval needs finite bounds, lower ≤ upper: [" + lower + ", " + upper + "]");
        }
    }

    /** Whether {@code value} lies within the interval, bounds included. */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /** Whether {@code value} lies strictly outside the interval. */
    public boolean excludes(double value) {
        return !contains(value);
    }

    public double halfWidth() {
        return (upper - lower) / 2;
    }
}
