package com.gaplens.application.port.out.contract.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.gaps.GroupKey;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.application.port.out.GapStatisticsStore;
import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.application.port.out.contract.rollup.RollupReference.Expected;
import com.gaplens.application.rollup.RollupLevel;
import com.gaplens.application.service.RollupMaintenanceService;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.gap.TimeBucket;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.tenant.TenantId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The checks of {@link RollupContractHarness}: every level, every grouping under every filter, and key-order pages
 * from every cursor, each against the {@link RollupReference reference} computed from the stored measurements.
 */
final class RollupExactness {

    private final GapStatisticsStore store;
    private final MeasurementRepository measurements;
    private final RollupMaintenanceService maintenance;

    RollupExactness(
            GapStatisticsStore store, MeasurementRepository measurements, RollupMaintenanceService maintenance) {
        this.store = store;
        this.measurements = measurements;
        this.maintenance = maintenance;
    }

    static final List<CellGrouping> GROUPINGS = groupings();

    static List<CellGrouping> groupings() {
        List<Set<GapDimension>> dimensions = new ArrayList<>();
        dimensions.add(Set.of());
        for (GapDimension one : GapDimension.values()) {
            dimensions.add(Set.of(one));
        }
        dimensions.add(Set.of(GapDimension.TOUCHPOINT, GapDimension.VARIABLE));
        dimensions.add(Set.of(GapDimension.SEGMENT, GapDimension.VARIABLE));
        dimensions.add(Set.of(GapDimension.BRAND_VALUE, GapDimension.COMMITMENT, GapDimension.BRAND));
        dimensions.add(Set.of(GapDimension.METHOD, GapDimension.SEGMENT, GapDimension.TOUCHPOINT));
        dimensions.add(EnumSet.allOf(GapDimension.class));
        List<CellGrouping> groupings = new ArrayList<>();
        for (Set<GapDimension> set : dimensions) {
            groupings.add(new CellGrouping(set, Optional.empty()));
            for (TimeBucket bucket : TimeBucket.values()) {
                groupings.add(new CellGrouping(set, Optional.of(bucket)));
            }
        }
        return groupings;
    }

