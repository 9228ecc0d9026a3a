package com.gaplens.application.port.out;

import com.gaplens.application.bi.LabelSource;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The catalogue objects saved since their labels were last published elsewhere (the BI publication). A mark is
 * written <em>before</em> an object is saved, naming the version the save will store, so that no save goes
 * unmarked whatever fails after it; the publisher clears a mark once it copied that version (or a later one), or
 * once the mark is so old that its save must have failed.
 */
public interface LabelChangeFeed {

    /**
     * Marks {@code source} changed now, to be stored at {@code version}: a new mark, or the existing one with the
     * higher of both versions, a new stamp and its first instant kept.
     */
    void markChanged(TenantId tenant, LabelSource source, long version);

    /** Up to {@code limit} marks of the tenant, in no particular order. */
    List<LabelChange> changedLabels(TenantId tenant, int limit);

    /** Clears each mark still at the stamp read; a source marked again meanwhile stays marked. */
    void markPublished(TenantId tenant, Collection<LabelChange> changes);

    /** The tenants with marks. */
    Set<TenantId> tenantsWithChangedLabels();

    /** How many sources of the tenant are marked, and since when the oldest is. */
    MonthCellFeed.Backlog backlog(TenantId tenant);

    /**
     * One mark.
     *
     * @param source   the catalogue object
     * @param version  the highest version a marked save was to store
     * @param stamp    what clearing compares: changes with every marking
     * @param since    when it was first marked since last published
     * @param markedAt when it was last marked
     */
    record LabelChange(LabelSource source, long version, long stamp, Instant since, Instant markedAt) {
        public LabelChange {
            Require.present(source, "source");
            Require.present(since, "since");
            Require.present(markedAt, "markedAt");
        }
    }
}
