package com.gaplens.application.port.out.contract.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.gaps.GroupKey;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.application.port.in.MaintainRollupsUseCase.RebuildReport;
import com.gaplens.application.port.out.GapStatisticsStore;
import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.application.port.out.MeasurementRepository.Rejudged;
import com.gaplens.application.port.out.RollupCells;
import com.gaplens.application.port.out.RollupJournal;
import com.gaplens.application.port.out.contract.rollup.CrashingPorts.Crash;
import com.gaplens.application.port.out.contract.rollup.RollupReference.Expected;
import com.gaplens.application.port.out.fake.FixedClock;
import com.gaplens.application.port.out.fake.InMemoryBrandRepository;
import com.gaplens.application.port.out.fake.InMemorySegmentVariantRepository;
import com.gaplens.application.port.out.fake.InMemoryTargetExperienceRepository;
import com.gaplens.application.rollup.CellAddress;
import com.gaplens.application.rollup.CellDeltas;
import com.gaplens.application.rollup.RollupLevel;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.application.service.RollupMaintenanceService;
import com.gaplens.application.service.RollupRebuild;
import com.gaplens.application.service.RollupWriter;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.gap.TimeBucket;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every roll-up store does, whatever keeps its cells: after any sequence of calls — random batches with repeats
 * and conflicts, new judgements that move measurements, concurrent writers on the same cells, a crash between any two
 * writes followed by a client's retry or by the repair — every level answers every grouping and every page in key
 * order exactly as the {@link RollupReference reference} computed here from the stored measurements, and a rebuild
 * finds nothing to correct. Extend it with the {@link #ports()} of an implementation.
 */
public abstract class GapStatisticsStoreContract {

    /** The ports of one implementation over the same storage. */
    public record Ports(
            MeasurementRepository measurements, RollupJournal journal, RollupCells cells, GapStatisticsStore store) {}

    /** Fresh ports (may share storage with other tests: each test uses tenants of its own). */
    protected abstract Ports ports();

    /**
     * How many of a call's crash points a test tries: every one ({@code 1}), or one in {@code n} for slow stores. The
     * first and last points are always tried.
     */
    protected int crashPointStride() {
        return 1;
    }

    private final FixedClock clock = new FixedClock(Instant.parse("2026-03-01T00:00:00Z"));
    private final RollupSamples samples = new RollupSamples(17);
    private Ports ports;
    /** Which round of new judgements the test is in: judgements are drawn from it and each measurement's id. */
    private int judgementRound;

    private CrashingPorts crashing;
    private RollupWriter writer;
    private RollupRebuild rebuild;
    private RollupMaintenanceService maintenance;

    @BeforeEach
    void theRollups() {
        ports = ports();
        crashing = new CrashingPorts(ports.journal(), ports.cells(), ports.measurements());
        writer = new RollupWriter(crashing.journal, crashing.cells, crashing.measurements, clock);
        rebuild = new RollupRebuild(crashing.measurements, crashing.cells, crashing.journal, writer, clock);
        maintenance = new RollupMaintenanceService(
                crashing.measurements,
                crashing.journal,
                writer,
                rebuild,
                new InMemoryTargetExperienceRepository(),
                new InMemorySegmentVariantRepository(),
                new InMemoryBrandRepository(),
                clock,
                Duration.ofMinutes(1));
    }

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
    void concurrentWritersOfTheSameCellsLoseNothingAndCountNothingTwice() throws Exception {
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

    /**
     * Records {@code items} in a change that crashes once sealed, before any addition, then closes its journal entry:
     * what a rebuild sees of a change registered after it read the journal. Returns the change's token.
     */
    private RollupToken sealedButNotAdded(TenantId tenant, List<RecordedMeasurement> items) {
        crashing.crashAfter(1 + items.size() + 1); // open, one insert per measurement, seal: the first addition
        assertThatThrownBy(() -> writer.insert(tenant, items)).isInstanceOf(Crash.class);
        crashing.healthy();
        List<ExternalId> ids =
                items.stream().map(RecordedMeasurement::externalId).toList();
        Set<RollupToken> tokens =
                Set.copyOf(ports.measurements().tokens(tenant, ids).values());
        assertThat(tokens).hasSize(1);
        RollupToken token = tokens.iterator().next();
        ports.journal().close(tenant, token);
        return token;
    }

    @Test
    void cellsForgetTheTokensOfFinishedChanges() {
        TenantId tenant = newTenant();
        int calls = 64;
        for (int call = 0; call < calls; call++) {
            RecordedMeasurement one = samples.measurement(tenant, "hot-" + call);
            record(tenant, List.of(sameCellAs(one, tenant, "hot-" + call)));
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

    // --- the checks -------------------------------------------------------------------------------------------

    private static final List<CellGrouping> GROUPINGS = groupings();

    private static List<CellGrouping> groupings() {
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

    private static List<GapFilter> filters() {
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
     * grain, for both audiences; and no stored measurement is named by an unfinished change.
     */
    private void assertEveryLevelExact(TenantId tenant) {
        assertThat(maintenance.backlog(tenant).pendingRollups())
                .as("measurements stored but named by an unfinished change")
                .isZero();
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
    }

    /**
     * Every level, then every grouping under every filter, read whole and in key order, and pages from every cursor
     * of a few groupings both ways: all equal to the reference.
     */
    private void assertAllViewsExact(TenantId tenant) {
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

    private void assertQuery(
            TenantId tenant, List<RecordedMeasurement> stored, GapFilter filter, CellGrouping grouping, String what) {
        List<Map.Entry<GroupKey, Expected>> expected =
                new ArrayList<>(RollupReference.groups(stored, filter, grouping).entrySet());
        RollupReference.assertSame(read(ports.store().query(tenant, filter, grouping)), expected, what);
        RollupReference.assertSame(
                read(ports.store().queryInKeyOrder(tenant, filter, grouping, Optional.empty(), false)),
                expected,
                what + " in key order");
    }

    private List<RecordedMeasurement> stored(TenantId tenant) {
        try (Stream<RecordedMeasurement> all = ports.measurements().streamAll(tenant)) {
            return all.toList();
        }
    }

    /** After each group's key, and just after it (between groups), both ways: the groups that follow it. */
    private void assertPagesFromEveryCursor(
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
                            read(ports.store().queryInKeyOrder(tenant, filter, grouping, Optional.of(after), down)),
                            following,
                            what + (down ? " descending" : "") + " after " + after.encoded());
                }
            }
        }
    }

    /** A key no group has, right after {@code key}: its last value with a character added. */
    private static GroupKey justAfter(GroupKey key, CellGrouping grouping) {
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

    private static List<GroupedCell> read(Stream<GroupedCell> groups) {
        try (groups) {
            return groups.toList();
        }
    }

    // --- calls as the ingestion service makes them ------------------------------------------------------------

    /** Records items as a call does: the first of each id; stored ids are duplicates, whose changes it settles. */
    private void record(TenantId tenant, List<RecordedMeasurement> items) {
        Map<ExternalId, RecordedMeasurement> first = new LinkedHashMap<>();
        items.forEach(item -> first.putIfAbsent(item.externalId(), item));
        Set<ExternalId> stored =
                crashing.measurements.findByExternalIds(tenant, first.keySet()).keySet();
        List<RecordedMeasurement> fresh = first.values().stream()
                .filter(m -> !stored.contains(m.externalId()))
                .toList();
        if (!fresh.isEmpty()) {
            writer.insert(tenant, fresh);
        }
        writer.settleMeasurements(tenant, stored);
    }

    /** Judges the marked measurements anew as a publication does, each by a judgement drawn from its id. */
    private void rejudgeMarked(TenantId tenant) {
        List<MeasurementRepository.AwaitingJudgement> chunk;
        while (!(chunk = crashing.measurements.awaitingJudgement(tenant, 25)).isEmpty()) {
            List<Rejudged> judged = chunk.stream()
                    .map(read -> new Rejudged(
                            read,
                            new RollupSamples(read.measurement().externalId().hashCode() * 31L + judgementRound)
                                    .judgement()))
                    .toList();
            writer.move(tenant, judged);
        }
    }

    private interface AfterCrash {
        void check(TenantId tenant, List<RecordedMeasurement> batch);
    }

    /**
     * For every crash point of a call recording a batch (two of whose items were stored by an earlier call): a tenant
     * of its own, the call crashed there, then {@code check}.
     */
    private void forEveryCrashPoint(AfterCrash check) {
        TenantId dry = newTenant();
        List<RecordedMeasurement> seed = batch(dry, "seed-", 4);
        record(dry, seed);
        List<RecordedMeasurement> call = new ArrayList<>(batch(dry, "call-", 5));
        call.addAll(seed.subList(0, 2));
        crashing.count();
        record(dry, call);
        int writes = crashing.writes();
        assertThat(writes).isGreaterThan(10);
        for (int point = 0; point < writes; point += Math.min(crashPointStride(), Math.max(1, writes - 1 - point))) {
            TenantId tenant = newTenant();
            List<RecordedMeasurement> itsSeed = batch(tenant, "seed-", 4);
            record(tenant, itsSeed);
            List<RecordedMeasurement> itsCall = new ArrayList<>(batch(tenant, "call-", 5));
            itsCall.addAll(itsSeed.subList(0, 2));
            crashing.crashAfter(point);
            int crashedAt = point;
            assertThatThrownBy(() -> record(tenant, itsCall))
                    .as("crash point %d of %d", crashedAt, writes)
                    .isInstanceOf(Crash.class);
            crashing.healthy();
            check.check(tenant, itsCall);
        }
    }

    private static List<RecordedMeasurement> batch(TenantId tenant, String prefix, int n) {
        return RollupSamples.batch(tenant, prefix, n);
    }

    /** A measurement in the same day cell as every other of this test: brand a, one touchpoint, one day. */
    private RecordedMeasurement sameCellAs(RecordedMeasurement drawn, TenantId tenant, String id) {
        RecordedMeasurement first = new RollupSamples(99).measurement(tenant, "template");
        var m = first.measurement();
        var measurement = new com.gaplens.domain.measurement.Measurement(
                tenant,
                new ExternalId(id),
                new BrandId("brand-a"),
                m.touchpoint().value().startsWith("brand-a")
                        ? m.touchpoint()
                        : new com.gaplens.domain.touchpoint.TouchpointId("brand-a-tp-0"),
                m.variable(),
                Optional.empty(),
                m.method(),
                m.scale(),
                drawn.measurement().reading(),
                RollupSamples.START,
                Optional.empty(),
                Optional.empty(),
                Audience.CUSTOMER);
        return new RecordedMeasurement(
                measurement, drawn.normalised(), first.phase(), first.channel(), first.recordedAt(), first.judgement());
    }

    private RebuildReport rebuildAll(TenantId tenant) {
        Period all = new Period(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
        RebuildReport a = rebuild.rebuild(tenant, new BrandId("brand-a"), all, progress -> {});
        RebuildReport b = rebuild.rebuild(tenant, new BrandId("brand-b"), all, progress -> {});
        return new RebuildReport(
                a.daysTotal(),
                a.daysDone(),
                a.measurementsRead() + b.measurementsRead(),
                a.cellsChecked() + b.cellsChecked(),
                a.cellsDiffering() + b.cellsDiffering(),
                a.cellsBusy() + b.cellsBusy());
    }

    private static TenantId newTenant() {
        return new TenantId("t-" + UUID.randomUUID());
    }
}
