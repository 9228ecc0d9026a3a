package com.gaplens.domain.gap;

import com.gaplens.domain.measurement.Emotion;
import com.gaplens.domain.measurement.Valence;
import com.gaplens.domain.shared.Require;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The emotional trace of a touchpoint (or any cell): per emotion, its share of the measurements that
 * carry an emotion and its mean intensity (0–1), and the net valence, share positive − share negative
 * (−1 to 1; neutral emotions such as SURPRISE weigh in the denominator only).
 *
 * @param measurements every measurement, with an emotion or not
 * @param carrying     measurements that carry an emotion: the denominator of every share
 * @param emotions     per emotion carried at least once, its share and mean intensity
 * @param netValence   share positive − share negative; empty when no measurement carries an emotion
 */
public record EmotionalProfile(
        long measurements, long carrying, Map<Emotion, EmotionShare> emotions, OptionalDouble netValence) {

    /**
     * One emotion in a profile.
     *
     * @param count         measurements carrying it
     * @param share         {@code count / carrying}
     * @param meanIntensity mean of their intensities, 0–1
     */
    public record EmotionShare(long count, double share, double meanIntensity) {}

    public EmotionalProfile {
        Require.present(emotions, "emotions");
        Require.present(netValence, "netValence");
        EnumMap<Emotion, EmotionShare> copy = new EnumMap<>(Emotion.class);
        copy.putAll(emotions);
        emotions = Collections.unmodifiableMap(copy);
    }

    static EmotionalProfile of(EmotionTally tally) {
        long carrying = tally.carrying();
        EnumMap<Emotion, EmotionShare> shares = new EnumMap<>(Emotion.class);
        long positive = 0;
        long negative = 0;
        for (Map.Entry<Emotion, EmotionTally.Sums> entry : tally.byEmotion().entrySet()) {
            EmotionTally.Sums sums = entry.getValue();
            shares.put(
                    entry.getKey(),
                    new EmotionShare(
                            sums.count(), (double) sums.count() / carrying, sums.intensitySum() / sums.count()));
            if (entry.getKey().valence() == Valence.POSITIVE) {
                positive += sums.count();
            } else if (entry.getKey().valence() == Valence.NEGATIVE) {
                negative += sums.count();
            }
        }
        OptionalDouble netValence =
                carrying == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) (positive - negative) / carrying);
        return new EmotionalProfile(tally.measurements(), carrying, shares, netValence);
    }
}
