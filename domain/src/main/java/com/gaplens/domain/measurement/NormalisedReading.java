package com.gaplens.domain.measurement;

import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;

/**
 * What one measurement contributes to cell statistics, on the 0–100 scale.
 *
 * @param weight     {@code w}: the number of respondents, 1 for a single observation
 * @param score      {@code x}: the (mean) experience score, 0–100
 * @param dispersion {@code s}: the standard deviation of the respondents' scores around {@code x}, ≥ 0;
 *                   0 for one respondent (see {@link Reading#normalise})
 */
public record NormalisedReading(long weight, double score, double dispersion) {

    public NormalisedReading {
        if (weight < 1) {
            throw new InvalidInputException(
                    "SAMPLE_SIZE_TOO_SMALL", "sampleSize", "sampleSize must be at least 1, got " + weight);
        }
        Require.within(score, 0, 100, "SCORE_OUT_OF_RANGE", "score");
        Require.within(dispersion, 0, Double.MAX_VALUE, "STD_DEV_INVALID", "stdDev");
        score += 0.0;
        dispersion += 0.0;
    }
}
