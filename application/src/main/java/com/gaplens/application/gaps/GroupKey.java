package com.gaplens.application.gaps;

import com.gaplens.application.listing.Cursor;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of one group of a grouped gap query: its dimensions' values (a dimension without a value is absent) and
 * its time-bucket key. Groups are ordered by their keys value by value, dimensions in the order of
 * {@link GapDimension}, then the bucket; an absent value first; values by Unicode code point. That is the order in
 * which MongoDB sorts the same fields (absent as null, strings by binary comparison of their UTF-8 bytes), so a
 * store can let MongoDB sort and read only the first groups.
 */
public record GroupKey(Map<GapDimension, String> values, Optional<String> bucket) implements Comparable<GroupKey> {

    private static final Comparator<String> VALUE_ORDER = Comparator.nullsFirst(Cursor.KEY_ORDER);

    /**
     * How two values of one key compare: an absent value (null) first, then text by Unicode code point. Keys compare
     * value by value in this order; a store that sorts groups itself sorts them so.
     */
    public static Comparator<String> valueOrder() {
        return VALUE_ORDER;
    }

    private static final String BUCKET = "@";

    public GroupKey {
        Require.present(values, "keys");
        Require.present(bucket, "bucket");
        EnumMap<GapDimension, String> copy = new EnumMap<>(GapDimension.class);
        values.forEach((dimension, value) ->
                copy.put(Require.present(dimension, "keys.dimension"), Require.present(value, "keys." + dimension)));
        values = Collections.unmodifiableMap(copy);
    }

    @Override
    public int compareTo(GroupKey other) {
        for (GapDimension dimension : GapDimension.values()) {
            int order = VALUE_ORDER.compare(values.get(dimension), other.values.get(dimension));
            if (order != 0) {
                return order;
            }
        }
        return VALUE_ORDER.compare(bucket.orElse(null), other.bucket.orElse(null));
    }

    /**
     * The keys as cursors carry them: {@code DIMENSION:value,…} then {@code @:bucket}, each value in base64url so
     * that any text survives.
     */
    public String encoded() {
        StringBuilder text = new StringBuilder();
        values.forEach((dimension, value) -> append(text, dimension.name(), value));
        bucket.ifPresent(b -> append(text, BUCKET, b));
        return text.toString();
    }

    /** The keys {@link #encoded()} gave; {@code INVALID_CURSOR} on {@code after} for anything else. */
    public static GroupKey decode(String encoded) {
        Require.present(encoded, "after");
        Map<GapDimension, String> values = new EnumMap<>(GapDimension.class);
        Optional<String> bucket = Optional.empty();
        if (encoded.isEmpty()) {
            return new GroupKey(values, bucket);
        }
        try {
            for (String entry : encoded.split(",", -1)) {
                int colon = entry.indexOf(':');
                if (colon < 0) {
                    throw invalid();
                }
                String name = entry.substring(0, colon);
                String value =
                        new String(Base64.getUrlDecoder().decode(entry.substring(colon + 1)), StandardCharsets.UTF_8);
                if (name.equals(BUCKET)) {
                    if (bucket.isPresent()) {
                        throw invalid();
                    }
                    bucket = Optional.of(value);
                } else if (values.put(GapDimension.valueOf(name), value) != null) {
                    throw invalid();
                }
            }
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        return new GroupKey(values, bucket);
    }

    private static void append(StringBuilder text, String name, String value) {
        if (!text.isEmpty()) {
            text.append(',');
        }
        text.append(name)
                .append(':')
                .append(Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("INVALID_CURSOR", "after", "the cursor is not one this API handed out");
    }
}
