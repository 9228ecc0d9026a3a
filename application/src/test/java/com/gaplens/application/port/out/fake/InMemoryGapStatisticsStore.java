package com.gaplens.application.port.out.fake;

import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.gaps.GroupKey;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.application.port.out.GapStatisticsStore;
import com.gaplens.application.rollup.CellAddress;
import com.gaplens.application.rollup.RollupLevel;
import com.gaplens.domain.gap.CellSums;
import com.gaplens.domain.tenant.TenantId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Gap views read from the {@link InMemoryRollupCells}: each query reads the level that serves it, as a real store
 * does, so that what the roll-up writer adds to every level is what the views answer.
 */
public final class InMemoryGapStatisticsStore implements GapStatisticsStore {

    private final InMemoryRollupCells cells;

    public InMemoryGapStatisticsStore(InMemoryRollupCells cells) {
        this.cells = cells;
    }

    @Override
    public Stream<GroupedCell> query(TenantId tenant, GapFilter filter, CellGrouping grouping) {
        RollupLevel level = RollupLevel.serving(filter, grouping);
        Map<GroupKey, CellSums.Accumulator> groups = new LinkedHashMap<>();
        cells.level(tenant, level).forEach((address, sums) -> {
            if (kept(address, filter)) {
                Map<GapDimension, String> keys = new EnumMap<>(GapDimension.class);
                grouping.dimensions().forEach(d -> address.key(d).ifPresent(v -> keys.put(d, v)));
                Optional<String> bucket = grouping.bucket()
                        .map(b -> b.keyOf(
                                startOf(address).atStartOfDay(ZoneOffset.UTC).toInstant()));
                groups.computeIfAbsent(new GroupKey(keys, bucket), any -> new CellSums.Accumulator())
                        .add(sums);
            }
        });
        return groups.entrySet().stream()
                .filter(group -> !group.getValue().isEmpty())
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(group -> {
                    CellSums sums = group.getValue().sums();
                    return new GroupedCell(
                            group.getKey().values(), group.getKey().bucket(), sums.statistics(), sums.emotions());
                });
    }

    @Override
    public Stream<GroupedCell> export(TenantId tenant, GapFilter filter, CellGrouping grouping) {
        return query(tenant, filter, grouping);
    }

    private static boolean kept(CellAddress address, GapFilter filter) {
        if (address.audience() != filter.audience()) {
            return false;
        }
        if (filter.period().isPresent()) {
            LocalDate start = startOf(address);
            LocalDate end = address.level().grain() == RollupLevel.Grain.DAY
                    ? start
                    : YearMonth.from(start).atEndOfMonth();
            if (start.isBefore(filter.period().get().from())
                    || end.isAfter(filter.period().get().to())) {
                return false;
            }
        }
        for (Map.Entry<GapDimension, Set<String>> kept : filter.values().entrySet()) {
            Optional<String> value = address.key(kept.getKey());
            if (value.isEmpty() || !kept.getValue().contains(value.get())) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate startOf(CellAddress address) {
        return address.level().grain() == RollupLevel.Grain.DAY
                ? LocalDate.parse(address.time())
                : YearMonth.parse(address.time()).atDay(1);
    }
}