    static List<GapFilter> filters() {
        Period february = new Period(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28"));
        Period straddling = new Period(LocalDate.parse("2026-01-28"), LocalDate.parse("2026-02-03"));
        return List.of(
                GapFilter.everything(),
                GapFilter.everything().with(GapDimension.BRAND, Set.of("brand-a")),
                GapFilter.everything()
                        .with(GapDimension.BRAND, Set.of("brand-b"))
                        .with(GapDimension.SEGMENT, Set.of("brand-b-seg-0"))
                        .during(february),
                GapFilter.everything().during(straddling).with(GapDimension.VARIABLE, Set.of("USE_PLEASANT")),
                GapFilter.everything().of(Audience.EMPLOYEE));
    }

    /**
     * Every cell of every level equals the measurements it covers: each level read grouped by all it keeps, at its
     * grain, for both audiences (each read folding first, as every view does); and then no stored measurement is
     * named by an unfinished change.
     */
    void assertEveryLevelExact(TenantId tenant) {
        List<RecordedMeasurement> stored = stored(tenant);
        for (RollupLevel level : RollupLevel.values()) {
            CellGrouping cells = new CellGrouping(
                    level.kept(),
                    Optional.of(level.grain() == RollupLevel.Grain.DAY ? TimeBucket.DAY : TimeBucket.MONTH));
            for (Audience audience : Audience.values()) {
                GapFilter filter = GapFilter.everything().of(audience);
                if (level.isCube()) {
                    filter = filter.with(GapDimension.BRAND, Set.of(RollupSamples.BRANDS));
                }
                assertThat(RollupLevel.serving(filter, cells)).isEqualTo(level);
                assertQuery(tenant, stored, filter, cells, level + " cells of " + audience);
            }
        }
        assertThat(maintenance.backlog(tenant).pendingRollups())
                .as("measurements stored but named by an unfinished change, once read")
                .isZero();
    }

    /**
     * Every level, then every grouping under every filter, read whole and in key order, and pages from every cursor
     * of a few groupings both ways: all equal to the reference.
     */
    void assertAllViewsExact(TenantId tenant) {
        assertEveryLevelExact(tenant);
        List<RecordedMeasurement> stored = stored(tenant);
        for (GapFilter filter : filters()) {
            for (CellGrouping grouping : GROUPINGS) {
                boolean everyBucket = filter.equals(GapFilter.everything());
                boolean common = grouping.bucket().isEmpty()
                        || grouping.bucket().get() == TimeBucket.MONTH
                        || grouping.bucket().get() == TimeBucket.DAY;
                if (everyBucket || common) {
                    assertQuery(tenant, stored, filter, grouping, grouping + " of " + filter);
                }
            }
        }
        for (CellGrouping grouping : List.of(
                CellGrouping.by(GapDimension.TOUCHPOINT, GapDimension.VARIABLE).per(TimeBucket.MONTH),
                CellGrouping.by(GapDimension.SEGMENT),
                CellGrouping.by(GapDimension.METHOD).per(TimeBucket.WEEK),
                CellGrouping.by())) {
            for (GapFilter filter : List.of(filters().get(0), filters().get(1))) {
                List<Map.Entry<GroupKey, Expected>> expected = new ArrayList<>(
                        RollupReference.groups(stored, filter, grouping).entrySet());
                assertPagesFromEveryCursor(tenant, filter, grouping, expected, grouping + " of " + filter);
            }
        }
    }

    void assertQuery(
            TenantId tenant, List<RecordedMeasurement> stored, GapFilter filter, CellGrouping grouping, String what) {
        List<Map.Entry<GroupKey, Expected>> expected =
                new ArrayList<>(RollupReference.groups(stored, filter, grouping).entrySet());
        RollupReference.assertSame(read(store.query(tenant, filter, grouping)), expected, what);
        RollupReference.assertSame(
                read(store.queryInKeyOrder(tenant, filter, grouping, Optional.empty(), false)),
                expected,
                what + " in key order");
    }

    List<RecordedMeasurement> stored(TenantId tenant) {
        try (Stream<RecordedMeasurement> all = measurements.streamAll(tenant)) {
            return all.toList();
        }
    }

    /** After each group's key, and just after it (between groups), both ways: the groups that follow it. */
    void assertPagesFromEveryCursor(
            TenantId tenant,
            GapFilter filter,
            CellGrouping grouping,
            List<Map.Entry<GroupKey, Expected>> ascending,
            String what) {
        List<Map.Entry<GroupKey, Expected>> descending = new ArrayList<>(ascending);
        java.util.Collections.reverse(descending);
        for (boolean down : List.of(false, true)) {
            List<Map.Entry<GroupKey, Expected>> order = down ? descending : ascending;
            for (int i = 0; i < order.size(); i++) {
                GroupKey cursor = order.get(i).getKey();
                for (GroupKey after : List.of(cursor, justAfter(cursor, grouping))) {
                    List<Map.Entry<GroupKey, Expected>> following = order.stream()
                            .filter(e -> down
                                    ? e.getKey().compareTo(after) < 0
                                    : e.getKey().compareTo(after) > 0)
                            .toList();
                    RollupReference.assertSame(
                            read(store.queryInKeyOrder(tenant, filter, grouping, Optional.of(after), down)),
                            following,
                            what + (down ? " descending" : "") + " after " + after.encoded());
                }
            }
        }
    }

    /** A key no group has, right after {@code key}: its last value with a character added. */
    static GroupKey justAfter(GroupKey key, CellGrouping grouping) {
        if (key.bucket().isPresent()) {
            return new GroupKey(key.values(), key.bucket().map(b -> b + "!"));
        }
        Map<GapDimension, String> values = new LinkedHashMap<>(key.values());
        GapDimension last = null;
        for (GapDimension d : grouping.dimensions()) {
            last = d;
        }
        if (last != null) {
            values.merge(last, "!", (value, suffix) -> value + suffix);
        }
        return new GroupKey(values, key.bucket());
    }

    static List<GroupedCell> read(Stream<GroupedCell> groups) {
        try (groups) {
            return groups.toList();
        }
    }
}
