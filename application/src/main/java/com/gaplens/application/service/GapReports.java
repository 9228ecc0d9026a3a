package com.gaplens.application.service;

import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapCell;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.application.port.out.GapStatisticsStore;
import com.gaplens.domain.gap.CellStatistics;
import com.gaplens.domain.gap.SeverityThresholds;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What every gap view shares: reading groups from the store, and turning a group into a reported, labelled
 * {@link GapCell} — its figures by the domain's {@link CellStatistics#report} (lived score of every measurement; gap,
 * interval, significance and severity of the promised ones), its keys by {@link GapLabels}.
 */
final class GapReports {

    private final GapStatisticsStore store;
    private final CatalogueRepositories catalogue;
    private final SeverityThresholds thresholds;

    GapReports(GapStatisticsStore store, CatalogueRepositories catalogue, SeverityThresholds thresholds) {
        this.store = Require.present(store, "store");
        this.catalogue = Require.present(catalogue, "catalogue");
        this.thresholds = Require.present(thresholds, "thresholds");
    }

    GapStatisticsStore store() {
        return store;
    }

    SeverityThresholds thresholds() {
        return thresholds;
    }

    /** The labels of one answer. */
    GapLabels labels(TenantId tenant, GapFilter filter) {
        return new GapLabels(tenant, catalogue, filter);
    }

    /** Every group the filter keeps, merged per {@code grouping}, in the order of their keys, not yet reported. */
    List<GroupedCell> groups(TenantId tenant, GapFilter filter, CellGrouping grouping) {
        try (Stream<GroupedCell> groups = store.query(tenant, filter, grouping)) {
            return groups.filter(group -> !group.statistics().isEmpty()).toList();
        }
    }

    /** Every group the filter keeps, reported and labelled, in the order of their keys. */
    List<GapCell> cells(TenantId tenant, GapFilter filter, CellGrouping grouping) {
        return report(labels(tenant, filter), groups(tenant, filter, grouping));
    }

    /** These groups reported and labelled, in the order given; empty groups are left out. */
    List<GapCell> report(GapLabels labels, List<GroupedCell> groups) {
        labels.readAll(groups);
        List<GapCell> cells = new ArrayList<>();
        groups.forEach(group -> cell(group, labels).ifPresent(cells::add));
        return cells;
    }

    /** A group reported and labelled; empty for an empty group. */
    Optional<GapCell> cell(GroupedCell group, GapLabels labels) {
        return group.statistics()
                .report(thresholds)
                .map(report -> new GapCell(labels.keys(group), group.bucket(), group.statistics(), report));
    }

    /** Merged statistics under keys that label themselves (a matrix total); empty when they are empty. */
    Optional<GapCell> cell(Map<GapDimension, GapCell.Key> keys, CellStatistics statistics) {
        return statistics.report(thresholds).map(report -> new GapCell(keys, Optional.empty(), statistics, report));
    }
}
