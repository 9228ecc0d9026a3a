package com.gaplens.application.service;

import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.gaps.GroupKey;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.application.port.out.GapStatisticsStore;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The roll-ups as every view reads them: before each read, the tenant's sealed changes are folded into the cells
 * ({@link RollupWriter#foldAll}), so that a read answers every measurement acknowledged before it, on whichever
 * instance. The cost of a read grows with what was written since the last fold (little: the folder runs every few
 * hundred milliseconds and writers fold when a full round waits), never with what the cells hold.
 */
public final class FoldingGapStatistics implements GapStatisticsStore {

    private final GapStatisticsStore cells;
    private final RollupWriter writer;

    public FoldingGapStatistics(GapStatisticsStore cells, RollupWriter writer) {
        this.cells = Require.present(cells, "cells");
        this.writer = Require.present(writer, "writer");
    }

    @Override
    public Stream<GroupedCell> query(TenantId tenant, GapFilter filter, CellGrouping grouping) {
        writer.foldAll(tenant);
        return cells.query(tenant, filter, grouping);
    }

    @Override
    public Stream<GroupedCell> queryInKeyOrder(
            TenantId tenant, GapFilter filter, CellGrouping grouping, Optional<GroupKey> after, boolean descending) {
        writer.foldAll(tenant);
        return cells.queryInKeyOrder(tenant, filter, grouping, after, descending);
    }

    @Override
    public Stream<GroupedCell> export(TenantId tenant, GapFilter filter, CellGrouping grouping) {
        writer.foldAll(tenant);
        return cells.export(tenant, filter, grouping);
    }
}
