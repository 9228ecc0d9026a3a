package com.gaplens.domain.gap;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.commons.statistics.distribution.TDistribution;

/** The two-sided 95 % quantile of Student's t, from Commons Statistics, remembered for small integer df. */
final class StudentT {

    private static final double UPPER_TAIL = 0.975;
    private static final double CACHED_UP_TO = 10_000;
    private static final ConcurrentMap<Double, Double> QUANTILES = new ConcurrentHashMap<>();

    private StudentT() {}

    /** {@code q} such that {@code P(T ≤ q) = 0.975} for {@code T ~ t(df)}, {@code df > 0}. */
    static double quantile975(double degreesOfFreedom) {
        if (!(degreesOfFreedom > 0)) {
            throw new IllegalArgumentException("degrees of freedom must be > 0, got " + degreesOfFreedom);
        }
        if (degreesOfFreedom <= CACHED_UP_TO && degreesOfFreedom == Math.rint(degreesOfFreedom)) {
            return QUANTILES.computeIfAbsent(degreesOfFreedom, StudentT::compute);
        }
        return compute(degreesOfFreedom);
    }

    private static double compute(double degreesOfFreedom) {
        return TDistribution.of(degreesOfFreedom).inverseCumulativeProbability(UPPER_TAIL);
    }
}
