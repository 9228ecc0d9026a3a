package com.gaplens.adapters.mongo.rollup;

import com.gaplens.domain.gap.CellStatistics;
import com.gaplens.domain.gap.EmotionTally;
import com.gaplens.domain.gap.ScoreSums;
import com.gaplens.domain.measurement.Emotion;
import com.gaplens.domain.measurement.MeasurementMethod;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.bson.BsonReader;
import org.bson.Document;

/**
 * The mergeable sums of a roll-up cell as stored: for the promised part {@code pN}, {@code pW}, {@code pS1},
 * {@code pS2}, {@code T} and per method its count {@code pm_<METHOD>}; the same for the unpromised part
 * ({@code u…}, no {@code T}); per emotion its count {@code e_<EMOTION>_n} and intensity sum {@code e_<EMOTION>_i}.
 * Flat numeric fields, so that MongoDB's {@code $group} merges cells with {@code $sum} alone. Zero fields are not
 * stored.
 */
final class CellSums {

    static final String P_COUNT = "pN";
    static final String P_WEIGHT = "pW";
    static final String P_SUM = "pS1";
    static final String P_SQUARES = "pS2";
    static final String TARGET_SUM = "T";
    static final String U_COUNT = "uN";
    static final String U_WEIGHT = "uW";
    static final String U_SUM = "uS1";
    static final String U_SQUARES = "uS2";

    /** Every numeric field a cell may hold: what a merge sums. */
    static final String[] FIELDS;

    static {
        java.util.List<String> fields = new java.util.ArrayList<>(java.util.List.of(
                P_COUNT, P_WEIGHT, P_SUM, P_SQUARES, TARGET_SUM, U_COUNT, U_WEIGHT, U_SUM, U_SQUARES));
        for (MeasurementMethod method : MeasurementMethod.values()) {
            fields.add(promisedMethod(method));
            fields.add(unpromisedMethod(method));
        }
        for (Emotion emotion : Emotion.values()) {
            fields.add(emotionCount(emotion));
            fields.add(emotionIntensity(emotion));
        }
        FIELDS = fields.toArray(String[]::new);
    }

    /** The index of each per-method and per-emotion field in its array, for a read by field name. */
    private static final Map<String, Integer> PROMISED_METHODS = new HashMap<>();

    private static final Map<String, Integer> UNPROMISED_METHODS = new HashMap<>();
    private static final Map<String, Integer> EMOTION_COUNTS = new HashMap<>();
    private static final Map<String, Integer> EMOTION_INTENSITIES = new HashMap<>();

    static {
        for (MeasurementMethod method : MeasurementMethod.values()) {
            PROMISED_METHODS.put(promisedMethod(method), method.ordinal());
            UNPROMISED_METHODS.put(unpromisedMethod(method), method.ordinal());
        }
        for (Emotion emotion : Emotion.values()) {
            EMOTION_COUNTS.put(emotionCount(emotion), emotion.ordinal());
            EMOTION_INTENSITIES.put(emotionIntensity(emotion), emotion.ordinal());
        }
    }

    private long pCount;
    private long pWeight;
    private double pSum;
    private double pSquares;
    private double targetSum;
    private long uCount;
    private long uWeight;
    private double uSum;
    private double uSquares;
    private final long[] pMethods = new long[MeasurementMethod.values().length];
    private final long[] uMethods = new long[MeasurementMethod.values().length];
    private final long[] emotionCounts = new long[Emotion.values().length];
    private final double[] emotionIntensities = new double[Emotion.values().length];

    static String promisedMethod(MeasurementMethod method) {
        return "pm_" + method.name();
    }

    static String unpromisedMethod(MeasurementMethod method) {
        return "um_" + method.name();
    }

    static String emotionCount(Emotion emotion) {
        return "e_" + emotion.name() + "_n";
    }

    static String emotionIntensity(Emotion emotion) {
        return "e_" + emotion.name() + "_i";
    }

