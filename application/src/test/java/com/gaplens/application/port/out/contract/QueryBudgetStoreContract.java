package com.gaplens.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.port.out.QueryBudgetStore;
import com.gaplens.application.port.out.QueryBudgetStore.Bucket;
import com.gaplens.application.port.out.QueryBudgetStore.StoredBucket;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link QueryBudgetStore} does. Extend it with a {@link #store()} of the implementation. */
public abstract class QueryBudgetStoreContract {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00.250Z");

    private final TenantId tenantA = new TenantId("t-" + UUID.randomUUID());
    private final TenantId tenantB = new TenantId("t-" + UUID.randomUUID());
    private QueryBudgetStore store;

    /** A store to test; may hold data of other tests. */
    protected abstract QueryBudgetStore store();

    @BeforeEach
    void aStore() {
        store = store();
    }

    @Test
    void aTenantThatNeverSpentHasNoBucket() {
        assertThat(store.find(tenantA)).isEmpty();
    }

    @Test
    void aCreatedBucketIsFoundAtVersionOneWithItsPointsAndInstant() {
        assertThat(store.create(tenantA, new Bucket(987.5, T0))).isTrue();

        assertThat(store.find(tenantA)).contains(new StoredBucket(new Bucket(987.5, T0), 1));
        assertThat(store.find(tenantB)).isEmpty();
    }

    @Test
    void aSecondCreationForTheSameTenantWritesNothing() {
        store.create(tenantA, new Bucket(900, T0));

        assertThat(store.create(tenantA, new Bucket(10, T0.plusSeconds(1)))).isFalse();

        assertThat(store.find(tenantA)).contains(new StoredBucket(new Bucket(900, T0), 1));
    }

    @Test
    void aReplacementAtTheStoredVersionIsStoredAtTheNextVersion() {
        store.create(tenantA, new Bucket(900, T0));

        assertThat(store.replace(tenantA, 1, new Bucket(12.25, T0.plusMillis(1500))))
                .isTrue();

        assertThat(store.find(tenantA)).contains(new StoredBucket(new Bucket(12.25, T0.plusMillis(1500)), 2));
    }

    @Test
    void aReplacementAtAStaleVersionWritesNothing() {
        store.create(tenantA, new Bucket(900, T0));
        store.replace(tenantA, 1, new Bucket(800, T0.plusSeconds(1)));

        assertThat(store.replace(tenantA, 1, new Bucket(0, T0.plusSeconds(2)))).isFalse();

        assertThat(store.find(tenantA)).contains(new StoredBucket(new Bucket(800, T0.plusSeconds(1)), 2));
    }

    @Test
    void aReplacementOfAMissingBucketWritesNothing() {
        assertThat(store.replace(tenantA, 1, new Bucket(5, T0))).isFalse();

        assertThat(store.find(tenantA)).isEmpty();
    }

    @Test
    void bucketsOfTwoTenantsAreIndependent() {
        store.create(tenantA, new Bucket(100, T0));
        store.create(tenantB, new Bucket(200, T0));

        store.replace(tenantA, 1, new Bucket(50, T0.plusSeconds(1)));

        assertThat(store.find(tenantB)).contains(new StoredBucket(new Bucket(200, T0), 1));
        assertThat(store.replace(tenantB, 2, new Bucket(0, T0))).isFalse();
    }

    @Test
    void ofConcurrentReplacementsAtOneVersionExactlyOneWins() throws Exception {
        store.create(tenantA, new Bucket(1000, T0));
        int writers = 8;
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            double points = i;
            attempts.add(() -> store.replace(tenantA, 1, new Bucket(points, T0.plusSeconds(1))));
        }
        List<Boolean> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (Future<Boolean> outcome : pool.invokeAll(attempts)) {
                outcomes.add(outcome.get());
            }
        }

        assertThat(outcomes).containsOnlyOnce(true);
        assertThat(store.find(tenantA).orElseThrow().version()).isEqualTo(2);
    }
}
