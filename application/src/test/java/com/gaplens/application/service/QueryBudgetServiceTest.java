package com.gaplens.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.port.in.SpendQueryBudgetUseCase.Granted;
import com.gaplens.application.port.in.SpendQueryBudgetUseCase.Refused;
import com.gaplens.application.port.in.SpendQueryBudgetUseCase.SpendQueryBudgetCommand;
import com.gaplens.application.port.in.SpendQueryBudgetUseCase.Spending;
import com.gaplens.application.port.out.QueryBudgetStore;
import com.gaplens.application.port.out.fake.FixedClock;
import com.gaplens.application.port.out.fake.InMemoryQueryBudgetStore;
import com.gaplens.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class QueryBudgetServiceTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final TenantId GLOBEX = new TenantId("globex");

    private final FixedClock clock = new FixedClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final InMemoryQueryBudgetStore store = new InMemoryQueryBudgetStore();
    private final QueryBudgetService budget = new QueryBudgetService(store, clock, QueryBudgetPolicy.defaults());

    private Spending spend(TenantId tenant, long points) {
        return budget.spend(new SpendQueryBudgetCommand(tenant, points));
    }

    @Test
    void aFirstSpendingDrawsFromAFullBucket() {
        assertThat(spend(ACME, 300)).isEqualTo(new Granted(700, 1000));
    }

    @Test
    void spendingsAddUpUntilTheBucketCannotPayAndARefusalTakesNothing() {
        spend(ACME, 600);
        spend(ACME, 350);

        // 1000 - 600 - 350 = 50 left; 51 more points need 1 more point at 50/s: 0.02 s, rounded up to 1 s
        assertThat(spend(ACME, 51)).isEqualTo(new Refused(51, 50, 1000, Optional.of(Duration.ofSeconds(1))));
        assertThat(spend(ACME, 50)).isEqualTo(new Granted(0, 1000));
    }

    @Test
    void theBucketRefillsAtFiftyPointsASecondUpToItsCapacity() {
        spend(ACME, 1000);

        clock.advance(Duration.ofMillis(3_500));
        // 3.5 s × 50 = 175 points back
        assertThat(spend(ACME, 176)).isEqualTo(new Refused(176, 175, 1000, Optional.of(Duration.ofSeconds(1))));
        assertThat(spend(ACME, 100)).isEqualTo(new Granted(75, 1000));

        clock.advance(Duration.ofHours(1));
        assertThat(spend(ACME, 0)).isEqualTo(new Granted(1000, 1000));
    }

    @Test
    void theRetryHintIsTheTimeTheMissingPointsTakeToRefill() {
        spend(ACME, 1000);

        // 400 missing points at 50/s: 8 s
        assertThat(spend(ACME, 400)).isEqualTo(new Refused(400, 0, 1000, Optional.of(Duration.ofSeconds(8))));
        // 401 missing points: 8.02 s, rounded up
        assertThat(spend(ACME, 401)).isEqualTo(new Refused(401, 0, 1000, Optional.of(Duration.ofSeconds(9))));
    }

    @Test
    void aCostLargerThanTheWholeBucketIsNeverAffordable() {
        assertThat(spend(ACME, 1001)).isEqualTo(new Refused(1001, 1000, 1000, Optional.empty()));
    }

    @Test
    void eachTenantHasItsOwnBucket() {
        spend(ACME, 1000);

        assertThat(spend(GLOBEX, 999)).isEqualTo(new Granted(1, 1000));
        assertThat(spend(ACME, 1)).isInstanceOf(Refused.class);
    }

    @Test
    void aSpendingThatLosesARaceStartsAgainFromTheFreshBucket() {
        spend(ACME, 100);
        AtomicInteger lostRaces = new AtomicInteger();
        // another instance spends 500 between our read and our write, once
        QueryBudgetStore racing = new QueryBudgetStore() {
            @Override
            public Optional<StoredBucket> find(TenantId tenant) {
                return store.find(tenant);
            }

            @Override
            public boolean create(TenantId tenant, Bucket bucket) {
                return store.create(tenant, bucket);
            }

            @Override
            public boolean replace(TenantId tenant, long expectedVersion, Bucket next) {
                if (lostRaces.getAndIncrement() == 0) {
                    StoredBucket current = store.find(tenant).orElseThrow();
                    store.replace(
                            tenant,
                            current.version(),
                            new Bucket(current.bucket().points() - 500, clock.now()));
                }
                return store.replace(tenant, expectedVersion, next);
            }
        };
        QueryBudgetService contended = new QueryBudgetService(racing, clock, QueryBudgetPolicy.defaults());

        Spending spending = contended.spend(new SpendQueryBudgetCommand(ACME, 200));

        // 1000 - 100 - 500 (the other instance) - 200 = 200
        assertThat(spending).isEqualTo(new Granted(200, 1000));
        assertThat(lostRaces.get()).isEqualTo(2);
    }

    @Test
    void twoFirstSpendingsRacingToCreateTheBucketBothCount() {
        QueryBudgetStore racing = new QueryBudgetStore() {
            private boolean raced;

            @Override
            public Optional<StoredBucket> find(TenantId tenant) {
                return store.find(tenant);
            }

            @Override
            public boolean create(TenantId tenant, Bucket bucket) {
                if (!raced) {
                    raced = true;
                    store.create(tenant, new Bucket(700, clock.now()));
                }
                return store.create(tenant, bucket);
            }

            @Override
            public boolean replace(TenantId tenant, long expectedVersion, Bucket next) {
                return store.replace(tenant, expectedVersion, next);
            }
        };

        Spending spending = new QueryBudgetService(racing, clock, QueryBudgetPolicy.defaults())
                .spend(new SpendQueryBudgetCommand(ACME, 200));

        assertThat(spending).isEqualTo(new Granted(500, 1000));
    }
}
