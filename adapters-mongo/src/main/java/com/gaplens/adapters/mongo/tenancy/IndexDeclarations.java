package com.gaplens.adapters.mongo.tenancy;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;

/**
 * Declares the indexes of one collection. Every index starts with {@code tenant}: queries always
 * filter on it, and it is the first part of the shard key when a collection is sharded.
 */
public final class IndexDeclarations {

    private final IndexOperations operations;

    IndexDeclarations(IndexOperations operations) {
        this.operations = operations;
    }

    /** Creates (idempotently) an index on {@code tenant} then {@code fields}, ascending. */
    public IndexDeclarations ensure(String name, boolean unique, String... fields) {
        Index index = new Index().on(TenantOwned.TENANT, Sort.Direction.ASC).named(name);
        for (String field : fields) {
            index.on(field, Sort.Direction.ASC);
        }
        if (unique) {
            index.unique();
        }
        operations.createIndex(index);
        return this;
    }
}