    /** Adds one raw measurement (its {@code w}, {@code x}, {@code s}, {@code target}, method and emotion). */
    void addMeasurement(Document raw) {
        long w = ((Number) raw.get("w")).longValue();
        double x = ((Number) raw.get("x")).doubleValue();
        double s = ((Number) raw.get("s")).doubleValue();
        int method = MeasurementMethod.valueOf(raw.getString(CellKey.METHOD)).ordinal();
        Object target = raw.get("target");
        if (target instanceof Number t) {
            pCount++;
            pWeight += w;
            pSum += w * x;
            pSquares += w * (x * x + s * s);
            targetSum += w * t.doubleValue();
            pMethods[method]++;
        } else {
            uCount++;
            uWeight += w;
            uSum += w * x;
            uSquares += w * (x * x + s * s);
            uMethods[method]++;
        }
        String emotion = raw.getString("emotion");
        if (emotion != null) {
            int e = Emotion.valueOf(emotion).ordinal();
            emotionCounts[e]++;
            emotionIntensities[e] += ((Number) raw.get("emotionIntensity")).doubleValue();
        }
    }

    /** Adds the sums of a stored cell (or of a {@code $group} of cells). */
    void addCell(Document cell) {
        pCount += asLong(cell, P_COUNT);
        pWeight += asLong(cell, P_WEIGHT);
        pSum += asDouble(cell, P_SUM);
        pSquares += asDouble(cell, P_SQUARES);
        targetSum += asDouble(cell, TARGET_SUM);
        uCount += asLong(cell, U_COUNT);
        uWeight += asLong(cell, U_WEIGHT);
        uSum += asDouble(cell, U_SUM);
        uSquares += asDouble(cell, U_SQUARES);
        for (MeasurementMethod method : MeasurementMethod.values()) {
            pMethods[method.ordinal()] += asLong(cell, promisedMethod(method));
            uMethods[method.ordinal()] += asLong(cell, unpromisedMethod(method));
        }
        for (Emotion emotion : Emotion.values()) {
            emotionCounts[emotion.ordinal()] += asLong(cell, emotionCount(emotion));
            emotionIntensities[emotion.ordinal()] += asDouble(cell, emotionIntensity(emotion));
        }
    }

