package com.gaplens.domain.impact;

/** Per-customer data: one value, or one 0/1 outcome, per customer. */
public sealed interface Observations extends GroupData permits ContinuousObservations, RateObservations {

    @Override
    default DataRoute route() {
        return DataRoute.OBSERVATIONS;
    }

    /** These observations followed by {@code more}, which must be of the same kind. */
    Observations append(Observations more);
}
