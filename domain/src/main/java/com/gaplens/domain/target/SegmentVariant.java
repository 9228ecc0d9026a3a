package com.gaplens.domain.target;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.DomainException;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The target experience of a brand declined for one of its segments: a draft of
 * {@link VariantAdjustments} and the immutable {@link SegmentVariantVersion}s published from it, each in
 * force from an instant. One per (target experience, segment), a rule kept by the repository. Aggregate
 * root.
 *
 * <p>Invariants, besides those of {@link VariantAdjustments}:
 * <ul>
 *   <li>the segment belongs to the target experience's brand ({@code UNKNOWN_SEGMENT}) and is active when
 *       the variant is created or published ({@code ARCHIVED_REFERENCE} on {@code segmentId});</li>
 *   <li>the draft is declined from, and checked against, the <em>latest published</em> central version,
 *       when revised and again when published: a variant may only override or exclude commitments that
 *       version has ({@code UNKNOWN_COMMITMENT}); nothing can be declined before the central target is
 *       published ({@code TARGET_NOT_PUBLISHED});</li>
 *   <li>additions name active values and touchpoints of the brand, like central commitments;</li>
 *   <li>an addition id in a draft is new or one of the variant's known additions ({@code UNKNOWN_COMMITMENT});</li>
 *   <li>a version is in force strictly after the previous one's start ({@code NOT_IN_FORCE_AFTER_PREVIOUS}).</li>
 * </ul>
 * A published variant version may later meet a central version in force that no longer has a commitment
 * it overrides or excludes (the central target moved on): such adjustments are inert, and the
 * {@link EffectiveTarget} lists them.
 */
public final class SegmentVariant {

    private final TenantId tenantId;
    private final SegmentVariantId id;
    private final TargetExperienceId targetExperienceId;
    private final BrandId brandId;
    private final SegmentId segmentId;
    private VariantAdjustments draft;
    private final List<SegmentVariantVersion> versions;
    private final Version version;

    private SegmentVariant(
            TenantId tenantId,
            SegmentVariantId id,
            TargetExperienceId targetExperienceId,
            BrandId brandId,
            SegmentId segmentId,
            VariantAdjustments draft,
            List<SegmentVariantVersion> versions,
            Version version) {
        this.tenantId = Require.present(tenantId, "tenantId");
        this.id = Require.present(id, "segmentVariantId");
        this.targetExperienceId = Require.present(targetExperienceId, "targetExperienceId");
        this.brandId = Require.present(brandId, "brandId");
        this.segmentId = Require.present(segmentId, "segmentId");
        this.draft = Require.present(draft, "draft");
        Require.noNulls(versions, "versions");
        this.version = Require.present(version, "version");
        this.versions = new ArrayList<>();
        for (SegmentVariantVersion published : versions) {
            append(published);
        }
    }

    /** A new variant of {@code target} for {@code segment}, its draft stating {@code adjustments}. */
    public static SegmentVariant create(
            TenantId tenantId,
            SegmentVariantId id,
            TargetExperience target,
            Segment segment,
            VariantDraft adjustments,
            Supplier<CommitmentId> newIds,
            PromiseReferences references) {
        Require.present(target, "target");
        Require.present(segment, "segment");
        if (!target.tenantId().equals(tenantId) || !segment.tenantId().equals(tenantId)) {
            throw new IllegalArgumentException("the target experience or the segment belongs to another tenant");
        }
        checkSegment(target, segment);
        SegmentVariant created = new SegmentVariant(
                tenantId,
                id,
                target.id(),
                target.brandId(),
                segment.id(),
                VariantAdjustments.none(),
                List.of(),
                Version.NEW);
        created.reviseDraft(adjustments, newIds, target, references);
        return created;
    }

    public static SegmentVariant restore(
            TenantId tenantId,
            SegmentVariantId id,
            TargetExperienceId targetExperienceId,
            BrandId brandId,
            SegmentId segmentId,
            VariantAdjustments draft,
            List<SegmentVariantVersion> versions,
            Version version) {
        return new SegmentVariant(tenantId, id, targetExperienceId, brandId, segmentId, draft, versions, version);
    }

    /** Replaces the draft, checked against the latest published version of {@code target}. */
    public void reviseDraft(
            VariantDraft adjustments,
            Supplier<CommitmentId> newIds,
            TargetExperience target,
            PromiseReferences references) {
        Require.present(adjustments, "adjustments");
        Require.present(newIds, "newIds");
        checkTarget(target, references);
        TargetExperienceVersion central = latestCentral(target);
        try {
            this.draft = checkedAdjustments(adjustments, newIds, central, references);
        } catch (DomainException e) {
            // the content of the adjustments is blamed under the name the caller gave them
            throw e.under("adjustments");
        }
    }

