package com.gaplens.application.port.out.contract.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gaplens.application.port.in.MaintainRollupsUseCase.RebuildReport;
import com.gaplens.application.port.out.GapStatisticsStore;
import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.application.port.out.MeasurementRepository.Rejudged;
import com.gaplens.application.port.out.RollupCells;
import com.gaplens.application.port.out.RollupJournal;
import com.gaplens.application.port.out.contract.rollup.CrashingPorts.Crash;
import com.gaplens.application.port.out.fake.FixedClock;
import com.gaplens.application.port.out.fake.InMemoryBrandRepository;
import com.gaplens.application.port.out.fake.InMemorySegmentVariantRepository;
import com.gaplens.application.port.out.fake.InMemoryTargetExperienceRepository;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.application.service.FoldingGapStatistics;
import com.gaplens.application.service.RollupMaintenanceService;
import com.gaplens.application.service.RollupRebuild;
import com.gaplens.application.service.RollupWriter;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * The harness of {@link GapStatisticsStoreContract}: an implementation's ports behind {@link CrashingPorts}, the
 * writer, rebuild and maintenance over them, a clock, calls made as the ingestion service and a publication make them,
 * and the checks of every level and view against the {@link RollupReference reference} ({@link RollupExactness}).
 */
public abstract class RollupContractHarness {

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

    final FixedClock clock = new FixedClock(Instant.parse("2026-03-01T00:00:00Z"));
    final RollupSamples samples = new RollupSamples(17);
    Ports ports;
    /** Which round of new judgements the test is in: judgements are drawn from it and each measurement's id. */
    int judgementRound;

    CrashingPorts crashing;
    RollupWriter writer;
    RollupRebuild rebuild;
    RollupMaintenanceService maintenance;
    RollupExactness exactness;

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
        exactness =
                new RollupExactness(new FoldingGapStatistics(ports.store(), writer), ports.measurements(), maintenance);
    }

    // --- the checks ------------------------------------------------------------------------------------------

    /** Every level of {@code tenant} equals its measurements, and nothing stored waits on an unfinished change. */
    void assertEveryLevelExact(TenantId tenant) {
        exactness.assertEveryLevelExact(tenant);
    }

    /** Every level, grouping, filter and key-order page of {@code tenant} equals the reference. */
    void assertAllViewsExact(TenantId tenant) {
        exactness.assertAllViewsExact(tenant);
    }

    // --- calls as the ingestion service makes them ------------------------------------------------------------

    /** Records items as a call does: the first of each id; stored ids are duplicates, whose changes it settles. */
    void record(TenantId tenant, List<RecordedMeasurement> items) {
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

    /** Records items, then folds the tenant's sealed changes into the cells as the folder does. */
    void recordAndFold(TenantId tenant, List<RecordedMeasurement> items) {
        record(tenant, items);
        writer.fold(tenant);
    }

    /** Judges the marked measurements anew as a publication does, each by a judgement drawn from its id. */
    void rejudgeMarked(TenantId tenant) {
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

    interface AfterCrash {
        void check(TenantId tenant, List<RecordedMeasurement> batch);
    }

    /**
     * For every crash point of a call recording a batch (two of whose items were stored by an earlier call) and of the
     * fold that adds it to the cells: a tenant of its own, the call or the fold crashed there, then {@code check}.
     */
    void forEveryCrashPoint(AfterCrash check) {
        TenantId dry = newTenant();
        List<RecordedMeasurement> seed = batch(dry, "seed-", 4);
        record(dry, seed);
        List<RecordedMeasurement> call = new ArrayList<>(batch(dry, "call-", 5));
        call.addAll(seed.subList(0, 2));
        crashing.count();
        recordAndFold(dry, call);
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
            assertThatThrownBy(() -> recordAndFold(tenant, itsCall))
                    .as("crash point %d of %d", crashedAt, writes)
                    .isInstanceOf(Crash.class);
            crashing.healthy();
            check.check(tenant, itsCall);
        }
    }

    static List<RecordedMeasurement> batch(TenantId tenant, String prefix, int n) {
        return RollupSamples.batch(tenant, prefix, n);
    }

    /** A measurement in the same day cell as every other of this test: brand a, one touchpoint, one day. */
    RecordedMeasurement sameCellAs(RecordedMeasurement drawn, TenantId tenant, String id) {
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

    RebuildReport rebuildAll(TenantId tenant) {
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

    static TenantId newTenant() {
        return new TenantId("t-" + UUID.randomUUID());
    }

    /**
     * Records {@code items} in a change left sealed, not folded, then closes its journal entry: what a rebuild sees of
     * a change registered after it read the journal. Returns the change's token.
     */
    RollupToken sealedButNotAdded(TenantId tenant, List<RecordedMeasurement> items) {
        writer.insert(tenant, items);
        List<ExternalId> ids =
                items.stream().map(RecordedMeasurement::externalId).toList();
        Set<RollupToken> tokens =
                Set.copyOf(ports.measurements().tokens(tenant, ids).values());
        assertThat(tokens).hasSize(1);
        RollupToken token = tokens.iterator().next();
        ports.journal().close(tenant, token);
        return token;
    }
}
