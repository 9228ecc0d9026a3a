package com.gaplens.application.port.out;

import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The month roll-up cells (every {@link com.gaplens.application.gaps.GapDimension}, one audience, one month) that
 * changed since they were last published elsewhere (the BI publication): what a publisher copies, and all it
 * copies, so that a publication cycle costs what changed, never what the tenant holds.
 *
 * <p>Each change carries the cell's version. {@link #markPublished} clears a cell's change only if its version is
 * still the one read: a cell changed again meanwhile stays changed and is published again. Publishing is therefore
 * idempotent, safe on several instances at once (the higher version wins where it is copied), and resumable after a
 * crash or an outage of the copy: nothing is cleared that was not copied.
 */
public interface MonthCellFeed {

    /** Up to {@code limit} changed month cells of the tenant, in no particular order. */
    List<ChangedMonthCell> changedMonthCells(TenantId tenant, int limit);

    /** Marks each cell published at the version it was read at; a cell changed since stays changed. */
    void markPublished(TenantId tenant, Collection<ChangedMonthCell> cells);

    /** The tenants with changed month cells. */
    Set<TenantId> tenantsWithChangedMonthCells();

    /** How many month cells of the tenant changed since last published, and since when the oldest did. */
    Backlog backlog(TenantId tenant);

    /**
     * @param changedCells month cells changed since last published
     * @param oldestChange when the oldest of them first changed since it was last published (empty when none)
     */
    record Backlog(long changedCells, Optional<Instant> oldestChange) {
        public Backlog {
            Require.present(oldestChange, "oldestChange");
        }
    }

    /**
     * One changed month cell: its stable id (the same cell always has the same id), its version (higher is newer),
     * its audience, and its keys (every dimension it has a value of; the bucket is the month, {@code 2026-11}) with
     * its statistics. A cell whose measurements all moved away keeps existing with zero counts.
     */
    record ChangedMonthCell(String id, long version, Audience audience, GroupedCell cell) {
        public ChangedMonthCell {
            Require.present(id, "id");
            Require.present(audience, "audience");
            Require.present(cell, "cell");
        }
    }
}
