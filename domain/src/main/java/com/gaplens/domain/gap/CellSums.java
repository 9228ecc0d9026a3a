package com.gaplens.domain.gap;

import com.gaplens.domain.measurement.Emotion;
import com.gaplens.domain.measurement.EmotionReading;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.shared.Require;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sums a roll-up cell keeps: what {@link CellStatistics} and {@link EmotionTally} hold, with a count per method
 * in place of the set of methods, so that sums can be taken away as well as added. A measurement that a new
 * judgement moves to another cell leaves its old cell as a {@link #negated() negated} contribution and enters the
 * new one; cells are only ever changed by adding such sums.
 *
 * <p>Slots: integer {@link Count counts} (measurements and respondents, promised and unpromised; per method; per
 * emotion) and real {@link Total totals} ({@code S1 = Σw·x}, {@code S2 = Σw·(x² + s²)}, {@code T = Σw·t}; per
 * emotion its intensity sum). Counts add exactly. Totals add in floating point: a cell built by other additions, in
 * another order, equals a recomputation within rounding, and a total whose measurements all left reads as exactly
 * 0 (its count says so), whatever rounding left behind.
 */
public final class CellSums {

    /** The integer sums, each exact. */
    public enum Count {
        PROMISED_MEASUREMENTS,
        PROMISED_WEIGHT,
        UNPROMISED_MEASUREMENTS,
        UNPROMISED_WEIGHT
    }

    /** The real sums, each within rounding. */
    public enum Total {
        PROMISED_SUM,
        PROMISED_SQUARES,
        TARGET,
        UNPROMISED_SUM,
        UNPROMISED_SQUARES
    }

    private static final int METHODS = MeasurementMethod.values().length;
    private static final int EMOTIONS = Emotion.values().length;
    /** Layout of {@link #counts}: the {@link Count}s, then promised per method, unpromised per method, per emotion. */
    private static final int PROMISED_METHODS = Count.values().length;

    private static final int UNPROMISED_METHODS = PROMISED_METHODS + METHODS;
    private static final int EMOTION_COUNTS = UNPROMISED_METHODS + METHODS;
    private static final int COUNT_SLOTS = EMOTION_COUNTS + EMOTIONS;
    /** Layout of {@link #totals}: the {@link Total}s, then per emotion its intensity sum. */
    private static final int EMOTION_INTENSITIES = Total.values().length;

    private static final int TOTAL_SLOTS = EMOTION_INTENSITIES + EMOTIONS;

    /** No measurement. */
    public static final CellSums ZERO = new CellSums(new long[COUNT_SLOTS], new double[TOTAL_SLOTS]);

    private final long[] counts;
    private final double[] totals;

    private CellSums(long[] counts, double[] totals) {
        this.counts = counts;
        this.totals = totals;
    }

    /** The sums of one measurement: what it brings to its cell, with the emotion it carries, if any. */
    public static CellSums of(Contribution contribution, Optional<EmotionReading> emotion) {
        Require.present(contribution, "contribution");
        Require.present(emotion, "emotion");
        Accumulator one = new Accumulator();
        long w = contribution.reading().weight();
        double x = contribution.reading().score();
        double s = contribution.reading().dispersion();
        int method = contribution.method().ordinal();
        if (contribution.target().isPresent()) {
            one.counts[Count.PROMISED_MEASUREMENTS.ordinal()] = 1;
            one.counts[Count.PROMISED_WEIGHT.ordinal()] = w;
            one.counts[PROMISED_METHODS + method] = 1;
            one.totals[Total.PROMISED_SUM.ordinal()] = w * x;
            one.totals[Total.PROMISED_SQUARES.ordinal()] = w * (x * x + s * s);
            one.totals[Total.TARGET.ordinal()] = w * contribution.target().get().value();
        } else {
            one.counts[Count.UNPROMISED_MEASUREMENTS.ordinal()] = 1;
            one.counts[Count.UNPROMISED_WEIGHT.ordinal()] = w;
            one.counts[UNPROMISED_METHODS + method] = 1;
            one.totals[Total.UNPROMISED_SUM.ordinal()] = w * x;
            one.totals[Total.UNPROMISED_SQUARES.ordinal()] = w * (x * x + s * s);
        }
        emotion.ifPresent(reading -> {
            one.counts[EMOTION_COUNTS + reading.emotion().ordinal()] = 1;
            one.totals[EMOTION_INTENSITIES + reading.emotion().ordinal()] = reading.intensity();
        });
        return one.sums();
    }

    public long count(Count count) {
        return counts[count.ordinal()];
    }

    public double total(Total total) {
        return totals[total.ordinal()];
    }

    public long promisedMethod(MeasurementMethod method) {
        return counts[PROMISED_METHODS + method.ordinal()];
    }

    public long unpromisedMethod(MeasurementMethod method) {
        return counts[UNPROMISED_METHODS + method.ordinal()];
    }

    public long emotionCount(Emotion emotion) {
        return counts[EMOTION_COUNTS + emotion.ordinal()];
    }

    public double emotionIntensity(Emotion emotion) {
        return totals[EMOTION_INTENSITIES + emotion.ordinal()];
    }

    /** Measurements, promised or not. */
    public long measurements() {
        return count(Count.PROMISED_MEASUREMENTS) + count(Count.UNPROMISED_MEASUREMENTS);
    }

    /** Whether no measurement is counted (totals may still hold rounding left by measurements that left). */
    public boolean isEmpty() {
        return measurements() == 0;
    }

    /** Both sets of measurements together. */
    public CellSums plus(CellSums other) {
        return new Accumulator().add(this).add(other).sums();
    }

    /** These measurements taken away: what a measurement leaving a cell adds to it. */
    public CellSums negated() {
        return new Accumulator().subtract(this).sums();
    }

    /**
     * The statistics these sums give. Counts are exact; totals are read as 0 where their measurements are all gone,
     * and within their bounds otherwise ({@code 0 ≤ S1 ≤ 100·W}, {@code S2 ≥ 0}, {@code 0 ≤ T ≤ 100·W}): rounding
     * left by additions and removals is at most a few units in the last place of the largest total the cell held,
     * and is not allowed to cross a bound that no set of measurements crosses.
     */
    public CellStatistics statistics() {
        return new CellStatistics(
                scoreSums(
                        count(Count.PROMISED_MEASUREMENTS),
                        count(Count.PROMISED_WEIGHT),
                        total(Total.PROMISED_SUM),
                        total(Total.PROMISED_SQUARES),
                        PROMISED_METHODS),
                bounded(total(Total.TARGET), count(Count.PROMISED_MEASUREMENTS), count(Count.PROMISED_WEIGHT)),
                scoreSums(
                        count(Count.UNPROMISED_MEASUREMENTS),
                        count(Count.UNPROMISED_WEIGHT),
                        total(Total.UNPROMISED_SUM),
                        total(Total.UNPROMISED_SQUARES),
                        UNPROMISED_METHODS));
    }

    /** The emotion tally these sums give (intensity sums bounded as {@link #statistics()} bounds totals). */
    public EmotionTally emotions() {
        Map<Emotion, EmotionTally.Sums> byEmotion = new EnumMap<>(Emotion.class);
        for (Emotion emotion : Emotion.values()) {
            long count = emotionCount(emotion);
            if (count > 0) {
                double intensity = Math.min(count, Math.max(0, emotionIntensity(emotion)));
                byEmotion.put(emotion, new EmotionTally.Sums(count, intensity));
            }
        }
        return new EmotionTally(measurements(), byEmotion);
    }

    /**
     * Whether {@code other} holds the same counts, and totals within {@code relative} of each other (relative to the
     * larger magnitude, at least 1): how a roll-up is compared with its recomputation.
     */
    public boolean matches(CellSums other, double relative) {
        Require.present(other, "other");
        if (!Arrays.equals(counts, other.counts)) {
            return false;
        }
        for (int i = 0; i < TOTAL_SLOTS; i++) {
            double a = totals[i];
            double b = other.totals[i];
            if (Math.abs(a - b) > relative * Math.max(1, Math.max(Math.abs(a), Math.abs(b)))) {
                return false;
            }
        }
        return true;
    }

    private ScoreSums scoreSums(long count, long weight, double sum, double squares, int methodSlots) {
        if (count == 0) {
            return ScoreSums.EMPTY;
        }
        Set<MeasurementMethod> methods = EnumSet.noneOf(MeasurementMethod.class);
        for (MeasurementMethod method : MeasurementMethod.values()) {
            if (counts[methodSlots + method.ordinal()] > 0) {
                methods.add(method);
            }
        }
        double boundedSum = bounded(sum, count, weight);
        return new ScoreSums(count, weight, boundedSum, Math.max(squares, boundedSum * (boundedSum / weight)), methods);
    }

    private static double bounded(double total, long count, long weight) {
        return count == 0 ? 0 : Math.min(100.0 * weight, Math.max(0, total));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CellSums sums
                && Arrays.equals(counts, sums.counts)
                && Arrays.equals(totals, sums.totals);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(counts) + Arrays.hashCode(totals);
    }

    @Override
    public String toString() {
        return "CellSums" + Arrays.toString(counts) + Arrays.toString(totals);
    }

    /**
     * Sums being added up: one per group of a query, one per cell of a recomputation. Not thread-safe; {@link #sums()}
     * takes a snapshot.
     */
    public static final class Accumulator {

        private final long[] counts = new long[COUNT_SLOTS];
        private final double[] totals = new double[TOTAL_SLOTS];

        public Accumulator add(CellSums sums) {
            for (int i = 0; i < COUNT_SLOTS; i++) {
                counts[i] = Math.addExact(counts[i], sums.counts[i]);
            }
            for (int i = 0; i < TOTAL_SLOTS; i++) {
                totals[i] += sums.totals[i];
            }
            return this;
        }

        public Accumulator subtract(CellSums sums) {
            for (int i = 0; i < COUNT_SLOTS; i++) {
                counts[i] = Math.subtractExact(counts[i], sums.counts[i]);
            }
            for (int i = 0; i < TOTAL_SLOTS; i++) {
                totals[i] -= sums.totals[i];
            }
            return this;
        }

        public Accumulator addCount(Count count, long value) {
            counts[count.ordinal()] = Math.addExact(counts[count.ordinal()], value);
            return this;
        }

        public Accumulator addTotal(Total total, double value) {
            totals[total.ordinal()] += value;
            return this;
        }

        public Accumulator addPromisedMethod(MeasurementMethod method, long value) {
            counts[PROMISED_METHODS + method.ordinal()] += value;
            return this;
        }

        public Accumulator addUnpromisedMethod(MeasurementMethod method, long value) {
            counts[UNPROMISED_METHODS + method.ordinal()] += value;
            return this;
        }

        public Accumulator addEmotionCount(Emotion emotion, long value) {
            counts[EMOTION_COUNTS + emotion.ordinal()] += value;
            return this;
        }

        public Accumulator addEmotionIntensity(Emotion emotion, double value) {
            totals[EMOTION_INTENSITIES + emotion.ordinal()] += value;
            return this;
        }

        public boolean isEmpty() {
            return counts[Count.PROMISED_MEASUREMENTS.ordinal()] + counts[Count.UNPROMISED_MEASUREMENTS.ordinal()] == 0;
        }

        public CellSums sums() {
            return new CellSums(counts.clone(), totals.clone());
        }
    }
}
