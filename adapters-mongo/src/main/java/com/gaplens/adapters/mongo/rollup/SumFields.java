package com.gaplens.adapters.mongo.rollup;

import com.gaplens.domain.gap.CellSums;
import com.gaplens.domain.gap.CellSums.Count;
import com.gaplens.domain.gap.CellSums.Total;
import com.gaplens.domain.measurement.Emotion;
import com.gaplens.domain.measurement.MeasurementMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.bson.BsonReader;
import org.bson.Document;

/**
 * The stored fields of a cell's {@link CellSums}, each named once: flat numeric fields, so that an addition is one
 * {@code $inc} and MongoDB's {@code $group} merges cells with {@code $sum} alone. Zero sums are not stored.
 *
 * <ul>
 *   <li>{@code pN}, {@code pW}, {@code pS1}, {@code pS2}, {@code T}: promised measurements, respondents, {@code Σw·x},
 *       {@code Σw·(x² + s²)}, {@code Σw·t}; {@code pm_<METHOD>}: promised measurements per method;</li>
 *   <li>{@code uN}, {@code uW}, {@code uS1}, {@code uS2}, {@code um_<METHOD>}: the same for unpromised ones;</li>
 *   <li>{@code e_<EMOTION>_n}, {@code e_<EMOTION>_i}: measurements carrying the emotion, and their intensity sum.</li>
 * </ul>
 */
final class SumFields {

    /** One stored field: its name, and how its value is read from sums and added to an accumulator. */
    private record Field(
            String name,
            boolean integer,
            java.util.function.ToLongFunction<CellSums> count,
            java.util.function.ToDoubleFunction<CellSums> total,
            BiConsumer<CellSums.Accumulator, Long> addCount,
            BiConsumer<CellSums.Accumulator, Double> addTotal) {}

    private static final List<Field> FIELDS = new ArrayList<>();
    private static final Map<String, Field> BY_NAME = new HashMap<>();

    static {
        count("pN", Count.PROMISED_MEASUREMENTS);
        count("pW", Count.PROMISED_WEIGHT);
        count("uN", Count.UNPROMISED_MEASUREMENTS);
        count("uW", Count.UNPROMISED_WEIGHT);
        total("pS1", Total.PROMISED_SUM);
        total("pS2", Total.PROMISED_SQUARES);
        total("T", Total.TARGET);
        total("uS1", Total.UNPROMISED_SUM);
        total("uS2", Total.UNPROMISED_SQUARES);
        for (MeasurementMethod method : MeasurementMethod.values()) {
            add(new Field(
                    "pm_" + method.name(),
                    true,
                    sums -> sums.promisedMethod(method),
                    null,
                    (a, v) -> a.addPromisedMethod(method, v),
                    null));
            add(new Field(
                    "um_" + method.name(),
                    true,
                    sums -> sums.unpromisedMethod(method),
                    null,
                    (a, v) -> a.addUnpromisedMethod(method, v),
                    null));
        }
        for (Emotion emotion : Emotion.values()) {
            add(new Field(
                    "e_" + emotion.name() + "_n",
                    true,
                    sums -> sums.emotionCount(emotion),
                    null,
                    (a, v) -> a.addEmotionCount(emotion, v),
                    null));
            add(new Field(
                    "e_" + emotion.name() + "_i",
                    false,
                    null,
                    sums -> sums.emotionIntensity(emotion),
                    null,
                    (a, v) -> a.addEmotionIntensity(emotion, v)));
        }
    }

    /** The promised and unpromised measurement counts: a cell or group holds measurements when they add up above 0. */
    static final String PROMISED_COUNT = "pN";

    static final String UNPROMISED_COUNT = "uN";

    private SumFields() {}

    private static void count(String name, Count count) {
        add(new Field(name, true, sums -> sums.count(count), null, (a, v) -> a.addCount(count, v), null));
    }

    private static void total(String name, Total total) {
        add(new Field(name, false, null, sums -> sums.total(total), null, (a, v) -> a.addTotal(total, v)));
    }

    private static void add(Field field) {
        FIELDS.add(field);
        BY_NAME.put(field.name(), field);
    }

    /** Every field's name: what a merge sums. */
    static List<String> names() {
        return FIELDS.stream().map(Field::name).toList();
    }

    /** The non-zero sums as an {@code $inc} document. */
    static Document increments(CellSums sums) {
        Document inc = new Document();
        for (Field field : FIELDS) {
            if (field.integer()) {
                long value = field.count().applyAsLong(sums);
                if (value != 0) {
                    inc.append(field.name(), value);
                }
            } else {
                double value = field.total().applyAsDouble(sums);
                if (value != 0) {
                    inc.append(field.name(), value);
                }
            }
        }
        return inc;
    }

    /** The sums stored in {@code document} (a cell, or a {@code $group} of cells). */
    static CellSums read(Document document) {
        CellSums.Accumulator sums = new CellSums.Accumulator();
        for (Field field : FIELDS) {
            if (document.get(field.name()) instanceof Number value) {
                if (field.integer()) {
                    field.addCount().accept(sums, value.longValue());
                } else {
                    field.addTotal().accept(sums, value.doubleValue());
                }
            }
        }
        return sums.sums();
    }

    /**
     * Adds the value {@code reader} is positioned on to {@code sums} if {@code name} is a sum's field; otherwise leaves
     * the reader where it is and answers {@code false}. How a cell read as raw BSON is summed in one pass.
     */
    static boolean add(String name, BsonReader reader, CellSums.Accumulator sums) {
        Field field = BY_NAME.get(name);
        if (field == null) {
            return false;
        }
        if (field.integer()) {
            field.addCount().accept(sums, longValue(reader));
        } else {
            field.addTotal().accept(sums, doubleValue(reader));
        }
        return true;
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
}
