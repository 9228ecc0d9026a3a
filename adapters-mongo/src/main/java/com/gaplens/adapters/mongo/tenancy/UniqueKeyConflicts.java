package com.gaplens.adapters.mongo.tenancy;

import com.gaplens.domain.shared.ConflictException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a refused write means, by the name of the unique index that refused it: the conflict the
 * port promises for each unique rule it keeps (duplicate name, second target experience of a
 * brand…). The {@code _id} index is not listed here: a taken id is a stale version.
 */
public final class UniqueKeyConflicts {

    private final Map<String, Supplier<ConflictException>> byIndex = new LinkedHashMap<>();

    private UniqueKeyConflicts() {}

    public static UniqueKeyConflicts none() {
        return new UniqueKeyConflicts();
    }

    /** A write refused by the unique index {@code indexName} fails with the conflict {@code conflict} makes. */
    public static UniqueKeyConflicts on(String indexName, Supplier<ConflictException> conflict) {
        return new UniqueKeyConflicts().and(indexName, conflict);
    }

    public UniqueKeyConflicts and(String indexName, Supplier<ConflictException> conflict) {
        byIndex.put(indexName, conflict);
        return this;
    }

    Optional<ConflictException> of(String indexName) {
        return Optional.ofNullable(byIndex.get(indexName)).map(Supplier::get);
    }
}
