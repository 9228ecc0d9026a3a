package com.gaplens.application.port.out;

import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.gaps.GroupKey;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.tenant.TenantId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The roll-ups every gap view reads: the mergeable statistics ({@link com.gaplens.domain.gap.CellStatistics} and
 * {@link com.gaplens.domain.gap.EmotionTally}) of the raw measurements at day grain, keyed by every
 * {@link com.gaplens.application.gaps.GapDimension}, audience and day, plus coarser roll-ups derived from them.
 *
 * <p><b>Invariant.</b> Once {@link #applyPending} returned for a measurement, every roll-up equals the aggregate
 * of the raw measurements. A cell is never incremented: it is recomputed whole from what it aggregates, and
 * replaced only if nobody replaced it meanwhile. Applying is therefore idempotent and safe to repeat, to run
 * concurrently, and to resume after a crash: whatever a crash interrupted stays marked pending on the raw
 * measurements, and applying them again repairs it.
 */
public interface GapStatisticsStore {

    /**
     * Brings the roll-ups up to date with those of {@code measurements} whose roll-up is pending (the others are
     * ignored), then marks them applied. Idempotent.
     */
    void applyPending(TenantId tenant, Collection<ExternalId> measurements);

    /**
     * Recomputes from the raw measurements every roll-up cell of {@code brand} in {@code period}, replaces those
     * that differ and removes those no measurement backs, reporting progress day by day.
     */
    RebuildReport rebuild(TenantId tenant, BrandId brand, Period period, Consumer<RebuildReport> progress);

    /**
     * The cells the filter keeps, merged per group, in the order of their keys. May read summaries (coarser
     * roll-ups kept up to date in the background) wherever they are current; for reads that end within minutes.
     * Close the stream.
     */
    Stream<GroupedCell> query(TenantId tenant, GapFilter filter, CellGrouping grouping);

    /**
     * The groups of {@link #query} in the order of their {@link GroupKey keys}, ascending or {@code descending},
     * only those after {@code after} (all when empty), lazily: reading the first groups of thousands should cost
     * far less than reading them all. This default reads them all; a store that can sort where the cells are
     * overrides it. Close the stream.
     */
    default Stream<GroupedCell> queryInKeyOrder(
            TenantId tenant, GapFilter filter, CellGrouping grouping, Optional<GroupKey> after, boolean descending) {
        Comparator<GroupKey> order = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        List<GroupedCell> groups;
        try (Stream<GroupedCell> all = query(tenant, filter, grouping)) {
            groups = all.filter(group -> after.isEmpty() || order.compare(group.key(), after.get()) > 0)
                    .sorted(Comparator.comparing(GroupedCell::key, order))
                    .toList();
        }
        return groups.stream();
    }

    /**
     * The same as {@link #query}, for reads that may stream for a long time (exports): never reads summaries, whose
     * superseded versions are kept only minutes. Close the stream.
     */
    Stream<GroupedCell> export(TenantId tenant, GapFilter filter, CellGrouping grouping);

    /**
     * Brings up to date the summaries of the tenant that writes left stale (until then, queries read the finer
     * roll-ups instead); how many parts it refreshed. Idempotent, safe to run on several instances at once.
     */
    long refreshSummaries(TenantId tenant);

    /** How many parts of the tenant's summaries are stale. */
    long staleSummaries(TenantId tenant);

    /** The tenants with stale summaries. */
    Set<TenantId> tenantsWithStaleSummaries();

    /**
     * Deletes, across tenants, the summaries that were superseded longer than their retention ago and that no later
     * refresh collected (a part refreshed often, then left alone, keeps them otherwise); how many parts it swept.
     * Idempotent, safe to run on several instances at once.
     */
    long collectSupersededSummaries();

    /**
     * Where a rebuild stands.
     *
     * @param daysTotal       days of the period
     * @param daysDone        days recomputed so far
     * @param measurementsRead raw measurements read
     * @param cellsChecked    roll-up cells recomputed (at every grain)
     * @param cellsDiffering  cells whose stored statistics differed from the recomputation (0 expected), or that
     *                        existed without any measurement behind them, or were missing
     */
    record RebuildReport(
            long daysTotal, long daysDone, long measurementsRead, long cellsChecked, long cellsDiffering) {}
}
