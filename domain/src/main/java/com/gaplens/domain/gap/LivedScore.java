package com.gaplens.domain.gap;

import com.gaplens.domain.shared.Require;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The lived experience of a set of measurements, as views report it.
 *
 * @param count         measurements
 * @param weight        respondents, {@code W}
 * @param lived         the lived score {@code S1/W}, 0–100
 * @param variance      pooled respondent variance; empty when {@code W ≤ 1}
 * @param standardError standard error of {@code lived}; empty when {@code W ≤ 1}
 * @param interval      95 % Student-t interval of {@code lived}; empty when {@code W ≤ 1}
 * @param triangulation the methods behind the figure
 */
public record LivedScore(
        long count,
        long weight,
        double lived,
        OptionalDouble variance,
        OptionalDouble standardError,
        Optional<ConfidenceInterval> interval,
        Triangulation triangulation) {

    public LivedScore {
        if (count < 1 || weight < count) {
            throw new IllegalArgumentException(
                    "a lived score has measurements, each weighing ≥ 1: count " + count + ", weight " + weight);
        }
        Require.within(lived, 0, 100, "SCORE_OUT_OF_RANGE", "lived");
        Require.present(variance, "variance");
        Require.present(standardError, "standardError");
        Require.present(interval, "interval");
        Require.present(triangulation, "triangulation");
    }
}
