package com.gaplens.application.port.out;

import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.gaps.GroupKey;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.domain.tenant.TenantId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The roll-ups every gap view reads: the mergeable statistics ({@link com.gaplens.domain.gap.CellStatistics} and
 * {@link com.gaplens.domain.gap.EmotionTally}) of the raw measurements, kept at the {@link
 * com.gaplens.application.rollup.RollupLevel levels} a query may need, every level by the same additions (see
 * {@link RollupCells}). A query reads the one level that serves it.
 *
 * <p><b>Invariant.</b> Once the changes sealed before a read are folded (every read of the views folds first:
 * {@code FoldingGapStatistics}), every cell of every level equals the aggregate of the raw measurements it covers
 * (counts exactly, sums within floating-point rounding).
 */
public interface GapStatisticsStore {

    /**
     * The cells the filter keeps, merged per group (groups without any measurement left out), in the order of their
     * keys. Close the stream.
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
     * The same as {@link #query}, for reads that may stream for a long time (exports), in the order of the keys.
     * Close the stream.
     */
    Stream<GroupedCell> export(TenantId tenant, GapFilter filter, CellGrouping grouping);
}
