package com.gaplens.domain.impact;

/** Group data already summarised: n, mean and standard deviation; or n and successes. */
public sealed interface Summary extends GroupData permits ContinuousSummary, RateSummary {

    @Override
    default DataRoute route() {
        return DataRoute.SUMMARY;
    }

    @Override
    default Summary summary() {
        return this;
    }
}
