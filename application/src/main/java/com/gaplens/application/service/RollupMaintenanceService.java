package com.gaplens.application.service;

import com.gaplens.application.port.in.MaintainRollupsUseCase;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.application.port.out.RollupJournal;
import com.gaplens.application.port.out.RollupJournal.Entry;
import com.gaplens.application.port.out.SegmentVariantRepository;
import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
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
 * meanwhile) and judged anew, and those whose commitment changed move to the cells of their new judgement, in
 * chunks — for {@link #IN_CALL} within the publishing call, the rest by the repair (the tenant's backlog shows what
 * is left).
 *
 * <p><b>Repair.</b> Every change of the roll-ups is in the journal until it is finished (see {@link RollupWriter}):
 * the repair finishes the changes older than a grace period longer than any call, and judges what is still marked,
 * tenant by tenant. Its cost follows the work left, never the data stored.
 */
public final class RollupMaintenanceService implements MaintainRollupsUseCase, PromiseChanges {

    /**
     * How long a publication judges anew in its own call; what is left is finished by the repair (every
     * instance, every minute) and shown by the tenant's backlog meanwhile.
     */
    static final Duration IN_CALL = Duration.ofSeconds(4);

    /** Interrupted changes a repair round finishes per tenant; the next round takes the rest. */
    static final int CHANGES_PER_ROUND = 1_000;

    /**
     * How long a change taken over is remembered: a measurement its slow writer still lands under it meanwhile is
     * renamed and rolled up. Far longer than any write may run (the database's operation timeout).
     */
    static final Duration TAKEN_RETENTION = Duration.ofMinutes(10);

    private final MeasurementRepository measurements;
    private final RollupJournal journal;
    private final RollupWriter writer;
    private final RollupRebuild rebuild;
    private final Rejudgement rejudgement;
    private final BrandRepository brands;
    private final Clock clock;
    private final Duration grace;

    public RollupMaintenanceService(
            MeasurementRepository measurements,
            RollupJournal journal,
            RollupWriter writer,
            RollupRebuild rebuild,
            TargetExperienceRepository targets,
            SegmentVariantRepository variants,
            BrandRepository brands,
            Clock clock,
            Duration grace) {
        this.measurements = Require.present(measurements, "measurements");
        this.journal = Require.present(journal, "journal");
        this.writer = Require.present(writer, "writer");
        this.rebuild = Require.present(rebuild, "rebuild");
        this.rejudgement = new Rejudgement(measurements, targets, variants, writer);
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
        rejudgement.rejudgeMarked(tenant, Optional.of(clock.now().plus(IN_CALL)), clock::now);
    }

    @Override
    public RollupBacklog backlog(TenantId tenant) {
        Require.present(tenant, "tenant");
        List<RollupToken> unfinished =
                journal.openedBefore(tenant, clock.now().plus(Duration.ofDays(1)), CHANGES_PER_ROUND).stream()
                        .map(Entry::token)
                        .toList();
        return new RollupBacklog(
                measurements.countChangedBy(tenant, unfinished),
                measurements.countAwaitingJudgement(tenant),
                journal.count(tenant));
    }

    @Override
    public RepairReport repair() {
        Set<TenantId> tenants = new HashSet<>(journal.tenants());
        tenants.addAll(measurements.tenantsAwaitingJudgement());
        long rejudged = 0;
        long changes = 0;
        long rolledUp = 0;
        Instant now = clock.now();
        for (TenantId tenant : tenants) {
            for (Entry entry : journal.openedBefore(tenant, now.minus(grace), CHANGES_PER_ROUND)) {
                long named = measurements.countChangedBy(tenant, List.of(entry.token()));
                if (entry.state() == RollupJournal.State.TAKEN) {
                    if (named > 0) {
                        writer.renameStragglers(tenant, entry.token());
                        rolledUp += named;
                    } else if (entry.takenAt().orElse(now).plus(TAKEN_RETENTION).isBefore(now)) {
                        journal.close(tenant, entry.token());
                    }
                    continue;
                }
                writer.settle(tenant, List.of(entry.token()));
                changes++;
                rolledUp += named;
            }
            rejudged += rejudgement.rejudgeMarked(tenant, Optional.empty(), clock::now);
            writer.advanceWatermarks(tenant);
        }
        return new RepairReport(tenants.size(), rejudged, changes, rolledUp);
    }

    @Override
    public long fold() {
        long folded = 0;
        for (TenantId tenant : journal.tenants()) {
            for (int changes; (changes = writer.fold(tenant)) > 0; ) {
                folded += changes;
            }
        }
        return folded;
    }

    @Override
    public RebuildReport rebuild(RebuildRollupsCommand command, Consumer<RebuildReport> progress) {
        if (brands.find(command.tenant(), command.brandId()).isEmpty()) {
            throw new NotFoundException(BrandService.NOT_FOUND, "brandId", "no brand " + command.brandId());
        }
        writer.foldAll(command.tenant());
        return rebuild.rebuild(command.tenant(), command.brandId(), command.period(), progress);
    }
}
