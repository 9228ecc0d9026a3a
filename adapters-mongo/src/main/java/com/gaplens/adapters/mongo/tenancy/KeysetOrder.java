package com.gaplens.adapters.mongo.tenancy;

import java.util.Objects;
import java.util.Optional;

/**
 * The order of a paged list: by a string sort key field then by {@code _id} (both compared by code
 * point, MongoDB's binary order of UTF-8 strings), or by {@code _id} alone; ascending or both
 * descending. Pages are cut by keyset, never by skipping: {@code key > k OR (key = k AND _id > id)}.
 */
public record KeysetOrder(Optional<String> keyField, boolean descending) {

    public static final String ID = "_id";

    public KeysetOrder {
        Objects.requireNonNull(keyField, "keyField");
    }

    /** By {@code keyField} then {@code _id}. */
    public static KeysetOrder byKey(String keyField, boolean descending) {
        return new KeysetOrder(Optional.of(keyField), descending);
    }

    /** By {@code _id} ascending; cursors carry an empty sort key. */
    public static KeysetOrder byId() {
        return new KeysetOrder(Optional.empty(), false);
    }
}
