package com.gaplens.application.service;

import com.gaplens.application.bi.BiLabels;
import com.gaplens.application.bi.GapRow;
import com.gaplens.application.port.in.PublishBiRowsUseCase;
import com.gaplens.application.port.in.ReadBiPublicationStatusUseCase;
import com.gaplens.application.port.out.BiWarehouse;
import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.LabelChangeFeed;
import com.gaplens.application.port.out.LabelChangeFeed.LabelChange;
import com.gaplens.application.port.out.MonthCellFeed;
import com.gaplens.application.port.out.MonthCellFeed.Backlog;
import com.gaplens.application.port.out.MonthCellFeed.ChangedMonthCell;
import com.gaplens.domain.gap.SeverityThresholds;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The BI publication (see {@link com.gaplens.application.bi}): each cycle copies, tenant by tenant, the labels of
 * the catalogue objects marked changed, then the month cells changed, batch by batch, clearing each change from its
 * feed only after its copy committed. A tenant's place is prepared first, and its whole catalogue copied once when
 * the place is new. Employee cells are never copied (customer views never mix them in) but are cleared all the same.
 */
public final class BiPublicationService implements PublishBiRowsUseCase, ReadBiPublicationStatusUseCase {

    /** How the publication runs: its freshness target, batch sizes, and how long a label mark may await its save. */
    public record Settings(Duration freshness, int rowBatch, int batchesPerTenant, int labelBatch, Duration saveGrace) {
        public Settings {
            Require.present(freshness, "freshness");
            Require.present(saveGrace, "saveGrace");
            if (freshness.isNegative()
                    || freshness.isZero()
                    || rowBatch < 1
                    || batchesPerTenant < 1
                    || labelBatch < 1) {
                throw new IllegalArgumentException("a positive freshness and batch sizes ≥ 1");
            }
        }

        /** 30 s freshness, batches of 1,000 rows (up to 50 per tenant and cycle) and 100 labels, 1 min grace. */
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(30), 1_000, 50, 100, Duration.ofMinutes(1));
        }
    }

    private final MonthCellFeed cells;
    private final LabelChangeFeed labelChanges;
    private final BiWarehouse warehouse;
    private final BiLabelReader labels;
    private final Clock clock;
    private final SeverityThresholds thresholds;
    private final Settings settings;
    private volatile boolean reachable = true;
    private volatile Instant lastCycleAt;

    public BiPublicationService(
            MonthCellFeed cells,
            LabelChangeFeed labelChanges,
            BiWarehouse warehouse,
            BiLabelReader labels,
            Clock clock,
            SeverityThresholds thresholds,
            Settings settings) {
        this.cells = Require.present(cells, "cells");
        this.labelChanges = Require.present(labelChanges, "labelChanges");
        this.warehouse = Require.present(warehouse, "warehouse");
        this.labels = Require.present(labels, "labels");
        this.clock = Require.present(clock, "clock");
        this.thresholds = Require.present(thresholds, "thresholds");
        this.settings = Require.present(settings, "settings");
    }

    @Override
    public CycleReport publishChanges() {
        Set<TenantId> tenants = new LinkedHashSet<>(cells.tenantsWithChangedMonthCells());
        tenants.addAll(labelChanges.tenantsWithChangedLabels());
        long rows = 0;
        long labelsWritten = 0;
        try {
            for (TenantId tenant : tenants) {
                labelsWritten += publishLabels(tenant);
                rows += publishRows(tenant);
            }
        } catch (RuntimeException e) {
            reachable = false;
            throw e;
        }
        reachable = true;
        lastCycleAt = clock.now();
        return new CycleReport(tenants.size(), rows, labelsWritten);
    }

    /** Every label once when the tenant's place is new, then the labels of the objects marked changed. */
    private long publishLabels(TenantId tenant) {
        long written = 0;
        if (!warehouse.prepare(tenant)) {
            BiLabels all = labels.all(tenant);
            warehouse.upsertLabels(tenant, all);
            warehouse.markLabelsComplete(tenant);
            written += all.size();
        }
        Set<String> seen = new LinkedHashSet<>();
        while (true) {
            List<LabelChange> marks = labelChanges.changedLabels(tenant, settings.labelBatch());
            List<LabelChange> fresh = marks.stream()
                    .filter(m -> seen.add(m.source().key() + "@" + m.stamp()))
                    .toList();
            if (fresh.isEmpty()) {
                return written;
            }
            BiLabels read = BiLabels.none();
            List<LabelChange> copied = new ArrayList<>();
            Instant now = clock.now();
            for (LabelChange mark : fresh) {
                BiLabelReader.Read one = labels.of(tenant, mark.source());
                read = read.plus(one.labels());
                // the save the mark announced is copied, or it must have failed: the mark is done with
                if (one.version() >= mark.version()
                        || Duration.between(mark.markedAt(), now).compareTo(settings.saveGrace()) > 0) {
                    copied.add(mark);
                }
            }
            warehouse.upsertLabels(tenant, read);
            labelChanges.markPublished(tenant, copied);
            written += read.size();
        }
    }

    /** The changed month cells, batch by batch, up to the per-cycle bound (the next cycle goes on). */
    private long publishRows(TenantId tenant) {
        long written = 0;
        for (int batch = 0; batch < settings.batchesPerTenant(); batch++) {
            List<ChangedMonthCell> changed = cells.changedMonthCells(tenant, settings.rowBatch());
            List<GapRow> rows = changed.stream()
                    .filter(c -> c.audience() == Audience.CUSTOMER)
                    .map(c -> GapRow.of(c.id(), c.version(), c.cell(), thresholds))
                    .toList();
            if (!rows.isEmpty()) {
                warehouse.upsertRows(tenant, rows);
            }
            cells.markPublished(tenant, changed);
            written += rows.size();
            if (changed.size() < settings.rowBatch()) {
                break;
            }
        }
        return written;
    }

    @Override
    public Duration lag() {
        Instant now = clock.now();
        Optional<Instant> oldest = Stream.concat(
                        cells.tenantsWithChangedMonthCells().stream()
                                .map(t -> cells.backlog(t).oldestChange()),
                        labelChanges.tenantsWithChangedLabels().stream()
                                .map(t -> labelChanges.backlog(t).oldestChange()))
                .flatMap(Optional::stream)
                .min(Instant::compareTo);
        return oldest.map(since -> positive(Duration.between(since, now))).orElse(Duration.ZERO);
    }

    @Override
    public BiPublicationStatus status(TenantId tenant) {
        Backlog rows = cells.backlog(tenant);
        Backlog marks = labelChanges.backlog(tenant);
        Optional<Instant> oldest = Stream.of(rows.oldestChange(), marks.oldestChange())
                .flatMap(Optional::stream)
                .min(Instant::compareTo);
        Instant now = clock.now();
        return new BiPublicationStatus(
                true,
                rows.changedCells(),
                marks.changedCells(),
                oldest,
                oldest.map(since -> positive(Duration.between(since, now))).orElse(Duration.ZERO),
                settings.freshness(),
                reachable,
                Optional.ofNullable(lastCycleAt));
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
