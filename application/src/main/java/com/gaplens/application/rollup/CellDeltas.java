package com.gaplens.application.rollup;

import com.gaplens.application.gaps.GapDimension;
import com.gaplens.domain.gap.CellSums;
import com.gaplens.domain.gap.TimeBucket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
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

    private final Map<CellAddress, CellSums.Accumulator> deltas = new LinkedHashMap<>();

    /** Adds {@code measurement}, as judged, to its cells. */
    public CellDeltas enter(Contributing measurement) {
        CellSums sums = sumsOf(measurement);
        for (CellAddress address : addresses(measurement)) {
            deltas.computeIfAbsent(address, any -> new CellSums.Accumulator()).add(sums);
        }
        return this;
    }

    /** Takes {@code measurement}, as judged, out of its cells. */
    public CellDeltas leave(Contributing measurement) {
        CellSums sums = sumsOf(measurement);
        for (CellAddress address : addresses(measurement)) {
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
        var observedAt = measurement.observedAt();
        String day = TimeBucket.DAY.keyOf(observedAt);
        String month = TimeBucket.MONTH.keyOf(observedAt);
        Map<GapDimension, String> all = new EnumMap<>(GapDimension.class);
        for (GapDimension dimension : GapDimension.values()) {
            measurement.key(dimension).ifPresent(value -> all.put(dimension, value));
        }
        List<CellAddress> addresses = new ArrayList<>(RollupLevel.values().length);
        for (RollupLevel level : RollupLevel.values()) {
            Map<GapDimension, String> kept = new EnumMap<>(GapDimension.class);
            all.forEach((dimension, value) -> {
                if (level.kept().contains(dimension)) {
                    kept.put(dimension, value);
                }
            });
            String time = level.grain() == RollupLevel.Grain.DAY ? day : month;
            addresses.add(new CellAddress(level, measurement.audience(), time, kept));
        }
        return addresses;
    }
}
