package com.gaplens.application.port.out.fake;

import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.application.port.out.GapStatisticsStore;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.gap.CellStatistics;
import com.gaplens.domain.gap.Contribution;
import com.gaplens.domain.gap.EmotionTally;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.tenant.TenantId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Roll-ups that are always exact because there are none: every query aggregates the raw measurements of an
 * {@link InMemoryMeasurementRepository}. Applying marks the measurements applied, as the real store does.
 */
public final class InMemoryGapStatisticsStore implements GapStatisticsStore {

    private final InMemoryMeasurementRepository measurements;
    private int applications;

    public InMemoryGapStatisticsStore(InMemoryMeasurementRepository measurements) {
        this.measurements = measurements;
    }

    @Override
    public synchronized void applyPending(TenantId tenant, Collection<ExternalId> ids) {
        applications++;
        measurements.markApplied(tenant, ids);
    }

    @Override
    public RebuildReport rebuild(TenantId tenant, BrandId brand, Period period, Consumer<RebuildReport> progress) {
        long days = period.to().toEpochDay() - period.from().toEpochDay() + 1;
        long read;
        try (Stream<RecordedMeasurement> all = measurements.streamAll(tenant)) {
            read = all.filter(r -> r.measurement().brand().equals(brand))
                    .filter(r -> period.contains(dayOf(r)))
                    .count();
        }
        RebuildReport report = new RebuildReport(days, days, read, 0, 0);
        progress.accept(report);
        return report;
    }

    @Override
    public Stream<GroupedCell> query(TenantId tenant, GapFilter filter, CellGrouping grouping) {
        record Group(Map<GapDimension, String> keys, Optional<String> bucket) {}
        Map<Group, CellStatistics> statistics = new LinkedHashMap<>();
        Map<Group, EmotionTally> emotions = new LinkedHashMap<>();
        List<RecordedMeasurement> all;
        try (Stream<RecordedMeasurement> stream = measurements.streamAll(tenant)) {
            all = stream.toList();
        }
        for (RecordedMeasurement r : all) {
            if (!kept(r, filter)) {
                continue;
            }
            Map<GapDimension, String> keys = new EnumMap<>(GapDimension.class);
            grouping.dimensions().forEach(d -> r.key(d).ifPresent(v -> keys.put(d, v)));
            Group group = new Group(
                    keys, grouping.bucket().map(b -> b.keyOf(r.measurement().observedAt())));
            CellStatistics one = CellStatistics.of(new Contribution(
                    r.normalised(), r.measurement().method(), r.judgement().targetLevel()));
            statistics.merge(group, one, CellStatistics::merge);
            emotions.merge(group, EmotionTally.of(r.measurement().emotion()), EmotionTally::merge);
        }
        List<GroupedCell> cells = new ArrayList<>();
        statistics.forEach((g, s) -> cells.add(new GroupedCell(g.keys(), g.bucket(), s, emotions.get(g))));
        return cells.stream();
    }

    /** How many times roll-ups were applied. */
    @Override
    public Stream<GroupedCell> export(TenantId tenant, GapFilter filter, CellGrouping grouping) {
        return query(tenant, filter, grouping);
    }

    /** Keeps no summaries: every query merges the measurements themselves. */
    @Override
    public long refreshSummaries(TenantId tenant) {
        return 0;
    }

    @Override
    public long staleSummaries(TenantId tenant) {
        return 0;
    }

    @Override
    public Set<TenantId> tenantsWithStaleSummaries() {
        return Set.of();
    }

    @Override
    public long collectSupersededSummaries() {
        return 0;
    }

    public synchronized int applications() {
        return applications;
    }

    private static boolean kept(RecordedMeasurement r, GapFilter filter) {
        if (r.measurement().audience() != filter.audience()) {
            return false;
        }
        if (filter.period().isPresent() && !filter.period().get().contains(dayOf(r))) {
            return false;
        }
        for (Map.Entry<GapDimension, Set<String>> kept : filter.values().entrySet()) {
            Optional<String> value = r.key(kept.getKey());
            if (value.isEmpty() || !kept.getValue().contains(value.get())) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate dayOf(RecordedMeasurement r) {
        return LocalDate.ofInstant(r.measurement().observedAt(), ZoneOffset.UTC);
    }
}
