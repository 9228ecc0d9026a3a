package com.gaplens.application.service;

import com.gaplens.domain.shared.Require;
import java.time.Duration;

/**
 * The limits of one call recording measurements.
 *
 * @param maxBatchSize    the most items one call may carry; a larger batch is refused whole
 * @param futureTolerance how far past "now" an observation time may lie (clocks of sources drift); later is
 *                        rejected
 */
public record IngestionLimits(int maxBatchSize, Duration futureTolerance) {

    public static final int DEFAULT_MAX_BATCH_SIZE = 5_000;
    public static final Duration DEFAULT_FUTURE_TOLERANCE = Duration.ofMinutes(5);

    public IngestionLimits {
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("maxBatchSize must be at least 1, got " + maxBatchSize);
        }
        Require.present(futureTolerance, "futureTolerance");
        if (futureTolerance.isNegative()) {
            throw new IllegalArgumentException("futureTolerance must not be negative, got " + futureTolerance);
        }
    }

    public static IngestionLimits defaults() {
        return new IngestionLimits(DEFAULT_MAX_BATCH_SIZE, DEFAULT_FUTURE_TOLERANCE);
    }
}
