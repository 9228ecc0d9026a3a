package com.gaplens.domain.gap;

/**
 * How far a gap (lived − target, on 0–100) is from the promise, by {@link SeverityThresholds}; by
 * default: CRITICAL ≤ −20 &lt; MAJOR ≤ −10 &lt; MINOR ≤ −3 &lt; ON_TARGET &lt; +3 ≤ EXCEEDED. Severity reads
 * the gap's size only; whether it is more than noise is {@link Significance}.
 */
public enum Severity {
    CRITICAL,
    MAJOR,
    MINOR,
    ON_TARGET,
    /** The promise is over-delivered; when significant, a signature moment. */
    EXCEEDED
}
