package com.gaplens.application.port.in;

import com.gaplens.domain.tenant.TenantId;
import java.time.Duration;
import java.util.Optional;

/**
 * Takes the cost of a query from its tenant's budget before the query runs: a token bucket shared by
 * all the tenant's keys and all instances. A query the bucket cannot pay for is refused whole.
 */
public interface SpendQueryBudgetUseCase {

    record SpendQueryBudgetCommand(TenantId tenant, long points) {
        public SpendQueryBudgetCommand {
            if (tenant == null) {
                throw new IllegalArgumentException("tenant is required");
            }
            if (points < 0) {
                throw new IllegalArgumentException("points must not be negative, got " + points);
            }
        }
    }

    /** What became of a spending. */
    sealed interface Spending {
        /** The whole bucket size, for reports. */
        long capacity();
    }

    /** Paid: {@code remaining} whole points are left in the bucket. */
    record Granted(long remaining, long capacity) implements Spending {}

    /**
     * Not paid, nothing taken: the bucket holds {@code available} whole points; after {@code retryAfter}
     * it will hold enough (empty when the cost is larger than the whole bucket: never).
     */
    record Refused(long requested, long available, long capacity, Optional<Duration> retryAfter) implements Spending {}

    Spending spend(SpendQueryBudgetCommand command);
}
