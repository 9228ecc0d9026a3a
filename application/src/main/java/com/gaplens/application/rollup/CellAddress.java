package com.gaplens.application.rollup;

import com.gaplens.application.gaps.GapDimension;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.shared.Require;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which cell of a level a measurement adds to: its level, audience and time (a day {@code 2026-11-23} or a month
 * {@code 2026-11}, as the level's grain says) and its values of the dimensions the level keeps (a dimension without a
 * value — no segment, unpromised — is absent). The same measurement always has the same address; a store derives its
 * cell's identity from it. Every address names a brand: it is where a tenant's cells divide.
 */
public record CellAddress(RollupLevel level, Audience audience, String time, Map<GapDimension, String> keys) {

    public CellAddress {
        Require.present(level, "level");
        Require.present(audience, "audience");
        Require.present(time, "time");
        Require.present(keys, "keys");
        EnumMap<GapDimension, String> copy = new EnumMap<>(GapDimension.class);
        keys.forEach((dimension, value) -> {
            if (!level.kept().contains(dimension)) {
                throw new IllegalArgumentException(level + " keeps no " + dimension);
            }
            copy.put(dimension, Require.present(value, "keys." + dimension));
        });
        if (!copy.containsKey(GapDimension.BRAND)) {
            throw new IllegalArgumentException("a cell address names its brand");
        }
        keys = Collections.unmodifiableMap(copy);
    }

    public String brand() {
        return keys.get(GapDimension.BRAND);
    }

    public Optional<String> key(GapDimension dimension) {
        return Optional.ofNullable(keys.get(dimension));
    }

    /** The month of its time ({@code 2026-11}). */
    public String month() {
        return time.substring(0, 7);
    }
}
