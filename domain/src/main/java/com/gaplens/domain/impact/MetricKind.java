package com.gaplens.domain.impact;

/** What a metric measures per customer, which decides the data it takes and the test it gets. */
public enum MetricKind {
    /** A quantity per customer (a cost, a revenue): mean and standard deviation; Welch's t-test. */
    CONTINUOUS,
    /** A yes/no outcome per customer (retained, bought more): a proportion; the two-proportion z-test. */
    RATE
}
