package com.gaplens.application.service;

import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.application.port.out.SegmentVariantRepository;
import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.measurement.Measurement;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.target.EffectiveTarget;
import com.gaplens.domain.target.Judgement;
import com.gaplens.domain.target.SegmentVariant;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.target.TargetExperienceVersion;
import com.gaplens.domain.tenant.TenantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Judges measurements against the promise: each customer measurement against the effective target of its
 * segment (the central version with the segment's variant) in force when it was observed; employee measurements
 * are never judged against the customer promise. One judge serves one tenant for one batch: it reads each
 * brand's target experience and each segment's variant once, and resolves each (brand, segment, central version,
 * variant version) once.
 */
final class PromiseJudge {

    private final TenantId tenant;
    private final TargetExperienceRepository targets;
    private final SegmentVariantRepository variants;
    private final Map<BrandId, Optional<TargetExperience>> targetOfBrand = new HashMap<>();
    private final Map<SegmentId, Optional<SegmentVariant>> variantOfSegment = new HashMap<>();
    private final Map<Resolution, Optional<EffectiveTarget>> resolved = new HashMap<>();

    PromiseJudge(TenantId tenant, TargetExperienceRepository targets, SegmentVariantRepository variants) {
        this.tenant = Require.present(tenant, "tenant");
        this.targets = Require.present(targets, "targets");
        this.variants = Require.present(variants, "variants");
    }

    /** The judgement of {@code recorded}, from the promise in force when it was observed. */
    Judgement judge(RecordedMeasurement recorded) {
        Measurement m = recorded.measurement();
        if (m.audience() != Audience.CUSTOMER) {
            return Judgement.UNPROMISED;
        }
        Optional<TargetExperience> target =
                targetOfBrand.computeIfAbsent(m.brand(), b -> targets.findByBrand(tenant, b));
        if (target.isEmpty()) {
            return Judgement.UNPROMISED;
        }
        Optional<TargetExperienceVersion> central = target.get().versionInForceAt(m.observedAt());
        if (central.isEmpty()) {
            return Judgement.UNPROMISED;
        }
        Optional<SegmentVariant> variant = m.segment()
                .flatMap(segment -> variantOfSegment.computeIfAbsent(
                        segment, s -> variants.findFor(tenant, target.get().id(), s)));
        OptionalInt variantVersion = variant.flatMap(v -> v.versionInForceAt(m.observedAt()))
                .map(version -> OptionalInt.of(version.number()))
                .orElse(OptionalInt.empty());
        Resolution key = new Resolution(m.brand(), m.segment(), central.get().number(), variantVersion);
        Optional<EffectiveTarget> effective = resolved.computeIfAbsent(
                key, k -> EffectiveTarget.resolve(target.get(), m.segment(), variant, m.observedAt()));
        return effective
                .map(e -> Judgement.of(e.promiseFor(m.touchpoint(), recorded.phase(), m.variable())))
                .orElse(Judgement.UNPROMISED);
    }

    /**
     * Whether the promises this judge read are still the stored ones: false when a target experience or variant
     * it judged by was published (or first created) since, in which case its judgements may be stale.
     */
    boolean promisesUnchanged() {
        for (Map.Entry<BrandId, Optional<TargetExperience>> read : targetOfBrand.entrySet()) {
            Optional<TargetExperience> now = targets.findByBrand(tenant, read.getKey());
            if (!now.map(TargetExperience::version).equals(read.getValue().map(TargetExperience::version))) {
                return false;
            }
            if (now.isPresent()) {
                for (Map.Entry<SegmentId, Optional<SegmentVariant>> variant : variantOfSegment.entrySet()) {
                    Optional<SegmentVariant> current =
                            variants.findFor(tenant, now.get().id(), variant.getKey());
                    if (current.isPresent()
                            && !current.map(SegmentVariant::version)
                                    .equals(variant.getValue().map(SegmentVariant::version))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Each measurement judged. */
    List<RecordedMeasurement> judgeAll(List<RecordedMeasurement> recorded) {
        return recorded.stream().map(r -> r.judged(judge(r))).toList();
    }

    private record Resolution(BrandId brand, Optional<SegmentId> segment, int central, OptionalInt variant) {}
}
