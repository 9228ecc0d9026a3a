package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.QueryBudgetStore;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Buckets in a map; compare-and-set through the map's atomic operations. */
public final class InMemoryQueryBudgetStore implements QueryBudgetStore {

    private final ConcurrentHashMap<TenantId, StoredBucket> buckets = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredBucket> find(TenantId tenant) {
        return Optional.ofNullable(buckets.get(tenant));
    }

    @Override
    public boolean create(TenantId tenant, Bucket bucket) {
        return buckets.putIfAbsent(tenant, new StoredBucket(bucket, 1)) == null;
    }

    @Override
    public boolean replace(TenantId tenant, long expectedVersion, Bucket next) {
        StoredBucket current = buckets.get(tenant);
        if (current == null || current.version() != expectedVersion) {
            return false;
        }
        return buckets.replace(tenant, current, new StoredBucket(next, expectedVersion + 1));
    }
}
