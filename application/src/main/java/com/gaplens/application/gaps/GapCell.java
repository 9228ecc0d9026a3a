package com.gaplens.application.gaps;

import com.gaplens.domain.gap.CellReport;
import com.gaplens.domain.gap.CellStatistics;
import com.gaplens.domain.shared.Require;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One answer row of a gap view: its keys (each value with a readable label: a brand's, value's, touchpoint's or
 * segment's name, a commitment's wording), its time bucket, the merged statistics and everything reported from
 * them ({@link CellReport}: lived score of every measurement, gap of the promised ones, unpromised part).
 */
public record GapCell(
        Map<GapDimension, Key> keys, Optional<String> bucket, CellStatistics statistics, CellReport report) {

    public GapCell {
        Require.present(keys, "keys");
        Require.present(bucket, "bucket");
        Require.present(statistics, "statistics");
        Require.present(report, "report");
        EnumMap<GapDimension, Key> copy = new EnumMap<>(GapDimension.class);
        copy.putAll(keys);
        keys = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * A key's stored value and its label: a name or wording for catalogue objects (empty only when the catalogue no
     * longer has the object, which is then shown by its id), the enum name otherwise.
     */
    public record Key(String value, Optional<String> label) {
        public Key {
            Require.present(value, "value");
            Require.present(label, "label");
        }

        /** A key that is its own label: an enum name. */
        public static Key named(String value) {
            return new Key(value, Optional.of(value));
        }
    }

    /** A stable text of the keys and bucket: what cursors point at and ties are broken by. */
    public String identity() {
        return identityOf(keys, bucket);
    }

    /** The identity of a group with these keys and bucket. */
    public static String identityOf(Map<GapDimension, Key> keys, Optional<String> bucket) {
        return identityOf(
                dimension -> {
                    Key key = keys.get(dimension);
                    return key == null ? null : key.value();
                },
                bucket);
    }

    /** The identity of a group whose key values (null where it has none) and bucket are these. */
    static String identityOf(Function<GapDimension, String> values, Optional<String> bucket) {
        StringBuilder text = new StringBuilder();
        for (GapDimension dimension : GapDimension.values()) {
            String value = values.apply(dimension);
            if (value != null) {
                text.append(dimension).append('=').append(value).append(';');
            }
        }
        bucket.ifPresent(b -> text.append("bucket=").append(b));
        return text.toString();
    }
}
