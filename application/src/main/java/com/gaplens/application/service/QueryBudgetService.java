package com.gaplens.application.service;

import com.gaplens.application.port.in.SpendQueryBudgetUseCase;
import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.QueryBudgetStore;
import com.gaplens.application.port.out.QueryBudgetStore.Bucket;
import com.gaplens.application.port.out.QueryBudgetStore.StoredBucket;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A token bucket per tenant, kept in a {@link QueryBudgetStore} so that every key of the tenant and
 * every instance draws from the same one. A bucket starts full ({@code capacity} points) and refills
 * continuously at {@code refillPerSecond}, never above the capacity. Spending reads the bucket, refills
 * it to now, and writes it back only if nobody wrote it meanwhile (compare-and-set on its version);
 * when somebody did, it starts again from the fresh state. A spending the bucket cannot cover takes
 * nothing and says how long until it could.
 */
public final class QueryBudgetService implements SpendQueryBudgetUseCase {

    /** Attempts before giving up under extreme contention: refused, to be retried shortly. */
    static final int MAX_ATTEMPTS = 32;

    private final QueryBudgetStore store;
    private final Clock clock;
    private final QueryBudgetPolicy policy;

    public QueryBudgetService(QueryBudgetStore store, Clock clock, QueryBudgetPolicy policy) {
        this.store = store;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public Spending spend(SpendQueryBudgetCommand command) {
        long points = command.points();
        double available = 0;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Instant now = clock.now();
            Optional<StoredBucket> stored = store.find(command.tenant());
            available = stored.map(s -> refilled(s.bucket(), now)).orElse((double) policy.capacity());
            if (available < points) {
                return refused(points, available);
            }
            Bucket next = new Bucket(available - points, now);
            boolean written = stored.isEmpty()
                    ? store.create(command.tenant(), next)
                    : store.replace(command.tenant(), stored.get().version(), next);
            if (written) {
                return new Granted(whole(next.points()), policy.capacity());
            }
        }
        return new Refused(points, whole(available), policy.capacity(), Optional.of(Duration.ofSeconds(1)));
    }

    private double refilled(Bucket bucket, Instant now) {
        long elapsedNanos =
                Math.max(0, Duration.between(bucket.refilledAt(), now).toNanos());
        double added = elapsedNanos / 1e9 * policy.refillPerSecond();
        return Math.min(policy.capacity(), bucket.points() + added);
    }

    private Refused refused(long points, double available) {
        if (points > policy.capacity()) {
            // never affordable: the bucket holds no more than its capacity
            return new Refused(points, whole(available), policy.capacity(), Optional.empty());
        }
        double seconds = (points - available) / policy.refillPerSecond();
        Duration retryAfter = Duration.ofSeconds(Math.max(1, (long) Math.ceil(seconds - 1e-9)));
        return new Refused(points, whole(available), policy.capacity(), Optional.of(retryAfter));
    }

    private static long whole(double points) {
        return (long) Math.floor(points + 1e-9);
    }
}
