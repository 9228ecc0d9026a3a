package com.gaplens.domain.impact;

/**
 * What is known about one group on one metric: either per-customer {@link Observations} or a {@link Summary}.
 * Every form reduces to a summary ({@link #summary()}); the tests only ever read summaries, so both routes give
 * identical results on the same data.
 */
public sealed interface GroupData permits Observations, Summary {

    /** The kind of metric this data can describe. */
    MetricKind kind();

    /** How this data arrived. */
    DataRoute route();

    /** The number of customers described. */
    long n();

    /** The sufficient statistics of this data. */
    Summary summary();
}
