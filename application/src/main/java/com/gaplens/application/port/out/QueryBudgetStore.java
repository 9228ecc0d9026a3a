package com.gaplens.application.port.out;

import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * Where each tenant's query budget (a token bucket) lives, shared by every key of the tenant and every
 * instance of the application. Changes are compare-and-set on a version, so that concurrent spenders
 * on any instance never spend the same points twice.
 */
public interface QueryBudgetStore {

    /** The points left in a tenant's bucket when it was last changed, and when that was. */
    record Bucket(double points, Instant refilledAt) {
        public Bucket {
            if (!(points >= 0) || Double.isInfinite(points)) {
                throw new IllegalArgumentException(
                        "a bucket holds a finite, non-negative number of points, got " + points);
            }
            if (refilledAt == null) {
                throw new IllegalArgumentException("refilledAt is required");
            }
        }
    }

    /** A stored bucket and its version: the number of times it was written. */
    record StoredBucket(Bucket bucket, long version) {}

    /** The tenant's bucket; empty when the tenant never spent anything. */
    Optional<StoredBucket> find(TenantId tenant);

    /** Stores the tenant's first bucket at version 1; false (nothing written) when it already has one. */
    boolean create(TenantId tenant, Bucket bucket);

    /**
     * Stores {@code next} at {@code expectedVersion + 1} if the stored bucket is still at
     * {@code expectedVersion}; false (nothing written) otherwise.
     */
    boolean replace(TenantId tenant, long expectedVersion, Bucket next);
}
