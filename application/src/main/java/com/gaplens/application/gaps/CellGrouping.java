package com.gaplens.application.gaps;

import com.gaplens.domain.gap.TimeBucket;
import com.gaplens.domain.shared.Require;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * How cells are merged: one group per distinct combination of the dimensions' values and the time bucket. The
 * dimensions iterate in the order of {@link GapDimension}, the order in which {@link GroupKey}s compare them.
 */
public record CellGrouping(Set<GapDimension> dimensions, Optional<TimeBucket> bucket) {

    public CellGrouping {
        Require.noNulls(dimensions, "groupBy");
        Require.present(bucket, "bucket");
        dimensions = dimensions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(dimensions));
    }

    public static CellGrouping by(GapDimension... dimensions) {
        return new CellGrouping(Set.of(dimensions), Optional.empty());
    }

    public CellGrouping per(TimeBucket timeBucket) {
        return new CellGrouping(dimensions, Optional.of(timeBucket));
    }
}
