package com.gaplens.domain.target;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The target that applies to a segment (or to every customer, without segment) at an instant: the
 * central version in force then, with the segment variant's version in force then applied.
 *
 * <p>Resolution ({@link #of}): each central commitment is listed once, in the central order, as
 * {@link Provenance#EXCLUDED} if the variant excludes it, {@link Provenance#OVERRIDDEN} (with the
 * segment's level and/or wording) if the variant overrides it, {@link Provenance#INHERITED} otherwise; then
 * the variant's additions, in its order, as {@link Provenance#ADDED}. Overrides and exclusions naming a
 * commitment the central version does not have are inert and listed in {@code inertAdjustments}.
 */
public record EffectiveTarget(
        TargetExperienceId targetExperienceId,
        BrandId brandId,
        Optional<SegmentId> segmentId,
        Instant at,
        int centralVersion,
        OptionalInt variantVersion,
        List<ResolvedCommitment> commitments,
        List<CommitmentId> inertAdjustments) {

    public EffectiveTarget {
        Require.present(targetExperienceId, "targetExperienceId");
        Require.present(brandId, "brandId");
        Require.present(segmentId, "segmentId");
        Require.present(at, "at");
        Require.present(variantVersion, "variantVersion");
        Require.noNulls(commitments, "commitments");
        Require.noNulls(inertAdjustments, "inertAdjustments");
        commitments = List.copyOf(commitments);
        inertAdjustments = List.copyOf(inertAdjustments);
    }

    /**
     * The effective target of {@code segment} (or the central one) at {@code at}; empty when no central
     * version is in force then. {@code variant}, when given, must be the segment's variant of {@code target}.
     */
    public static Optional<EffectiveTarget> resolve(
            TargetExperience target, Optional<SegmentId> segment, Optional<SegmentVariant> variant, Instant at) {
        Require.present(target, "target");
        Require.present(segment, "segmentId");
        Require.present(variant, "variant");
        Require.present(at, "at");
        variant.ifPresent(v -> {
            if (!v.targetExperienceId().equals(target.id()) || !segment.equals(Optional.of(v.segmentId()))) {
                throw new IllegalArgumentException("the variant declines another target experience or segment");
            }
        });
        return target.versionInForceAt(at)
                .map(central -> of(
                        target.id(),
                        target.brandId(),
                        segment,
                        at,
                        central,
                        variant.flatMap(v -> v.versionInForceAt(at))));
    }

    /** Applies {@code variant} (when present) to {@code central}: the pure resolution. */
    public static EffectiveTarget of(
            TargetExperienceId targetExperienceId,
            BrandId brandId,
            Optional<SegmentId> segmentId,
            Instant at,
            TargetExperienceVersion central,
            Optional<SegmentVariantVersion> variant) {
        VariantAdjustments adjustments =
                variant.map(SegmentVariantVersion::adjustments).orElse(VariantAdjustments.none());
        List<ResolvedCommitment> resolved = new ArrayList<>();
        for (Commitment commitment : central.commitments()) {
            if (adjustments.excludes(commitment.id())) {
                resolved.add(ResolvedCommitment.excluded(commitment));
            } else {
                resolved.add(adjustments
                        .overrideOf(commitment.id())
                        .map(o -> ResolvedCommitment.overridden(commitment, o))
                        .orElseGet(() -> ResolvedCommitment.inherited(commitment)));
            }
        }
        adjustments.additions().forEach(a -> resolved.add(ResolvedCommitment.added(a)));
        List<CommitmentId> inert = new ArrayList<>();
        adjustments.overrides().stream()
                .map(CommitmentOverride::commitmentId)
                .filter(id -> !central.promises(id))
                .forEach(inert::add);
        adjustments.exclusions().stream().filter(id -> !central.promises(id)).forEach(inert::add);
        return new EffectiveTarget(
                targetExperienceId,
                brandId,
                segmentId,
                at,
                central.number(),
                variant.map(v -> OptionalInt.of(v.number())).orElse(OptionalInt.empty()),
                resolved,
                inert);
    }

    /** The commitments that apply (all but the excluded ones). */
    public List<ResolvedCommitment> applying() {
        return commitments.stream().filter(ResolvedCommitment::applies).toList();
    }

    public Optional<ResolvedCommitment> commitment(CommitmentId id) {
        return commitments.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The commitment a measurement maps to; see {@link PromiseMatcher}. */
    public PromiseMatch promiseFor(TouchpointId touchpoint, JourneyPhase phase, ExperienceVariable variable) {
        return PromiseMatcher.match(this, touchpoint, phase, variable);
    }
}
