package com.gaplens.application.service;

import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.application.port.out.MeasurementRepository.AwaitingJudgement;
import com.gaplens.application.port.out.MeasurementRepository.Rejudged;
import com.gaplens.application.port.out.SegmentVariantRepository;
import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Judges anew the measurements a publication marked (or a recording that raced with one), chunk by chunk, and moves
 * those whose commitment changed to the cells of their new judgement ({@link RollupWriter#move}).
 */
final class Rejudgement {

    static final int CHUNK = 2_000;

    private final MeasurementRepository measurements;
    private final TargetExperienceRepository targets;
    private final SegmentVariantRepository variants;
    private final RollupWriter writer;

    Rejudgement(
            MeasurementRepository measurements,
            TargetExperienceRepository targets,
            SegmentVariantRepository variants,
            RollupWriter writer) {
        this.measurements = Require.present(measurements, "measurements");
        this.targets = Require.present(targets, "targets");
        this.variants = Require.present(variants, "variants");
        this.writer = Require.present(writer, "writer");
    }

    /**
     * Judges the tenant's marked measurements until none is left, or {@code deadline} (by {@code now}) passed;
     * returns how many were judged. A measurement changed by another writer since it was read stays marked and is
     * read again.
     */
    long rejudgeMarked(TenantId tenant, Optional<Instant> deadline, Supplier<Instant> now) {
        long done = 0;
        List<AwaitingJudgement> chunk;
        while ((deadline.isEmpty() || now.get().isBefore(deadline.get()))
                && !(chunk = measurements.awaitingJudgement(tenant, CHUNK)).isEmpty()) {
            PromiseJudge judge = new PromiseJudge(tenant, targets, variants);
            List<Rejudged> judged = new ArrayList<>(chunk.size());
            chunk.forEach(read -> judged.add(new Rejudged(read, judge.judge(read.measurement()))));
            writer.move(tenant, judged);
            done += chunk.size();
        }
        return done;
    }
}
