package com.gaplens.application.service;

/**
 * The size of each tenant's query budget and how fast it refills.
 *
 * @param capacity        the most points a bucket holds (and holds at first)
 * @param refillPerSecond points added back each second, up to the capacity
 */
public record QueryBudgetPolicy(long capacity, double refillPerSecond) {

    public static final long DEFAULT_CAPACITY = 1_000;
    public static final double DEFAULT_REFILL_PER_SECOND = 50;

    public QueryBudgetPolicy {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        if (!(refillPerSecond > 0) || Double.isInfinite(refillPerSecond)) {
            throw new IllegalArgumentException("refillPerSecond must be positive, got " + refillPerSecond);
        }
    }

    public static QueryBudgetPolicy defaults() {
        return new QueryBudgetPolicy(DEFAULT_CAPACITY, DEFAULT_REFILL_PER_SECOND);
    }
}
