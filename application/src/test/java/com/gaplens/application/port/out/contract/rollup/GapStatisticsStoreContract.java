package com.gaplens.application.port.out.contract.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gaplens.application.port.in.MaintainRollupsUseCase.RebuildReport;
import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.application.port.out.MeasurementRepository.Rejudged;
import com.gaplens.application.port.out.RollupCells;
import com.gaplens.application.port.out.contract.rollup.CrashingPorts.Crash;
import com.gaplens.application.rollup.CellAddress;
import com.gaplens.application.rollup.CellDeltas;
import com.gaplens.application.rollup.RollupLevel;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.gap.TimeBucket;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.tenant.TenantId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every roll-up store does, whatever keeps its cells: after any sequence of calls — random batches with repeats
 * and conflicts, new judgements that move measurements, concurrent writers on the same cells, a crash between any two
 * writes followed by a client's retry or by the repair — every level answers every grouping and every page in key
 * order exactly as the {@link RollupReference reference} computed here from the stored measurements, and a rebuild
 * finds nothing to correct. Extend it with the {@link #ports()} of an implementation.
 */
public abstract class GapStatisticsStoreContract extends RollupContractHarness {

    @Test
    void everyGroupingAndEveryPageEqualTheMeasurementsAfterRandomBatchesWithRepeatsAndConflicts() {
        TenantId tenant = newTenant();
        List<RecordedMeasurement> sent = new ArrayList<>();
        for (int batch = 0; batch < 6; batch++) {
            List<RecordedMeasurement> items = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                if (!sent.isEmpty() && samples.chance(6)) {
                    items.add(sent.get(samples.next(sent.size()))); // a repeat: nothing written
                } else if (!sent.isEmpty() && samples.chance(6)) {
                    items.add(samples.conflicting(sent.get(samples.next(sent.size())))); // never overwrites
                } else {
                    items.add(samples.measurement(tenant, "m-" + batch + "-" + i));
                }
            }
            record(tenant, items);
            sent.addAll(items);
        }

        assertAllViewsExact(tenant);
        assertThat(rebuildAll(tenant).cellsDiffering()).isZero();
    }

    @Test
    void aCallInterruptedBetweenAnyTwoOfItsWritesIsFinishedExactlyByARetryOfTheSameItems() {
        forEveryCrashPoint((tenant, batch) -> {
            record(tenant, batch); // the client's retry: what was stored is a duplicate, the rest is inserted
            assertEveryLevelExact(tenant);
        });
    }

    @Test
    void aCallInterruptedBetweenAnyTwoOfItsWritesIsFinishedExactlyByTheRepair() {
        forEveryCrashPoint((tenant, batch) -> {
            clock.advance(Duration.ofMinutes(2));
            maintenance.repair();
            assertEveryLevelExact(tenant);
            assertThat(rebuildAll(tenant).cellsDiffering()).isZero();
        });
    }

    @Test
    void aRepairInterruptedBetweenAnyTwoOfItsWritesIsFinishedByTheNextRepair() {
        TenantId tenant = newTenant();
        List<RecordedMeasurement> batch = batch(tenant, "r-", 6);
        crashing.crashAfter(3);
        assertThatThrownBy(() -> writer.insert(tenant, batch)).isInstanceOf(Crash.class);
        clock.advance(Duration.ofMinutes(2));
        for (int point = 0; ; point++) {
            crashing.crashAfter(point);
            try {
                maintenance.repair();
                break;
            } catch (Crash crash) {
                clock.advance(Duration.ofMinutes(2));
            }
        }
        crashing.healthy();
        maintenance.repair();
        assertEveryLevelExact(tenant);
    }

    @Test
    void concurrentWritersAndFoldersOfTheSameCellsLoseNothingAndCountNothingTwice() throws Exception {
        TenantId tenant = newTenant();
        List<RecordedMeasurement> shared = batch(tenant, "shared-", 30);
        try (ExecutorService writers = Executors.newFixedThreadPool(4)) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                List<RecordedMeasurement> own = batch(tenant, "w" + w + "-", 40);
                done.add(writers.submit(() -> {
                    for (int part = 0; part < 4; part++) {
                        List<RecordedMeasurement> items = new ArrayList<>(own.subList(part * 10, part * 10 + 10));
                        items.addAll(shared.subList(part * 5, part * 5 + 10)); // others record these too
                        record(tenant, items);
                        writer.fold(tenant); // as every instance's folder does, on the same changes
                        writer.advanceWatermarks(tenant);
                    }
                    return null;
                }));
            }
            for (Future<?> one : done) {
                one.get();
            }
        }
        assertThat(ports.measurements().count(tenant)).isEqualTo(4 * 40 + 25);
        assertEveryLevelExact(tenant);
    }

    /**
     * Sealed changes added together share each document's write: a fold interrupted after some documents took all of
     * them, then one of them finished alone by a client's retry, then the rest folded again — each change counts once.
     */
    @Test
    void changesFoldedTogetherAreEachTakenOnceWhoeverAddsThemAgain() {
        TenantId tenant = newTenant();
        List<List<RecordedMeasurement>> calls = new ArrayList<>();
        for (int call = 0; call < 5; call++) {
            calls.add(batch(tenant, "f" + call + "-", 8));
            record(tenant, calls.get(call)); // acknowledged: sealed, not yet added
        }
        crashing.crashAfter(3);
        assertThatThrownBy(() -> writer.fold(tenant)).isInstanceOf(Crash.class);
        crashing.healthy();

        writer.settleMeasurements(
                tenant,
                calls.get(2).stream().map(RecordedMeasurement::externalId).toList());
        assertThat(writer.fold(tenant)).isEqualTo(4);

        assertThat(writer.fold(tenant)).isZero();
        assertEveryLevelExact(tenant);
        assertThat(rebuildAll(tenant).cellsDiffering()).isZero();
    }

    @Test
    void newJudgementsMoveMeasurementsBetweenCellsAndEveryLevelFollows() {
        TenantId tenant = newTenant();
        record(tenant, batch(tenant, "j-", 80));
        for (int round = 0; round < 3; round++) {
            judgementRound = round;
            ports.measurements()
                    .markForRejudgement(
                            tenant,
                            new BrandId(RollupSamples.BRANDS[round % 2]),
                            Optional.empty(),
                            RollupSamples.START);
            rejudgeMarked(tenant);
            assertEveryLevelExact(tenant);
        }
        assertEveryLevelExact(tenant);
        assertThat(rebuildAll(tenant).cellsDiffering()).isZero();
    }

    /**
     * A cursor may return a document twice when its index key changes during the scan (a publication marking it
     * anew while a reading goes through the marked measurements): the measurement moves once, by one of its
     * judgements, and every level follows it exactly.
     */
    @Test
    void aMeasurementReadTwiceForItsJudgementMovesOnce() {
        TenantId tenant = newTenant();
        record(tenant, batch(tenant, "twice-", 30));
        ports.measurements()
                .markForRejudgement(
                        tenant, new BrandId(RollupSamples.BRANDS[0]), Optional.empty(), RollupSamples.START);
        List<MeasurementRepository.AwaitingJudgement> read = crashing.measurements.awaitingJudgement(tenant, 100);
        List<Rejudged> judged = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            judged.add(new Rejudged(read.get(i), new RollupSamples(i).judgement()));
            judged.add(new Rejudged(read.get(i), new RollupSamples(1_000L + i).judgement()));
        }

        List<RecordedMeasurement> moved = writer.move(tenant, judged);

        assertThat(moved).extracting(RecordedMeasurement::externalId).doesNotHaveDuplicates();
        assertEveryLevelExact(tenant);
        assertThat(rebuildAll(tenant).cellsDiffering()).isZero();
    }

    @Test
    void aJudgementInterruptedBetweenAnyTwoOfItsWritesIsFinishedByTheRepairAndTheNextJudgement() {
        TenantId seed = newTenant();
        record(seed, batch(seed, "s-", 6));
        ports.measurements().markForRejudgement(seed, List.of(new ExternalId("s-0"), new ExternalId("s-1")));
        crashing.count();
        rejudgeMarked(seed);
        int writes = crashing.writes();
        for (int point = 0; point < writes; point += Math.min(crashPointStride(), Math.max(1, writes - 1 - point))) {
            TenantId tenant = newTenant();
            record(tenant, batch(tenant, "s-", 6));
            ports.measurements().markForRejudgement(tenant, List.of(new ExternalId("s-0"), new ExternalId("s-1")));
            crashing.crashAfter(point);
            assertThatThrownBy(() -> rejudgeMarked(tenant)).isInstanceOf(Crash.class);
            crashing.healthy();
            clock.advance(Duration.ofMinutes(2));
            maintenance.repair();
            rejudgeMarked(tenant);
            assertEveryLevelExact(tenant);
        }
    }

    @Test
    void measurementsALateInsertLandsUnderAChangeTakenOverAreRolledUpByTheNextRepair() {
        TenantId tenant = newTenant();
        List<RecordedMeasurement> late = batch(tenant, "late-", 5);
        var token = com.gaplens.application.rollup.RollupToken.draw(
                clock.now(), ports.journal().watermarks(tenant).barrier());
        ports.journal().open(tenant, token, clock.now());
        clock.advance(Duration.ofMinutes(2));
        maintenance.repair(); // takes the silent change over: nothing to rename yet
        ports.measurements().insertNew(tenant, token, late); // the slow insert lands, under the taken token

        maintenance.repair();

        assertEveryLevelExact(tenant);
        assertThat(ports.measurements().count(tenant)).isEqualTo(5);
    }

    @Test
    void theRebuildFindsNothingToCorrectOverAnyPeriodThenCorrectsExactlyTheCellsThatWereCorrupted() {
        TenantId tenant = newTenant();
        List<RecordedMeasurement> stored = batch(tenant, "b-", 60);
        record(tenant, stored);
        Period millennium = new Period(LocalDate.parse("1970-01-01"), LocalDate.parse("2999-12-31"));
        RebuildReport clean = rebuild.rebuild(tenant, new BrandId("brand-a"), millennium, progress -> {});
        assertThat(clean.cellsDiffering()).isZero();
        assertThat(clean.daysDone()).isEqualTo(clean.daysTotal());

        RecordedMeasurement one = stored.stream()
                .filter(m -> m.measurement().brand().value().equals("brand-a"))
                .findFirst()
                .orElseThrow();
        Map<CellAddress, com.gaplens.domain.gap.CellSums> corruption = new LinkedHashMap<>();
        List<CellAddress> addresses = CellDeltas.addresses(one);
        corruption.put(addresses.get(0), CellDeltas.sumsOf(one)); // its day cell counts it twice
        corruption.put(addresses.get(2), CellDeltas.sumsOf(one).negated()); // a cube forgets it
        writer.correct(tenant, corruption);

        assertThat(rebuild.rebuild(tenant, new BrandId("brand-a"), millennium, progress -> {})
                        .cellsDiffering())
                .isEqualTo(2);
        assertThat(rebuild.rebuild(tenant, new BrandId("brand-a"), millennium, progress -> {})
                        .cellsDiffering())
                .isZero();
        assertEveryLevelExact(tenant);
    }

    /**
     * A change the rebuild does not see in the journal (registered after the rebuild read it) whose additions land
     * after the rebuild read the cells: counted only where a cell took it, so the rebuild corrects nothing and the
     * change counts once when it lands. A change older than a minute is checked in full: its missing additions are
     * corrected.
     */
    @Test
    void aRebuildCorrectsNothingAChangeOfTheLastMinuteHasYetToAddButCorrectsAnOlderOne() {
        TenantId tenant = newTenant();
        record(tenant, batch(tenant, "old-", 10));
        clock.advance(Duration.ofMinutes(2));
        List<RecordedMeasurement> late = batch(tenant, "late-", 5);
        RollupToken token = sealedButNotAdded(tenant, late);

        assertThat(rebuildAll(tenant).cellsDiffering()).isZero();
        CellDeltas landing = new CellDeltas();
        late.forEach(landing::enter);
        ports.cells().add(tenant, token, landing.deltas(), RollupToken.lowest());
        assertEveryLevelExact(tenant);

        List<RecordedMeasurement> lost = batch(tenant, "lost-", 5);
        sealedButNotAdded(tenant, lost);
        clock.advance(Duration.ofMinutes(2));
        assertThat(rebuildAll(tenant).cellsDiffering()).isPositive();
        assertEveryLevelExact(tenant);
    }

    @Test
    void cellsForgetTheTokensOfFinishedChanges() {
        TenantId tenant = newTenant();
        // a store may forget at random (MongoDB: about one write in 16): half of 320 kept is beyond any chance
        int calls = 320;
        for (int call = 0; call < calls; call++) {
            RecordedMeasurement one = samples.measurement(tenant, "hot-" + call);
            recordAndFold(tenant, List.of(sameCellAs(one, tenant, "hot-" + call)));
            clock.advance(Duration.ofSeconds(2));
        }
        String month = TimeBucket.MONTH.keyOf(RollupSamples.START);
        List<RollupCells.StoredCell> cells = ports.cells().month(tenant, "brand-a", month);
        RollupCells.StoredCell day = cells.stream()
                .filter(cell -> cell.address().level() == RollupLevel.DAY)
                .findFirst()
                .orElseThrow();
        assertThat(day.sums().measurements()).isEqualTo(calls);
        assertThat(day.taken().size())
                .as("tokens a cell of %d changes remembers", calls)
                .isLessThan(calls / 2);
        assertEveryLevelExact(tenant);
    }

    @Test
    void aTenantSeesOnlyItsOwnCells() {
        TenantId mine = newTenant();
        TenantId theirs = newTenant();
        record(theirs, batch(theirs, "x-", 20));
        record(mine, batch(mine, "y-", 3));
        assertEveryLevelExact(mine);
        assertEveryLevelExact(theirs);
    }
}
