package com.gaplens.application.rollup;

import com.gaplens.application.gaps.GapDimension;
import com.gaplens.domain.gap.CellSums;
import com.gaplens.domain.gap.TimeBucket;
import com.gaplens.domain.measurement.Audience;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one change brings to the roll-ups: per cell it touches, the sums to add. A measurement entering the
 * roll-ups adds its sums to its cell of every level; one that a new judgement moves leaves its old cells (its sums,
 * {@linkplain CellSums#negated() negated}) and enters its new ones. Where the old and the new cell are the same
 * (a level that keeps neither commitment nor brand value), the two meet in one delta, and a delta that cancels out
 * exactly is dropped.
 */
public final class CellDeltas {

    private static final long SECONDS_PER_DAY = 86_400;

    private final Map<CellAddress, CellSums.Accumulator> deltas = new LinkedHashMap<>();
    /** The addresses of the measurements met so far, by what decides them: a batch names few cells many times. */
    private final Map<Origin, List<CellAddress>> known = new HashMap<>();

    /** Adds {@code measurement}, as judged, to its cells. */
    public CellDeltas enter(Contributing measurement) {
        CellSums sums = sumsOf(measurement);
        for (CellAddress address : addressesOf(measurement)) {
            deltas.computeIfAbsent(address, any -> new CellSums.Accumulator()).add(sums);
        }
        return this;
    }

    /** Takes {@code measurement}, as judged, out of its cells. */
    public CellDeltas leave(Contributing measurement) {
        CellSums sums = sumsOf(measurement);
        for (CellAddress address : addressesOf(measurement)) {
            deltas.computeIfAbsent(address, any -> new CellSums.Accumulator()).subtract(sums);
        }
        return this;
    }

    /** The sums to add, cell by cell; those that cancelled out exactly are left out. */
    public Map<CellAddress, CellSums> deltas() {
        Map<CellAddress, CellSums> result = new LinkedHashMap<>();
        deltas.forEach((address, accumulator) -> {
            CellSums sums = accumulator.sums();
            if (!sums.equals(CellSums.ZERO)) {
                result.put(address, sums);
            }
        });
        return Collections.unmodifiableMap(result);
    }

    public boolean isEmpty() {
        return deltas().isEmpty();
    }

    /** What one measurement brings to each of its cells. */
    public static CellSums sumsOf(Contributing measurement) {
        return measurement.sums();
    }

    /** The cell of every level that {@code measurement}, as judged, adds to. */
    public static List<CellAddress> addresses(Contributing measurement) {
        return addresses(measurement.audience(), measurement.observedAt(), keysOf(measurement));
    }

    private List<CellAddress> addressesOf(Contributing measurement) {
        Instant observedAt = measurement.observedAt();
        Map<GapDimension, String> keys = keysOf(measurement);
        return known.computeIfAbsent(
                new Origin(measurement.audience(), Math.floorDiv(observedAt.getEpochSecond(), SECONDS_PER_DAY), keys),
                origin -> addresses(origin.audience(), observedAt, keys));
    }

    /** What decides a measurement's addresses: its audience, its UTC day and its values of the dimensions. */
    private record Origin(Audience audience, long epochDay, Map<GapDimension, String> keys) {}

    private static Map<GapDimension, String> keysOf(Contributing measurement) {
        Map<GapDimension, String> all = new EnumMap<>(GapDimension.class);
        for (GapDimension dimension : GapDimension.values()) {
            measurement.key(dimension).ifPresent(value -> all.put(dimension, value));
        }
        return all;
    }

    private static List<CellAddress> addresses(Audience audience, Instant observedAt, Map<GapDimension, String> all) {
        String day = TimeBucket.DAY.keyOf(observedAt);
        String month = TimeBucket.MONTH.keyOf(observedAt);
        List<CellAddress> addresses = new ArrayList<>(RollupLevel.values().length);
        for (RollupLevel level : RollupLevel.values()) {
            Map<GapDimension, String> kept = new EnumMap<>(GapDimension.class);
            all.forEach((dimension, value) -> {
                if (level.kept().contains(dimension)) {
                    kept.put(dimension, value);
                }
            });
            String time = level.grain() == RollupLevel.Grain.DAY ? day : month;
            addresses.add(new CellAddress(level, audience, time, kept));
        }
        return addresses;
    }
}
