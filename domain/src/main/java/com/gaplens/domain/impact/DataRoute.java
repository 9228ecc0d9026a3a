package com.gaplens.domain.impact;

/** How a group's data for one metric arrives; one group and metric use one route only. */
public enum DataRoute {
    /** One value (or 0/1 outcome) per customer, in batches. */
    OBSERVATIONS,
    /** Figures already summarised: n, mean and standard deviation, or n and successes. */
    SUMMARY
}