    /**
     * Adds the value {@code reader} is positioned on if {@code field} is one of the sums; otherwise leaves the
     * reader where it is and answers {@code false}. How a cell read as raw BSON is summed in one pass.
     */
    boolean add(String field, BsonReader reader) {
        switch (field) {
            case P_COUNT -> pCount += longValue(reader);
            case P_WEIGHT -> pWeight += longValue(reader);
            case P_SUM -> pSum += doubleValue(reader);
            case P_SQUARES -> pSquares += doubleValue(reader);
            case TARGET_SUM -> targetSum += doubleValue(reader);
            case U_COUNT -> uCount += longValue(reader);
            case U_WEIGHT -> uWeight += longValue(reader);
            case U_SUM -> uSum += doubleValue(reader);
            case U_SQUARES -> uSquares += doubleValue(reader);
            default -> {
                Integer slot;
                if ((slot = PROMISED_METHODS.get(field)) != null) {
                    pMethods[slot] += longValue(reader);
                } else if ((slot = UNPROMISED_METHODS.get(field)) != null) {
                    uMethods[slot] += longValue(reader);
                } else if ((slot = EMOTION_COUNTS.get(field)) != null) {
                    emotionCounts[slot] += longValue(reader);
                } else if ((slot = EMOTION_INTENSITIES.get(field)) != null) {
                    emotionIntensities[slot] += doubleValue(reader);
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    /** Adds {@code other}'s sums to these. */
    CellSums plus(CellSums other) {
        pCount += other.pCount;
        pWeight += other.pWeight;
        pSum += other.pSum;
        pSquares += other.pSquares;
        targetSum += other.targetSum;
        uCount += other.uCount;
        uWeight += other.uWeight;
        uSum += other.uSum;
        uSquares += other.uSquares;
        for (int i = 0; i < pMethods.length; i++) {
            pMethods[i] += other.pMethods[i];
            uMethods[i] += other.uMethods[i];
        }
        for (int i = 0; i < emotionCounts.length; i++) {
            emotionCounts[i] += other.emotionCounts[i];
            emotionIntensities[i] += other.emotionIntensities[i];
        }
        return this;
    }

    boolean isEmpty() {
        return pCount == 0 && uCount == 0;
    }

    /** Writes the non-zero sums into {@code document}. */
    void writeTo(Document document) {
        putNonZero(document, P_COUNT, pCount);
        putNonZero(document, P_WEIGHT, pWeight);
        putNonZero(document, P_SUM, pSum);
        putNonZero(document, P_SQUARES, pSquares);
        putNonZero(document, TARGET_SUM, targetSum);
        putNonZero(document, U_COUNT, uCount);
        putNonZero(document, U_WEIGHT, uWeight);
        putNonZero(document, U_SUM, uSum);
        putNonZero(document, U_SQUARES, uSquares);
        for (MeasurementMethod method : MeasurementMethod.values()) {
            putNonZero(document, promisedMethod(method), pMethods[method.ordinal()]);
            putNonZero(document, unpromisedMethod(method), uMethods[method.ordinal()]);
        }
        for (Emotion emotion : Emotion.values()) {
            putNonZero(document, emotionCount(emotion), emotionCounts[emotion.ordinal()]);
            putNonZero(document, emotionIntensity(emotion), emotionIntensities[emotion.ordinal()]);
        }
    }

    /** Whether {@code stored} holds exactly these sums (as written by {@link #writeTo}). */
    boolean sameAs(Document stored) {
        Document mine = new Document();
        writeTo(mine);
        for (String field : FIELDS) {
            Object a = mine.get(field);
            Object b = stored.get(field);
            if (a == null && b == null) {
                continue;
            }
            if (a == null || b == null) {
                return false;
            }
            if (a instanceof Long la && b instanceof Number nb) {
                if (la != nb.longValue()) {
                    return false;
                }
            } else if (((Number) a).doubleValue() != ((Number) b).doubleValue()) {
                return false;
            }
        }
        return true;
    }

    CellStatistics statistics() {
        return new CellStatistics(
                new ScoreSums(pCount, pWeight, pSum, pSquares, methods(pMethods)),
                targetSum,
                new ScoreSums(uCount, uWeight, uSum, uSquares, methods(uMethods)));
    }

    EmotionTally emotions() {
        Map<Emotion, EmotionTally.Sums> byEmotion = new EnumMap<>(Emotion.class);
        for (Emotion emotion : Emotion.values()) {
            long count = emotionCounts[emotion.ordinal()];
            if (count > 0) {
                byEmotion.put(emotion, new EmotionTally.Sums(count, emotionIntensities[emotion.ordinal()]));
            }
        }
        return new EmotionTally(pCount + uCount, byEmotion);
    }

    private static Set<MeasurementMethod> methods(long[] counts) {
        Set<MeasurementMethod> methods = EnumSet.noneOf(MeasurementMethod.class);
        for (MeasurementMethod method : MeasurementMethod.values()) {
            if (counts[method.ordinal()] > 0) {
                methods.add(method);
            }
        }
        return methods;
    }

    private static void putNonZero(Document document, String field, long value) {
        if (value != 0) {
            document.put(field, value);
        }
    }

    private static void putNonZero(Document document, String field, double value) {
        if (value != 0) {
            document.put(field, value);
        }
    }

    private static long longValue(BsonReader reader) {
        return switch (reader.getCurrentBsonType()) {
            case INT64 -> reader.readInt64();
            case INT32 -> reader.readInt32();
            case DOUBLE -> (long) reader.readDouble();
            default -> {
                reader.skipValue();
                yield 0;
            }
        };
    }

    private static double doubleValue(BsonReader reader) {
        return switch (reader.getCurrentBsonType()) {
            case DOUBLE -> reader.readDouble();
            case INT64 -> reader.readInt64();
            case INT32 -> reader.readInt32();
            default -> {
                reader.skipValue();
                yield 0;
            }
        };
    }

    private static long asLong(Document document, String field) {
        return document.get(field) instanceof Number n ? n.longValue() : 0;
    }

    private static double asDouble(Document document, String field) {
        return document.get(field) instanceof Number n ? n.doubleValue() : 0;
    }
}
