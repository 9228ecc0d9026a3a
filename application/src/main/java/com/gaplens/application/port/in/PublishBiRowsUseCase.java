package com.gaplens.application.port.in;

import java.time.Duration;

/**
 * One cycle of the BI publication: copies what changed since the last cycle (month rows, labels) of every tenant
 * with changes. Idempotent, resumable, safe on several instances at once; a cycle that fails (the BI database
 * away) leaves every change for the next.
 */
public interface PublishBiRowsUseCase {

    /** Publishes the changes waiting; fails, leaving them waiting, when the BI database cannot be written. */
    CycleReport publishChanges();

    /** The longest any change of any tenant has been waiting (zero when none waits): what freshness measures. */
    Duration lag();

    /**
     * @param tenants tenants that had changes
     * @param rows    month rows written (empty cells included)
     * @param labels  labels written
     */
    record CycleReport(int tenants, long rows, long labels) {}
}
