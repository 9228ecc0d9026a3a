package com.gaplens.adapters.mongo.tenancy;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.PartialIndexFilter;
import org.springframework.data.mongodb.core.query.Criteria;

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
        Index index = index(name, fields);
        if (unique) {
            index.unique();
        }
        operations.createIndex(index);
        return this;
    }

    /**
     * Creates (idempotently) an index on {@code tenant} then {@code fields}, ascending, of the documents whose
     * {@code field} is {@code value} only (a partial index: writes of the others do not maintain it).
     */
    public IndexDeclarations ensureWhere(String name, String field, Object value, String... fields) {
        operations.createIndex(index(name, fields)
                .partial(PartialIndexFilter.of(Criteria.where(field).is(value))));
        return this;
    }

    /**
     * Creates (idempotently) an index on {@code tenant} then {@code fields}, ascending, of the documents that have
     * {@code field} only (a partial index: documents without it are not in it).
     */
    public IndexDeclarations ensureWherePresent(String name, String field, String... fields) {
        operations.createIndex(index(name, fields)
                .partial(PartialIndexFilter.of(Criteria.where(field).exists(true))));
        return this;
    }

    private static Index index(String name, String... fields) {
        Index index = new Index().on(TenantOwned.TENANT, Sort.Direction.ASC).named(name);
        for (String field : fields) {
            index.on(field, Sort.Direction.ASC);
        }
        return index;
    }
}
