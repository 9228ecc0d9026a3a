package com.gaplens.domain.impact;

/** Which way a metric improves. */
public enum Direction {
    /** More is better: retention, upsell, cross-sell, revenue per customer. */
    HIGHER_IS_BETTER,
    /** Less is better: acquisition cost. */
    LOWER_IS_BETTER;

    /** Whether a difference (exposed − control) of this sign goes the good way; zero never does. */
    public boolean favours(double difference) {
        return this == HIGHER_IS_BETTER ? difference > 0 : difference < 0;
    }
}
