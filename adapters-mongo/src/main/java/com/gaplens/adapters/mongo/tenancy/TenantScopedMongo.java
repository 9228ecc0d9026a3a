package com.gaplens.adapters.mongo.tenancy;

import com.gaplens.domain.tenant.TenantId;
import java.util.Objects;
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

    /** Index management, which concerns all tenants at once (every index should start with {@code tenant}). */
    public IndexDeclarations indexes(Class<? extends TenantOwned> type) {
        return new IndexDeclarations(mongo.indexOps(type));
    }
}
