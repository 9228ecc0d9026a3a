package com.gaplens.adapters.mongo.rollup;

import com.gaplens.application.gaps.GapDimension;
import com.gaplens.domain.gap.TimeBucket;

/**
 * The stored field of each dimension and time bucket, the same on raw measurements and on roll-up cells: a cell's key
 * is read from either with the same names, declared here once.
 */
public final class KeyFields {

    public static final String BRAND = "brandId";
    public static final String AUDIENCE = "audience";
    public static final String DAY = "day";
    public static final String WEEK = "week";
    public static final String MONTH = "month";
    public static final String QUARTER = "quarter";
    public static final String YEAR = "year";

    private KeyFields() {}

    /** The field that holds a dimension's value (absent when it has none). */
    public static String of(GapDimension dimension) {
        return switch (dimension) {
            case BRAND -> BRAND;
            case BRAND_VALUE -> "brandValueId";
            case COMMITMENT -> "commitmentId";
            case PHASE -> "phase";
            case TOUCHPOINT -> "touchpointId";
            case CHANNEL -> "channel";
            case FAMILY -> "family";
            case DIMENSION -> "dimension";
            case VARIABLE -> "variable";
            case SEGMENT -> "segmentId";
            case METHOD -> "method";
        };
    }

    /** The field that holds a time bucket's key. */
    public static String of(TimeBucket bucket) {
        return switch (bucket) {
            case DAY -> DAY;
            case WEEK -> WEEK;
            case MONTH -> MONTH;
            case QUARTER -> QUARTER;
            case YEAR -> YEAR;
        };
    }
}
