package com.gaplens.application.service;

import static com.gaplens.application.service.Lookups.atVersion;
import static com.gaplens.application.service.Lookups.found;

import com.gaplens.application.listing.Page;
import com.gaplens.application.port.in.DraftTargetExperienceUseCase;
import com.gaplens.application.port.in.GetTargetExperienceOfBrandUseCase;
import com.gaplens.application.port.in.GetTargetExperienceUseCase;
import com.gaplens.application.port.in.ListTargetExperiencesUseCase;
import com.gaplens.application.port.in.PublishTargetExperienceUseCase;
import com.gaplens.application.port.in.UpdateTargetExperienceDraftUseCase;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.IdGenerator;
import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.application.port.out.TouchpointRepository;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.target.CommitmentId;
import com.gaplens.domain.target.PromiseReferences;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.target.TargetExperienceId;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Target experiences: drafting, revising and publishing the promise of a brand. */
public final class TargetExperienceService
        implements DraftTargetExperienceUseCase,
                UpdateTargetExperienceDraftUseCase,
                PublishTargetExperienceUseCase,
                GetTargetExperienceUseCase,
                GetTargetExperienceOfBrandUseCase,
                ListTargetExperiencesUseCase {

    static final String NOT_FOUND = "TARGET_EXPERIENCE_NOT_FOUND";
    static final String DUPLICATE = "DUPLICATE_TARGET_EXPERIENCE";

    private final TargetExperienceRepository targets;
    private final PromiseReferenceLoader references;
    private final IdGenerator ids;
    private final Clock clock;
    private final PromiseChanges changes;

    public TargetExperienceService(
            TargetExperienceRepository targets,
            BrandRepository brands,
            TouchpointRepository touchpoints,
            IdGenerator ids,
            Clock clock,
            PromiseChanges changes) {
        this.changes = Require.present(changes, "changes");
        this.targets = Require.present(targets, "targets");
        this.references = new PromiseReferenceLoader(
                Require.present(brands, "brands"), Require.present(touchpoints, "touchpoints"));
        this.ids = Require.present(ids, "ids");
        this.clock = Require.present(clock, "clock");
    }

    @Override
    public TargetExperience draftTargetExperience(DraftTargetExperienceCommand command) {
        PromiseReferences refs = references.forNamedBrand(
                command.tenant(), command.brandId(), PromiseReferences.touchpointsNamedBy(command.commitments()));
        if (targets.findByBrand(command.tenant(), command.brandId()).isPresent()) {
            throw new ConflictException(
                    DUPLICATE,
                    "brandId",
                    "brand " + command.brandId() + " already has a target experience: revise its draft");
        }
        TargetExperience target = TargetExperience.create(
                command.tenant(), new TargetExperienceId(ids.newId()), command.commitments(), newCommitmentIds(), refs);
        return targets.save(command.tenant(), target);
    }

    @Override
    public TargetExperience updateTargetExperienceDraft(UpdateTargetExperienceDraftCommand command) {
        TargetExperience target = existing(command.tenant(), command.targetExperienceId(), command.expectedVersion());
        PromiseReferences refs = references.forStoredBrand(
                command.tenant(), target.brandId(), PromiseReferences.touchpointsNamedBy(command.commitments()));
        target.reviseDraft(command.commitments(), newCommitmentIds(), refs);
        return targets.save(command.tenant(), target);
    }

    @Override
    public TargetExperience publishTargetExperience(PublishTargetExperienceCommand command) {
        TargetExperience target = existing(command.tenant(), command.targetExperienceId(), command.expectedVersion());
        PromiseReferences refs = references.forStoredBrand(
                command.tenant(), target.brandId(), PromiseReferences.touchpointsOf(target.draft()));
        Instant now = clock.now();
        Instant inForceFrom = command.inForceFrom().orElse(now);
        target.publish(inForceFrom, now, refs);
        changes.beforePublishing(command.tenant(), target.brandId(), Optional.empty(), inForceFrom);
        TargetExperience stored = targets.save(command.tenant(), target);
        changes.afterPublishing(command.tenant(), target.brandId(), Optional.empty(), inForceFrom);
        return stored;
    }

    @Override
    public Optional<TargetExperience> getTargetExperience(GetTargetExperienceQuery query) {
        return targets.find(query.tenant(), query.targetExperienceId());
    }

    @Override
    public Optional<TargetExperience> getTargetExperienceOfBrand(GetTargetExperienceOfBrandQuery query) {
        return targets.findByBrand(query.tenant(), query.brandId());
    }

    @Override
    public Page<TargetExperience> listTargetExperiences(ListTargetExperiencesQuery query) {
        return targets.list(query.tenant(), query.filter(), query.page());
    }

    private TargetExperience existing(TenantId tenant, TargetExperienceId id, Version expected) {
        TargetExperience target = found(targets.find(tenant, id), NOT_FOUND, "targetExperienceId", id);
        return atVersion(target, target.version(), expected);
    }

    private Supplier<CommitmentId> newCommitmentIds() {
        return () -> new CommitmentId(ids.newId());
    }
}
