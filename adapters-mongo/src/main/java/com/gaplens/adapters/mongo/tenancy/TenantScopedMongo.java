package com.gaplens.adapters.mongo.tenancy;

import com.gaplens.domain.tenant.TenantId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The one door to MongoDB for tenant-owned data. A repository gets a {@link TenantScope} for the
 * tenant of the call and can only read and write through it; every query it sends is filtered on
 * that tenant and every document it writes must carry it. Repositories never hold the raw
 * {@link MongoOperations} (an architecture rule checks it), so a query without a tenant cannot be
 * written.
 */
public final class TenantScopedMongo {

    private final MongoOperations mongo;

    public TenantScopedMongo(MongoOperations mongo) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
    }

    /** The documents of {@code type} that belong to {@code tenant}. */
    public <D extends TenantOwned> TenantScope<D> of(TenantId tenant, Class<D> type) {
        return new TenantScope<>(mongo, Objects.requireNonNull(tenant, "tenant"), type);
    }

    /** The raw documents of {@code collection} that belong to {@code tenant}. */
    public TenantCollection collection(TenantId tenant, String collection) {
        return new TenantCollection(mongo.getCollection(collection), Objects.requireNonNull(tenant, "tenant"));
    }

    /** Index management of a collection of raw documents (every index should start with {@code tenant}). */
    public IndexDeclarations indexes(String collection) {
        return new IndexDeclarations(mongo.indexOps(collection));
    }

    /**
     * The tenants owning at least one document of {@code collection} that matches {@code filter}: the one
     * query across tenants, for system work (repairs) that then proceeds tenant by tenant.
     */
    public Set<TenantId> tenantsHaving(String collection, Document filter) {
        Set<TenantId> tenants = new HashSet<>();
        mongo.getCollection(collection)
                .distinct(TenantOwned.TENANT, filter, String.class)
                .forEach(value -> tenants.add(new TenantId(value)));
        return tenants;
    }

    /** Index management, which concerns all tenants at once (every index should start with {@code tenant}). */
    public IndexDeclarations indexes(Class<? extends TenantOwned> type) {
        return new IndexDeclarations(mongo.indexOps(type));
    }
}
