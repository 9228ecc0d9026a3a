package com.gaplens.application.port.out.fake;

import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.application.port.out.MonthCellFeed;
import com.gaplens.domain.gap.CellStatistics;
import com.gaplens.domain.gap.Contribution;
import com.gaplens.domain.gap.EmotionTally;
import com.gaplens.domain.gap.TimeBucket;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The month cells of the measurements of a {@link MeasurementRepository}, computed from them (as the in-memory gap
 * store computes every view), with the change tracking of a real feed: each time it {@link #observe looks} at a
 * tenant, every month cell whose statistics differ from the last look gets the next version and is changed — since
 * that look, unless it already was. A cell whose measurements all moved away stays, with zero counts.
 *
 * <p>Every method of the port looks first, so nothing is missed; a test that cares about the instant of a change
 * calls {@link #observe} right after its writes, where a real store stamps its writes. Tenants are those it was
 * asked about.
 */
public final class InMemoryMonthCellFeed implements MonthCellFeed {

    private static final class Tracked {
        private final Audience audience;
        private GroupedCell cell;
        private long version;
        private Instant changedSince;

        Tracked(Audience audience, GroupedCell cell) {
            this.audience = audience;
            this.cell = cell;
        }
    }

    private final MeasurementRepository measurements;
    private final Clock clock;
    private final Map<TenantId, Map<String, Tracked>> cells = new LinkedHashMap<>();
    private long versions;

    public InMemoryMonthCellFeed(MeasurementRepository measurements, Clock clock) {
        this.measurements = measurements;
        this.clock = clock;
    }

    /** Looks at the tenant's measurements now: month cells that differ from the last look change now. */
    public synchronized void observe(TenantId tenant) {
        Map<String, Tracked> tracked = cells.computeIfAbsent(tenant, t -> new LinkedHashMap<>());
        Map<String, Tracked> now = compute(tenant);
        Instant at = clock.now();
        now.forEach((id, current) -> {
            Tracked known = tracked.get(id);
            if (known == null) {
                tracked.put(id, current);
                changed(current, at);
            } else if (!known.cell.equals(current.cell)) {
                known.cell = current.cell;
                changed(known, at);
            }
        });
        tracked.forEach((id, known) -> {
            if (!now.containsKey(id) && !known.cell.statistics().isEmpty()) {
                known.cell = new GroupedCell(
                        known.cell.keys(), known.cell.bucket(), CellStatistics.empty(), EmotionTally.empty());
                changed(known, at);
            }
        });
    }

    private void changed(Tracked cell, Instant at) {
        cell.version = ++versions;
        if (cell.changedSince == null) {
            cell.changedSince = at;
        }
    }

    @Override
    public synchronized List<ChangedMonthCell> changedMonthCells(TenantId tenant, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be ≥ 1, got " + limit);
        }
        observe(tenant);
        return cells.get(tenant).entrySet().stream()
                .filter(e -> e.getValue().changedSince != null)
                .sorted(Comparator.comparing((Map.Entry<String, Tracked> e) -> e.getValue().changedSince)
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> new ChangedMonthCell(
                        e.getKey(), e.getValue().version, e.getValue().audience, e.getValue().cell))
                .toList();
    }

    @Override
    public synchronized void markPublished(TenantId tenant, Collection<ChangedMonthCell> published) {
        Map<String, Tracked> tracked = cells.getOrDefault(tenant, Map.of());
        for (ChangedMonthCell cell : published) {
            Tracked known = tracked.get(cell.id());
            if (known != null && known.version == cell.version()) {
                known.changedSince = null;
            }
        }
    }

    @Override
    public synchronized Set<TenantId> tenantsWithChangedMonthCells() {
        Set<TenantId> changed = new LinkedHashSet<>();
        for (TenantId tenant : List.copyOf(cells.keySet())) {
            observe(tenant);
            if (cells.get(tenant).values().stream().anyMatch(c -> c.changedSince != null)) {
                changed.add(tenant);
            }
        }
        return changed;
    }

    @Override
    public synchronized Backlog backlog(TenantId tenant) {
        observe(tenant);
        List<Instant> since = cells.get(tenant).values().stream()
                .map(c -> c.changedSince)
                .filter(java.util.Objects::nonNull)
                .toList();
        return new Backlog(since.size(), since.stream().min(Comparator.naturalOrder()));
    }

    /** Every month cell of the tenant's measurements now, by id. */
    private Map<String, Tracked> compute(TenantId tenant) {
        record Group(Audience audience, Map<GapDimension, String> keys, String month) {}
        Map<Group, CellStatistics> statistics = new LinkedHashMap<>();
        Map<Group, EmotionTally> emotions = new HashMap<>();
        List<RecordedMeasurement> all;
        try (Stream<RecordedMeasurement> stream = measurements.streamAll(tenant)) {
            all = stream.toList();
        }
        for (RecordedMeasurement r : all) {
            Map<GapDimension, String> keys = new EnumMap<>(GapDimension.class);
            for (GapDimension dimension : GapDimension.values()) {
                r.key(dimension).ifPresent(value -> keys.put(dimension, value));
            }
            Group group = new Group(
                    r.measurement().audience(),
                    keys,
                    TimeBucket.MONTH.keyOf(r.measurement().observedAt()));
            statistics.merge(
                    group,
                    CellStatistics.of(new Contribution(
                            r.normalised(),
                            r.measurement().method(),
                            r.judgement().targetLevel())),
                    CellStatistics::merge);
            emotions.merge(group, EmotionTally.of(r.measurement().emotion()), EmotionTally::merge);
        }
        Map<String, Tracked> computed = new LinkedHashMap<>();
        statistics.forEach((group, sums) -> {
            GroupedCell cell = new GroupedCell(group.keys(), Optional.of(group.month()), sums, emotions.get(group));
            computed.put(idOf(group.audience(), cell), new Tracked(group.audience(), cell));
        });
        return computed;
    }

    /** The stable id of a month cell: its audience, keys and month. */
    static String idOf(Audience audience, GroupedCell cell) {
        return audience + ";" + cell.identity();
    }
}
