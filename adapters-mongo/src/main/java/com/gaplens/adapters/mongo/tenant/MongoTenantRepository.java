package com.gaplens.adapters.mongo.tenant;

import com.gaplens.adapters.mongo.tenancy.TenantScope;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.adapters.mongo.tenancy.UniqueKeyConflicts;
import com.gaplens.application.port.out.TenantRepository;
import com.gaplens.domain.tenant.Tenant;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

/** Tenants in the {@value TenantDocument#COLLECTION} collection, one document per tenant. */
public final class MongoTenantRepository implements TenantRepository {

    private final TenantScopedMongo mongo;

    public MongoTenantRepository(TenantScopedMongo mongo) {
        this.mongo = mongo;
    }

    /** Creates the indexes this repository's queries need; idempotent. */
    public void ensureIndexes() {
        mongo.indexes(TenantDocument.class).ensure("tenants_tenant", true);
    }

    @Override
    public Optional<Tenant> find(TenantId tenant) {
        return scope(tenant).findById(tenant.value()).map(TenantDocument::toDomain);
    }

    @Override
    public Tenant save(TenantId tenantId, Tenant tenant) {
        if (!tenant.id().equals(tenantId)) {
            throw new IllegalArgumentException("tenant " + tenant.id() + " cannot be saved as tenant " + tenantId);
        }
        TenantDocument stored = TenantDocument.from(tenant, tenant.version().next());
        scope(tenantId).storeNextVersion(tenant.version(), stored, UniqueKeyConflicts.none());
        return stored.toDomain();
    }

    private TenantScope<TenantDocument> scope(TenantId tenant) {
        return mongo.of(tenant, TenantDocument.class);
    }
}
