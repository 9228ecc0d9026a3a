package com.gaplens.application.gaps;

/**
 * What gap cells are filtered and grouped by. Each cell of the roll-ups carries every one of them; a grouped
 * answer merges the cells sharing the chosen dimensions' values. {@link #COMMITMENT} and {@link #BRAND_VALUE}
 * are absent (no value) for unpromised measurements, {@link #SEGMENT} for measurements without a segment.
 */
public enum GapDimension {
    BRAND,
    BRAND_VALUE,
    COMMITMENT,
    PHASE,
    TOUCHPOINT,
    CHANNEL,
    FAMILY,
    DIMENSION,
    VARIABLE,
    SEGMENT,
    METHOD
}
