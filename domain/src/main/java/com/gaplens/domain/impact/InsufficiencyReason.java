package com.gaplens.domain.impact;

/** Why a metric could not be tested. */
public enum InsufficiencyReason {
    /**
     * A group has fewer customers than the test needs: 2 per group for Welch's t-test (a sample variance needs
     * n − 1 ≥ 1), 1 per group for the two-proportion z-test.
     */
    GROUP_TOO_SMALL,
    /** Welch: both groups have a standard deviation of 0, so the standard error is 0 and t is undefined. */
    NO_VARIANCE,
    /** Two proportions: the pooled proportion is 0 or 1 (nobody, or everybody, had the outcome): no variance. */
    NO_VARIATION_IN_OUTCOMES,
    /** Two proportions: a group has fewer than 5 successes or 5 failures, so the normal approximation is unsafe. */
    NORMAL_APPROXIMATION_NOT_VALID
}
