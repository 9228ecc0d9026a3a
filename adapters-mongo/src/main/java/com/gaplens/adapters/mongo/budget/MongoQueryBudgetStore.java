package com.gaplens.adapters.mongo.budget;

import com.gaplens.adapters.mongo.tenancy.TenantScope;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.adapters.mongo.tenancy.VersionedDocument;
import com.gaplens.application.port.out.QueryBudgetStore;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;

/**
 * Query budgets in the {@value QueryBudgetDocument#COLLECTION} collection, one document per tenant.
 * Creation is an insert (the tenant's id as {@code _id} makes a second one a duplicate key); a change
 * is a single-document replace filtered on the expected version, atomic on every server — the
 * embedded one included, no transaction needed.
 */
public final class MongoQueryBudgetStore implements QueryBudgetStore {

    private final TenantScopedMongo mongo;

    /**
     * Budgets are accounting, not data: they go through {@link TenantScopedMongo#forAccounting()} (acknowledged by
     * the primary alone, read locally), which takes a journaled majority write off every GraphQL call.
     */
    public MongoQueryBudgetStore(TenantScopedMongo mongo) {
        this.mongo = mongo.forAccounting();
    }

    /** Creates the indexes this store's queries need; idempotent. */
    public void ensureIndexes() {
        mongo.indexes(QueryBudgetDocument.class).ensure("query_budgets_tenant", true);
    }

    @Override
    public Optional<StoredBucket> find(TenantId tenant) {
        return scope(tenant).findById(tenant.value()).map(QueryBudgetDocument::toStored);
    }

    @Override
    public boolean create(TenantId tenant, Bucket bucket) {
        try {
            scope(tenant).insert(QueryBudgetDocument.of(tenant.value(), bucket, 1));
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    @Override
    public boolean replace(TenantId tenant, long expectedVersion, Bucket next) {
        return scope(tenant)
                .replaceIfVersion(
                        tenant.value(),
                        VersionedDocument.VERSION,
                        expectedVersion,
                        QueryBudgetDocument.of(tenant.value(), next, expectedVersion + 1));
    }

    private TenantScope<QueryBudgetDocument> scope(TenantId tenant) {
        return mongo.of(tenant, QueryBudgetDocument.class);
    }
}
