package com.gaplens.application.gaps;

import com.gaplens.domain.gap.CellStatistics;
import com.gaplens.domain.gap.EmotionTally;
import com.gaplens.domain.shared.Require;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One group of a grouped gap query: the values of its grouping dimensions (a dimension without a value — an
 * unpromised commitment, no segment — is absent), its time-bucket key when grouped by time, and the merged
 * statistics and emotion tally of its cells.
 */
public record GroupedCell(
        Map<GapDimension, String> keys, Optional<String> bucket, CellStatistics statistics, EmotionTally emotions) {

    public GroupedCell {
        Require.present(keys, "keys");
        Require.present(bucket, "bucket");
        Require.present(statistics, "statistics");
        Require.present(emotions, "emotions");
        EnumMap<GapDimension, String> copy = new EnumMap<>(GapDimension.class);
        copy.putAll(keys);
        keys = java.util.Collections.unmodifiableMap(copy);
    }

    public Optional<String> key(GapDimension dimension) {
        return Optional.ofNullable(keys.get(dimension));
    }

    /** Its keys, by which groups are ordered. */
    public GroupKey key() {
        return new GroupKey(keys, bucket);
    }

    /** The {@link GapCell#identity() identity} of the cell reported from this group: its key values and bucket. */
    public String identity() {
        return GapCell.identityOf(keys::get, bucket);
    }
}
