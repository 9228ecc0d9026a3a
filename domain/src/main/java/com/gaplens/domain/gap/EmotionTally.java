package com.gaplens.domain.gap;

import com.gaplens.domain.measurement.Emotion;
import com.gaplens.domain.measurement.EmotionReading;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The mergeable emotion sums of a cell: how many measurements it holds, and per emotion how many carry
 * it and the sum of their intensities. Tallies merge by adding, like {@link CellStatistics}; a cell keeps
 * both. Counts are of measurements, not respondents: an emotion is carried by a measurement as a whole.
 *
 * @param measurements every measurement of the cell, with an emotion or not
 * @param byEmotion    per emotion carried at least once, its count and intensity sum
 */
public record EmotionTally(long measurements, Map<Emotion, Sums> byEmotion) {

    /** How many measurements carry one emotion, and the sum of their intensities (each 0–1). */
    public record Sums(long count, double intensitySum) {
        public Sums {
            if (count < 1
                    || !Double.isFinite(intensitySum)
                    || intensitySum < 0
                    || intensitySum > count * (1 + ScoreSums.RELATIVE_TOLERANCE)) {
                throw new InvalidInputException(
                        "INCONSISTENT_EMOTION_TALLY",
                        "byEmotion",
                        "an emotion is counted ≥ 1 time with intensities within 0–1 each");
            }
            intensitySum += 0.0;
        }

        Sums plus(Sums other) {
            return new Sums(Math.addExact(count, other.count), intensitySum + other.intensitySum);
        }
    }

    private static final EmotionTally EMPTY = new EmotionTally(0, Map.of());

    public EmotionTally {
        Require.present(byEmotion, "byEmotion");
        Require.noNulls(byEmotion.keySet(), "byEmotion");
        Require.noNulls(byEmotion.values(), "byEmotion");
        EnumMap<Emotion, Sums> copy = new EnumMap<>(Emotion.class);
        copy.putAll(byEmotion);
        long carrying = copy.values().stream().mapToLong(Sums::count).sum();
        if (measurements < 0 || carrying > measurements) {
            throw new InvalidInputException(
                    "INCONSISTENT_EMOTION_TALLY", "measurements", "more emotions counted than measurements tallied");
        }
        byEmotion = Collections.unmodifiableMap(copy);
    }

    /** No measurement: the identity of {@link #merge}. */
    public static EmotionTally empty() {
        return EMPTY;
    }

    /** The tally of one measurement, carrying an emotion or not. */
    public static EmotionTally of(Optional<EmotionReading> emotion) {
        Require.present(emotion, "emotion");
        return emotion.map(reading -> new EmotionTally(1, Map.of(reading.emotion(), new Sums(1, reading.intensity()))))
                .orElseGet(() -> new EmotionTally(1, Map.of()));
    }

    /** The tally of both cells' measurements together. */
    public EmotionTally merge(EmotionTally other) {
        Require.present(other, "other");
        EnumMap<Emotion, Sums> sum = new EnumMap<>(Emotion.class);
        sum.putAll(byEmotion);
        other.byEmotion.forEach((emotion, sums) -> sum.merge(emotion, sums, Sums::plus));
        return new EmotionTally(Math.addExact(measurements, other.measurements), sum);
    }

    /** Measurements that carry an emotion. */
    public long carrying() {
        return byEmotion.values().stream().mapToLong(Sums::count).sum();
    }

    /** The emotional profile these sums give. */
    public EmotionalProfile profile() {
        return EmotionalProfile.of(this);
    }
}
