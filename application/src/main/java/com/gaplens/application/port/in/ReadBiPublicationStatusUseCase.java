package com.gaplens.application.port.in;

import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** How fresh the tenant's published BI rows are. */
public interface ReadBiPublicationStatusUseCase {

    BiPublicationStatus status(TenantId tenant);

    /**
     * @param enabled            whether GapLens publishes to a BI database at all
     * @param pendingRows        month cells changed and not yet published
     * @param pendingLabels      catalogue objects changed and not yet published
     * @param oldestPendingSince when the oldest of those changed
     * @param lag                how long it has been waiting (zero when nothing waits)
     * @param freshness          the lag the publication keeps below (configured)
     * @param databaseReachable  whether this instance's last cycle could write the BI database
     * @param lastCycleAt        when this instance last finished a cycle
     */
    record BiPublicationStatus(
            boolean enabled,
            long pendingRows,
            long pendingLabels,
            Optional<Instant> oldestPendingSince,
            Duration lag,
            Duration freshness,
            boolean databaseReachable,
            Optional<Instant> lastCycleAt) {
        public BiPublicationStatus {
            Require.present(oldestPendingSince, "oldestPendingSince");
            Require.present(lag, "lag");
            Require.present(freshness, "freshness");
            Require.present(lastCycleAt, "lastCycleAt");
        }
    }
}