    private VariantAdjustments checkedAdjustments(
            VariantDraft adjustments,
            Supplier<CommitmentId> newIds,
            TargetExperienceVersion central,
            PromiseReferences references) {
        Set<CommitmentId> knownAdditions = knownAdditionIds();
        List<Commitment> additions = new ArrayList<>();
        for (int i = 0; i < adjustments.additions().size(); i++) {
            CommitmentDraft stated = adjustments.additions().get(i);
            String field = "additions[" + i + "]";
            CommitmentId assigned = stated.id().isEmpty()
                    ? Require.present(newIds.get(), "newId")
                    : known(stated.id().get(), knownAdditions, field + ".id");
            Commitment addition = stated.toCommitment(assigned);
            references.check(addition, field);
            additions.add(addition);
        }
        VariantAdjustments revised =
                new VariantAdjustments(adjustments.overrides(), additions, adjustments.exclusions());
        revised.checkAgainst(central);
        return revised;
    }

    /** Publishes the draft as the next version, in force from {@code inForceFrom}. */
    public SegmentVariantVersion publish(
            Instant inForceFrom,
            Instant publishedAt,
            TargetExperience target,
            Segment segment,
            PromiseReferences references) {
        Require.present(inForceFrom, "inForceFrom");
        Require.present(publishedAt, "publishedAt");
        checkTarget(target, references);
        Require.present(segment, "segment");
        if (!segment.id().equals(segmentId)) {
            throw new IllegalArgumentException("another segment");
        }
        checkSegment(target, segment);
        draft.checkAgainst(latestCentral(target));
        for (int i = 0; i < draft.additions().size(); i++) {
            references.check(draft.additions().get(i), "additions[" + i + "]");
        }
        SegmentVariantVersion published =
                new SegmentVariantVersion(versions.size() + 1, inForceFrom, publishedAt, draft);
        append(published);
        return published;
    }

    public Optional<SegmentVariantVersion> versionInForceAt(Instant at) {
        Require.present(at, "at");
        return InForce.at(versions, SegmentVariantVersion::inForceFrom, at);
    }

    public Optional<SegmentVariantVersion> latestVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    public Optional<SegmentVariantVersion> publishedVersion(int number) {
        return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
    }

    public boolean hasUnpublishedChanges() {
        return latestVersion().map(v -> !v.adjustments().equals(draft)).orElse(true);
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public SegmentVariantId id() {
        return id;
    }

    public TargetExperienceId targetExperienceId() {
        return targetExperienceId;
    }

    public BrandId brandId() {
        return brandId;
    }

    public SegmentId segmentId() {
        return segmentId;
    }

    public VariantAdjustments draft() {
        return draft;
    }

    /** The published versions, oldest first. */
    public List<SegmentVariantVersion> versions() {
        return List.copyOf(versions);
    }

    public Version version() {
        return version;
    }

    private Set<CommitmentId> knownAdditionIds() {
        Set<CommitmentId> known = new HashSet<>();
        draft.additions().forEach(c -> known.add(c.id()));
        versions.forEach(v -> v.adjustments().additions().forEach(c -> known.add(c.id())));
        return known;
    }

    private static CommitmentId known(CommitmentId id, Set<CommitmentId> known, String field) {
        if (!known.contains(id)) {
            throw new InvalidInputException(
                    "UNKNOWN_COMMITMENT", field, "the variant has no added commitment " + id + " to revise");
        }
        return id;
    }

    private static TargetExperienceVersion latestCentral(TargetExperience target) {
        return target.latestVersion()
                .orElseThrow(() -> new ConflictException(
                        "TARGET_NOT_PUBLISHED",
                        "targetExperienceId",
                        "the target experience has no published version to decline yet"));
    }

    private static void checkSegment(TargetExperience target, Segment segment) {
        if (!segment.brandId().equals(target.brandId())) {
            throw new InvalidInputException(
                    "UNKNOWN_SEGMENT",
                    "segmentId",
                    "the brand of the target experience has no segment " + segment.id());
        }
        segment.requireUsable("segmentId");
    }

    private void checkTarget(TargetExperience target, PromiseReferences references) {
        Require.present(target, "target");
        Require.present(references, "references");
        if (!target.id().equals(targetExperienceId) || !target.tenantId().equals(tenantId)) {
            throw new IllegalArgumentException("another target experience");
        }
        if (!references.brandId().equals(brandId)) {
            throw new IllegalArgumentException("the references belong to another brand");
        }
        references.brand().requireUsable("brandId");
    }

    private void append(SegmentVariantVersion next) {
        if (next.number() != versions.size() + 1) {
            throw new IllegalArgumentException("published versions are numbered 1, 2, … without gaps");
        }
        latestVersion().ifPresent(previous -> {
            if (!next.inForceFrom().isAfter(previous.inForceFrom())) {
                throw new InvalidInputException(
                        "NOT_IN_FORCE_AFTER_PREVIOUS",
                        "inForceFrom",
                        "version " + next.number() + " must come into force strictly after version " + previous.number()
                                + " (in force from " + previous.inForceFrom() + "), got " + next.inForceFrom());
            }
        });
        versions.add(next);
    }
}
