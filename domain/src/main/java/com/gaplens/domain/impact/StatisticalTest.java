package com.gaplens.domain.impact;

/** The test a metric gets, decided by its {@link MetricKind}. */
public enum StatisticalTest {
    /** Welch's unequal-variances t-test, Welch–Satterthwaite degrees of freedom; for continuous metrics. */
    WELCH_T,
    /** The two-proportion z-test, pooled standard error; for rates. */
    TWO_PROPORTION_Z;

    public static StatisticalTest forKind(MetricKind kind) {
        return switch (kind) {
            case CONTINUOUS -> WELCH_T;
            case RATE -> TWO_PROPORTION_Z;
        };
    }
}
