package com.gaplens.domain.gap;

import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;

/**
 * The gap values at which severity changes, configurable per tenant:
 * {@code gap ≤ critical} is CRITICAL, {@code ≤ major} MAJOR, {@code ≤ minor} MINOR, below
 * {@code exceeded} ON_TARGET, from {@code exceeded} up EXCEEDED.
 *
 * <p>Invariants: every threshold finite within [−100, 100] ({@code SEVERITY_THRESHOLD_OUT_OF_RANGE}) and
 * {@code critical < major < minor < 0 < exceeded} ({@code SEVERITY_THRESHOLDS_NOT_ORDERED}, naming the
 * first threshold out of order), so that a gap of 0 is always ON_TARGET.
 */
public record SeverityThresholds(double critical, double major, double minor, double exceeded) {

    /** −20, −10, −3, +3. */
    public static final SeverityThresholds DEFAULT = new SeverityThresholds(-20, -10, -3, 3);

    public SeverityThresholds {
        Require.within(critical, -100, 100, "SEVERITY_THRESHOLD_OUT_OF_RANGE", "critical");
        Require.within(major, -100, 100, "SEVERITY_THRESHOLD_OUT_OF_RANGE", "major");
        Require.within(minor, -100, 100, "SEVERITY_THRESHOLD_OUT_OF_RANGE", "minor");
        Require.within(exceeded, -100, 100, "SEVERITY_THRESHOLD_OUT_OF_RANGE", "exceeded");
        if (!(critical < major)) {
            throw notOrdered("major");
        }
        if (!(major < minor)) {
            throw notOrdered("minor");
        }
        if (!(minor < 0)) {
            throw notOrdered("minor");
        }
        if (!(exceeded > 0)) {
            throw notOrdered("exceeded");
        }
    }

    /** The severity of a gap. */
    public Severity classify(double gap) {
        if (Double.isNaN(gap)) {
            throw new IllegalArgumentException("a gap is a number");
        }
        if (gap <= critical) {
            return Severity.CRITICAL;
        }
        if (gap <= major) {
            return Severity.MAJOR;
        }
        if (gap <= minor) {
            return Severity.MINOR;
        }
        if (gap < exceeded) {
            return Severity.ON_TARGET;
        }
        return Severity.EXCEEDED;
    }

    private static InvalidInputException notOrdered(String field) {
        return new InvalidInputException(
                "SEVERITY_THRESHOLDS_NOT_ORDERED",
                field,
                "severity thresholds must be ordered critical < major < minor < 0 < exceeded");
    }
}
