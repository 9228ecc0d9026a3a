package com.gaplens.application.service;

import com.gaplens.application.port.in.MaintainRollupsUseCase.RebuildReport;
import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.application.port.out.MeasurementRepository.Stored;
import com.gaplens.application.port.out.RollupCells;
import com.gaplens.application.port.out.RollupCells.StoredCell;
import com.gaplens.application.port.out.RollupJournal;
import com.gaplens.application.port.out.RollupJournal.Entry;
import com.gaplens.application.rollup.CellAddress;
import com.gaplens.application.rollup.CellDeltas;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.gap.CellSums;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recomputes a brand's roll-ups from its raw measurements, month by month, compares every cell of every level with
 * its recomputation, and corrects those that differ by adding the difference ({@link RollupWriter#correct}).
 *
 * <p><b>Cost.</b> It visits only the months in which the brand has a measurement or a cell, found by seeking the next
 * one: a period of a thousand years over two years of data costs what two years cost. Per month, it reads that
 * month's measurements once, as a stream, and holds the month's cells (memory grows with the cells of one brand
 * and month, never with the period).
 *
 * <p><b>Concurrent writers.</b> A change in progress is counted where a cell remembers taking it, and only there;
 * so is every change registered since {@value #RECENT_SECONDS} s before the month's check began (on any instance's
 * clock): it may land after the cells were read. A cell written while it was being checked (its version moved) is
 * left alone and reported busy, never corrected on a stale reading. So a rebuild run while calls record
 * measurements corrects nothing that is right; a cell missing a change of the last minute is corrected by the next
 * rebuild.
 *
 * <p><b>Tolerance.</b> Counts must be equal; sums within {@value #TOLERANCE} of the larger magnitude (at least 1):
 * additions in another order, and removals, round differently from a recomputation.
 */
public final class RollupRebuild {

    static final double TOLERANCE = 1e-9;
    /** How far back changes count as possibly in progress, whatever the journal said: clocks of instances differ. */
    static final long RECENT_SECONDS = 60;

    private final MeasurementRepository measurements;
    private final RollupCells cells;
    private final RollupJournal journal;
    private final RollupWriter writer;
    private final Clock clock;

    public RollupRebuild(
            MeasurementRepository measurements,
            RollupCells cells,
            RollupJournal journal,
            RollupWriter writer,
            Clock clock) {
        this.measurements = Require.present(measurements, "measurements");
        this.cells = Require.present(cells, "cells");
        this.journal = Require.present(journal, "journal");
        this.writer = Require.present(writer, "writer");
        this.clock = Require.present(clock, "clock");
    }

    public RebuildReport rebuild(TenantId tenant, BrandId brand, Period period, Consumer<RebuildReport> progress) {
        long daysTotal = period.to().toEpochDay() - period.from().toEpochDay() + 1;
        YearMonth last = YearMonth.from(period.to());
        YearMonth month = YearMonth.from(period.from());
        Tally tally = new Tally();
        while (!month.isAfter(last)) {
            Optional<YearMonth> next = nextMonth(tenant, brand, month, last);
            if (next.isEmpty()) {
                break;
            }
            check(tenant, brand, next.get(), tally);
            LocalDate end = next.get().atEndOfMonth();
            long daysDone = (end.isAfter(period.to()) ? period.to() : end).toEpochDay()
                    - period.from().toEpochDay()
                    + 1;
            progress.accept(tally.report(daysTotal, daysDone));
            month = next.get().plusMonths(1);
        }
        RebuildReport report = tally.report(daysTotal, daysTotal);
        progress.accept(report);
        return report;
    }

    private Optional<YearMonth> nextMonth(TenantId tenant, BrandId brand, YearMonth from, YearMonth to) {
        Optional<String> ofCells = cells.nextMonth(tenant, brand.value(), from.toString(), to.toString());
        Optional<String> ofMeasurements = measurements.nextMonth(tenant, brand, from.toString(), to.toString());
        return Stream.of(ofCells, ofMeasurements)
                .flatMap(Optional::stream)
                .map(YearMonth::parse)
                .min(YearMonth::compareTo);
    }

    private void check(TenantId tenant, BrandId brand, YearMonth month, Tally tally) {
        RollupToken recent = RollupToken.lowestAt(clock.now().minusSeconds(RECENT_SECONDS));
        Set<RollupToken> unfinished =
                journal.openedBefore(tenant, clock.now().plus(Duration.ofDays(1)), Integer.MAX_VALUE).stream()
                        .map(Entry::token)
                        .collect(Collectors.toSet());
        Map<CellAddress, StoredCell> stored = new HashMap<>();
        cells.month(tenant, brand.value(), month.toString()).forEach(cell -> stored.put(cell.address(), cell));
        Map<CellAddress, CellSums.Accumulator> recomputed = new LinkedHashMap<>();
        try (Stream<Stored> raw = measurements.observedIn(tenant, brand, month.toString())) {
            raw.forEach(one -> {
                tally.read++;
                RollupToken token = one.token();
                boolean open = unfinished.contains(token) || !token.isBefore(recent);
                var now = one.changed().measurement();
                CellSums sums = CellDeltas.sumsOf(now);
                for (CellAddress address : CellDeltas.addresses(now)) {
                    if (holds(stored.get(address), token, open)) {
                        recomputed
                                .computeIfAbsent(address, any -> new CellSums.Accumulator())
                                .add(sums);
                    }
                }
                one.changed().before().ifPresent(before -> {
                    CellSums left = CellDeltas.sumsOf(before);
                    for (CellAddress address : CellDeltas.addresses(before)) {
                        if (!holds(stored.get(address), token, open)) {
                            recomputed
                                    .computeIfAbsent(address, any -> new CellSums.Accumulator())
                                    .add(left);
                        }
                    }
                });
            });
        }
        Set<CellAddress> all = new HashSet<>(stored.keySet());
        all.addAll(recomputed.keySet());
        Map<CellAddress, CellSums> corrections = new LinkedHashMap<>();
        for (CellAddress address : all) {
            CellSums want =
                    recomputed.containsKey(address) ? recomputed.get(address).sums() : CellSums.ZERO;
            CellSums have = stored.containsKey(address) ? stored.get(address).sums() : CellSums.ZERO;
            if (!have.matches(want, TOLERANCE)) {
                corrections.put(
                        address,
                        new CellSums.Accumulator().add(want).subtract(have).sums());
            }
        }
        tally.checked += all.size();
        if (corrections.isEmpty()) {
            return;
        }
        Map<CellAddress, Long> versions = cells.versions(tenant, corrections.keySet());
        corrections.keySet().removeIf(address -> {
            StoredCell before = stored.get(address);
            Long now = versions.get(address);
            boolean busy = before == null
                    ? now != null
                    : !Long.valueOf(before.version()).equals(now);
            if (busy) {
                tally.busy++;
            }
            return busy;
        });
        tally.differing += corrections.size();
        if (!corrections.isEmpty()) {
            writer.correct(tenant, corrections);
        }
    }

    /** Whether a cell holds a change: a finished one is in every cell it touched, an unfinished one where taken. */
    private static boolean holds(StoredCell cell, RollupToken token, boolean unfinished) {
        return cell == null ? !unfinished : cell.holds(token, unfinished);
    }

    /** What a rebuild read and found so far. */
    private static final class Tally {
        long read;
        long checked;
        long differing;
        long busy;

        RebuildReport report(long daysTotal, long daysDone) {
            return new RebuildReport(daysTotal, daysDone, read, checked, differing, busy);
        }
    }
}
