package com.gaplens.application.service;

import com.gaplens.application.port.in.MaintainRollupsUseCase;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.GapStatisticsStore;
import com.gaplens.application.port.out.GapStatisticsStore.RebuildReport;
import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.application.port.out.SegmentVariantRepository;
import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.target.Judgement;
import com.gaplens.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps judgements and roll-ups in step with the raw measurements and the promise.
 *
 * <p><b>Publication.</b> A version of a target experience (or of a segment variant) published in force from an
 * instant governs every measurement of its brand (of its segment) observed from then on, however long ago. Before
 * the version is stored, those measurements are marked for a new judgement (so a crash after storing it cannot
 * leave them judged by the old promise); once it is stored they are marked again (for measurements recorded
 * meanwhile) and judged anew, and the roll-ups of those whose commitment changed are recomputed, in chunks — for
 * {@link #IN_CALL} within the publishing call, the rest by the repair (the tenant's backlog shows what is left).
 *
 * <p><b>Repair.</b> Anything a crash interrupted is found from the raw measurements themselves — marks for
 * judgement, roll-ups still pending after a grace period longer than any call — and finished, tenant by tenant.
 */
public final class RollupMaintenanceService implements MaintainRollupsUseCase, PromiseChanges {

    static final int CHUNK = 2_000;

    /**
     * How long a publication judges anew in its own call; what is left is finished by the repair (every
     * instance, every minute) and shown by the tenant's backlog meanwhile.
     */
    static final Duration IN_CALL = Duration.ofSeconds(4);

    private final MeasurementRepository measurements;
    private final GapStatisticsStore rollups;
    private final TargetExperienceRepository targets;
    private final SegmentVariantRepository variants;
    private final BrandRepository brands;
    private final Clock clock;
    private final Duration grace;

    public RollupMaintenanceService(
            MeasurementRepository measurements,
            GapStatisticsStore rollups,
            TargetExperienceRepository targets,
            SegmentVariantRepository variants,
            BrandRepository brands,
            Clock clock,
            Duration grace) {
        this.measurements = Require.present(measurements, "measurements");
        this.rollups = Require.present(rollups, "rollups");
        this.targets = Require.present(targets, "targets");
        this.variants = Require.present(variants, "variants");
        this.brands = Require.present(brands, "brands");
        this.clock = Require.present(clock, "clock");
        this.grace = Require.present(grace, "grace");
    }

    @Override
    public void beforePublishing(TenantId tenant, BrandId brand, Optional<SegmentId> segment, Instant inForceFrom) {
        measurements.markForRejudgement(tenant, brand, segment, inForceFrom);
    }

    @Override
    public void afterPublishing(TenantId tenant, BrandId brand, Optional<SegmentId> segment, Instant inForceFrom) {
        measurements.markForRejudgement(tenant, brand, segment, inForceFrom);
        rejudge(tenant, Optional.of(clock.now().plus(IN_CALL)));
    }

    @Override
    public RollupBacklog backlog(TenantId tenant) {
        MeasurementRepository.Backlog measured = measurements.backlog(Require.present(tenant, "tenant"));
        return new RollupBacklog(
                measured.pendingRollups(), measured.awaitingJudgement(), rollups.staleSummaries(tenant));
    }

    @Override
    public RepairReport repair() {
        Set<TenantId> tenants = measurements.tenantsWithUnfinishedWork();
        long rejudged = 0;
        long rolledUp = 0;
        Instant before = clock.now().minus(grace);
        for (TenantId tenant : tenants) {
            rejudged += rejudge(tenant, Optional.empty());
            Set<ExternalId> pending;
            while (!(pending = measurements.pendingRollups(tenant, before, CHUNK)).isEmpty()) {
                rollups.applyPending(tenant, pending);
                rolledUp += pending.size();
            }
        }
        return new RepairReport(tenants.size(), rejudged, rolledUp);
    }

    @Override
    public long refreshSummaries() {
        long refreshed = 0;
        for (TenantId tenant : rollups.tenantsWithStaleSummaries()) {
            refreshed += rollups.refreshSummaries(tenant);
        }
        rollups.collectSupersededSummaries();
        return refreshed;
    }

    @Override
    public RebuildReport rebuild(RebuildRollupsCommand command, Consumer<RebuildReport> progress) {
        if (brands.find(command.tenant(), command.brandId()).isEmpty()) {
            throw new NotFoundException(BrandService.NOT_FOUND, "brandId", "no brand " + command.brandId());
        }
        return rollups.rebuild(command.tenant(), command.brandId(), command.period(), progress);
    }

    /**
     * Judges anew the measurements of the tenant marked for it, chunk by chunk, until none is left or the deadline
     * passed; returns how many.
     */
    private long rejudge(TenantId tenant, Optional<Instant> deadline) {
        long done = 0;
        List<RecordedMeasurement> chunk;
        while ((deadline.isEmpty() || clock.now().isBefore(deadline.get()))
                && !(chunk = measurements.awaitingJudgement(tenant, CHUNK)).isEmpty()) {
            PromiseJudge judge = new PromiseJudge(tenant, targets, variants);
            Map<ExternalId, Judgement> judged = new HashMap<>();
            chunk.forEach(recorded -> judged.put(recorded.externalId(), judge.judge(recorded)));
            measurements.storeJudgements(tenant, judged);
            rollups.applyPending(tenant, judged.keySet());
            done += chunk.size();
        }
        return done;
    }
}
