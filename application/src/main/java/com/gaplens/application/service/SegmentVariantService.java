package com.gaplens.application.service;

import static com.gaplens.application.service.Lookups.atVersion;
import static com.gaplens.application.service.Lookups.found;

import com.gaplens.application.listing.Page;
import com.gaplens.application.port.in.DraftSegmentVariantUseCase;
import com.gaplens.application.port.in.GetSegmentVariantUseCase;
import com.gaplens.application.port.in.ListSegmentVariantsUseCase;
import com.gaplens.application.port.in.PublishSegmentVariantUseCase;
import com.gaplens.application.port.in.UpdateSegmentVariantDraftUseCase;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.IdGenerator;
import com.gaplens.application.port.out.SegmentRepository;
import com.gaplens.application.port.out.SegmentVariantRepository;
import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.application.port.out.TouchpointRepository;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.target.CommitmentId;
import com.gaplens.domain.target.PromiseReferences;
import com.gaplens.domain.target.SegmentVariant;
import com.gaplens.domain.target.SegmentVariantId;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.target.TargetExperienceId;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Segment variants: declining the target experience of a brand for one of its segments. */
public final class SegmentVariantService
        implements DraftSegmentVariantUseCase,
                UpdateSegmentVariantDraftUseCase,
                PublishSegmentVariantUseCase,
                GetSegmentVariantUseCase,
                ListSegmentVariantsUseCase {

    static final String NOT_FOUND = "SEGMENT_VARIANT_NOT_FOUND";
    static final String DUPLICATE = "DUPLICATE_SEGMENT_VARIANT";

    private final SegmentVariantRepository variants;
    private final TargetExperienceRepository targets;
    private final SegmentRepository segments;
    private final PromiseReferenceLoader references;
    private final IdGenerator ids;
    private final Clock clock;
    private final PromiseChanges changes;

    public SegmentVariantService(
            SegmentVariantRepository variants,
            TargetExperienceRepository targets,
            SegmentRepository segments,
            BrandRepository brands,
            TouchpointRepository touchpoints,
            IdGenerator ids,
            Clock clock,
            PromiseChanges changes) {
        this.changes = Require.present(changes, "changes");
        this.variants = Require.present(variants, "variants");
        this.targets = Require.present(targets, "targets");
        this.segments = Require.present(segments, "segments");
        this.references = new PromiseReferenceLoader(
                Require.present(brands, "brands"), Require.present(touchpoints, "touchpoints"));
        this.ids = Require.present(ids, "ids");
        this.clock = Require.present(clock, "clock");
    }

    @Override
    public SegmentVariant draftSegmentVariant(DraftSegmentVariantCommand command) {
        TenantId tenant = command.tenant();
        TargetExperience target = found(
                targets.find(tenant, command.targetExperienceId()),
                TargetExperienceService.NOT_FOUND,
                "targetExperienceId",
                command.targetExperienceId());
        Segment segment = found(
                segments.find(tenant, command.segmentId()), SegmentService.NOT_FOUND, "segmentId", command.segmentId());
        if (variants.findFor(tenant, target.id(), segment.id()).isPresent()) {
            throw new ConflictException(
                    DUPLICATE,
                    "segmentId",
                    "segment " + segment.id() + " already has a variant of this target experience: revise its draft");
        }
        PromiseReferences refs = references.forStoredBrand(
                tenant,
                target.brandId(),
                PromiseReferences.touchpointsNamedBy(command.adjustments().additions()));
        SegmentVariant variant = SegmentVariant.create(
                tenant,
                new SegmentVariantId(ids.newId()),
                target,
                segment,
                command.adjustments(),
                newCommitmentIds(),
                refs);
        return variants.save(tenant, variant);
    }

    @Override
    public SegmentVariant updateSegmentVariantDraft(UpdateSegmentVariantDraftCommand command) {
        TenantId tenant = command.tenant();
        SegmentVariant variant = existing(tenant, command.segmentVariantId(), command.expectedVersion());
        TargetExperience target = storedTarget(tenant, variant.targetExperienceId());
        PromiseReferences refs = references.forStoredBrand(
                tenant,
                variant.brandId(),
                PromiseReferences.touchpointsNamedBy(command.adjustments().additions()));
        variant.reviseDraft(command.adjustments(), newCommitmentIds(), target, refs);
        return variants.save(tenant, variant);
    }

    @Override
    public SegmentVariant publishSegmentVariant(PublishSegmentVariantCommand command) {
        TenantId tenant = command.tenant();
        SegmentVariant variant = existing(tenant, command.segmentVariantId(), command.expectedVersion());
        TargetExperience target = storedTarget(tenant, variant.targetExperienceId());
        Segment segment = segments.find(tenant, variant.segmentId())
                .orElseThrow(() -> new IllegalStateException(
                        "segment " + variant.segmentId() + " of a stored variant is missing"));
        PromiseReferences refs = references.forStoredBrand(
                tenant,
                variant.brandId(),
                PromiseReferences.touchpointsOf(variant.draft().additions()));
        Instant now = clock.now();
        Instant inForceFrom = command.inForceFrom().orElse(now);
        variant.publish(inForceFrom, now, target, segment, refs);
        changes.beforePublishing(tenant, variant.brandId(), Optional.of(variant.segmentId()), inForceFrom);
        SegmentVariant stored = variants.save(tenant, variant);
        changes.afterPublishing(tenant, variant.brandId(), Optional.of(variant.segmentId()), inForceFrom);
        return stored;
    }

    @Override
    public Optional<SegmentVariant> getSegmentVariant(GetSegmentVariantQuery query) {
        return variants.find(query.tenant(), query.segmentVariantId());
    }

    @Override
    public Page<SegmentVariant> listSegmentVariants(ListSegmentVariantsQuery query) {
        return variants.list(query.tenant(), query.filter(), query.page());
    }

    private SegmentVariant existing(TenantId tenant, SegmentVariantId id, Version expected) {
        SegmentVariant variant = found(variants.find(tenant, id), NOT_FOUND, "segmentVariantId", id);
        return atVersion(variant, variant.version(), expected);
    }

    private TargetExperience storedTarget(TenantId tenant, TargetExperienceId id) {
        return targets.find(tenant, id)
                .orElseThrow(
                        () -> new IllegalStateException("target experience " + id + " of a stored variant is missing"));
    }

    private Supplier<CommitmentId> newCommitmentIds() {
        return () -> new CommitmentId(ids.newId());
    }
}
