package com.gaplens.application.gaps;

import com.gaplens.domain.gap.Period;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.shared.Require;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which measurements a gap view covers: per dimension, the values kept (a dimension absent from {@code values}
 * keeps everything), the period (every day when empty) and the audience (customers unless said).
 *
 * <p>Values are the stored forms: ids for brands, values, commitments, touchpoints and segments, enum names for
 * the rest. A filter on {@link GapDimension#SEGMENT} or {@link GapDimension#BRAND_VALUE} keeps only measurements
 * that have one of the values named.
 */
public record GapFilter(Map<GapDimension, Set<String>> values, Optional<Period> period, Audience audience) {

    public GapFilter {
        Require.present(values, "values");
        Require.present(period, "period");
        Require.present(audience, "audience");
        EnumMap<GapDimension, Set<String>> copy = new EnumMap<>(GapDimension.class);
        values.forEach((dimension, kept) -> {
            Require.present(dimension, "dimension");
            Require.noNulls(kept, "values");
            if (!kept.isEmpty()) {
                copy.put(dimension, Set.copyOf(kept));
            }
        });
        values = java.util.Collections.unmodifiableMap(copy);
    }

    public static GapFilter everything() {
        return new GapFilter(Map.of(), Optional.empty(), Audience.CUSTOMER);
    }

    public GapFilter with(GapDimension dimension, Set<String> kept) {
        EnumMap<GapDimension, Set<String>> copy = new EnumMap<>(GapDimension.class);
        copy.putAll(values);
        copy.put(dimension, kept);
        return new GapFilter(copy, period, audience);
    }

    public GapFilter during(Period newPeriod) {
        return new GapFilter(values, Optional.of(newPeriod), audience);
    }

    public GapFilter of(Audience newAudience) {
        return new GapFilter(values, period, newAudience);
    }

    /** The values kept on {@code dimension}; empty when it is not filtered. */
    public Optional<Set<String>> on(GapDimension dimension) {
        return Optional.ofNullable(values.get(dimension));
    }
}
