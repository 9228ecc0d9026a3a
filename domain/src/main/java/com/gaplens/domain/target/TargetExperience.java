package com.gaplens.domain.target;

import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
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
 * The experience a brand promises: a <em>draft</em> of commitments that its administrators edit, and the
 * immutable {@link TargetExperienceVersion}s published from it, each in force from an instant. One per
 * brand (a rule that spans aggregates, kept by the repository). Aggregate root.
 *
 * <p>Invariants:
 * <ul>
 *   <li>every commitment names an active value of the brand and active touchpoints of the brand
 *       ({@code UNKNOWN_BRAND_VALUE}, {@code UNKNOWN_TOUCHPOINT}, {@code ARCHIVED_REFERENCE}), checked
 *       when the draft is revised and again when it is published;</li>
 *   <li>no two commitments of the draft (or of a version) are ambiguous: same variable, same
 *       specificity, overlapping scopes ({@code AMBIGUOUS_PROMISE}). Promise matching therefore never
 *       has to choose between two central commitments;</li>
 *   <li>a commitment id in a draft is either new (the draft states none) or one the target experience
 *       already knows, in its draft or in a published version ({@code UNKNOWN_COMMITMENT}); a commitment
 *       keeps its id across versions, which is what segment variants refer to;</li>
 *   <li>a published version has at least one commitment ({@code EMPTY_TARGET_EXPERIENCE}) and is in force
 *       strictly after the previous version's start ({@code NOT_IN_FORCE_AFTER_PREVIOUS});</li>
 *   <li>published versions are numbered 1, 2, … and never change nor disappear;</li>
 *   <li>nothing is drafted or published for an archived brand ({@code ARCHIVED_REFERENCE} on
 *       {@code brandId}).</li>
 * </ul>
 */
public final class TargetExperience {

    private final TenantId tenantId;
    private final TargetExperienceId id;
    private final BrandId brandId;
    private List<Commitment> draft;
    private final List<TargetExperienceVersion> versions;
    private final Version version;

    private TargetExperience(
            TenantId tenantId,
            TargetExperienceId id,
            BrandId brandId,
            List<Commitment> draft,
            List<TargetExperienceVersion> versions,
            Version version) {
        this.tenantId = Require.present(tenantId, "tenantId");
        this.id = Require.present(id, "targetExperienceId");
        this.brandId = Require.present(brandId, "brandId");
        Require.noNulls(draft, "commitments");
        Require.noNulls(versions, "versions");
        this.version = Require.present(version, "version");
        this.draft = List.copyOf(draft);
        Commitments.checkUniqueIds(this.draft, Commitment::id, "commitments");
        Commitments.checkUnambiguous(this.draft, "commitments");
        this.versions = new ArrayList<>();
        for (TargetExperienceVersion published : versions) {
            append(published);
        }
    }

    /**
     * A new target experience of {@code references.brand()} whose draft states {@code commitments}; nothing
     * is published yet. New commitments get ids from {@code newIds}.
     */
    public static TargetExperience create(
            TenantId tenantId,
            TargetExperienceId id,
            List<CommitmentDraft> commitments,
            Supplier<CommitmentId> newIds,
            PromiseReferences references) {
        Require.present(references, "references");
        Brand brand = references.brand();
        if (!brand.tenantId().equals(tenantId)) {
            throw new IllegalArgumentException("the brand belongs to another tenant");
        }
        brand.requireUsable("brandId");
        TargetExperience created = new TargetExperience(tenantId, id, brand.id(), List.of(), List.of(), Version.NEW);
        created.reviseDraft(commitments, newIds, references);
        return created;
    }

    /** Rebuilds a stored target experience; its invariants are checked again. */
    public static TargetExperience restore(
            TenantId tenantId,
            TargetExperienceId id,
            BrandId brandId,
            List<Commitment> draft,
            List<TargetExperienceVersion> versions,
            Version version) {
        return new TargetExperience(tenantId, id, brandId, draft, versions, version);
    }

    /**
     * Replaces the draft by {@code commitments} (in that order). Failures blame {@code commitments[i]…}
     * by the index in the list given.
     */
    public void reviseDraft(
            List<CommitmentDraft> commitments, Supplier<CommitmentId> newIds, PromiseReferences references) {
        Require.noNulls(commitments, "commitments");
        Require.present(newIds, "newIds");
        checkBrand(references);
        Commitments.checkCount(commitments.size(), "commitments");
        Set<CommitmentId> known = knownCommitmentIds();
        List<Commitment> revised = new ArrayList<>(commitments.size());
        Set<CommitmentId> used = new HashSet<>();
        for (int i = 0; i < commitments.size(); i++) {
            CommitmentDraft stated = commitments.get(i);
            String field = "commitments[" + i + "]";
            Commitment commitment = stated.toCommitment(assignId(stated, known, newIds, field + ".id"));
            if (!used.add(commitment.id())) {
                throw new InvalidInputException(
                        "DUPLICATE_COMMITMENT", field + ".id", "commitment " + commitment.id() + " is listed twice");
            }
            references.check(commitment, field);
            revised.add(commitment);
        }
        Commitments.checkUnambiguous(revised, "commitments");
        this.draft = List.copyOf(revised);
    }

    /**
     * Publishes the draft as the next version, in force from {@code inForceFrom}. The draft stays as the
     * starting point of the next revision.
     */
    public TargetExperienceVersion publish(Instant inForceFrom, Instant publishedAt, PromiseReferences references) {
        Require.present(inForceFrom, "inForceFrom");
        Require.present(publishedAt, "publishedAt");
        checkBrand(references);
        if (draft.isEmpty()) {
            throw new InvalidInputException(
                    "EMPTY_TARGET_EXPERIENCE",
                    "commitments",
                    "a target experience needs at least one commitment to be published");
        }
        for (int i = 0; i < draft.size(); i++) {
            references.check(draft.get(i), "commitments[" + i + "]");
        }
        TargetExperienceVersion published =
                new TargetExperienceVersion(versions.size() + 1, inForceFrom, publishedAt, draft);
        append(published);
        return published;
    }

    /** The version in force at {@code at}: the last one whose start is at or before it. */
    public Optional<TargetExperienceVersion> versionInForceAt(Instant at) {
        Require.present(at, "at");
        return InForce.at(versions, TargetExperienceVersion::inForceFrom, at);
    }

    /** The most recently published version (which may not be in force yet). */
    public Optional<TargetExperienceVersion> latestVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    public Optional<TargetExperienceVersion> publishedVersion(int number) {
        return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
    }

    /** Whether the draft differs from the latest published version (or nothing was published yet). */
    public boolean hasUnpublishedChanges() {
        return latestVersion().map(v -> !v.commitments().equals(draft)).orElse(true);
    }

    /** Every commitment id the draft or any published version holds. */
    public Set<CommitmentId> knownCommitmentIds() {
        Set<CommitmentId> known = new HashSet<>();
        draft.forEach(c -> known.add(c.id()));
        versions.forEach(v -> v.commitments().forEach(c -> known.add(c.id())));
        return known;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public TargetExperienceId id() {
        return id;
    }

    public BrandId brandId() {
        return brandId;
    }

    /** The draft commitments, in order. */
    public List<Commitment> draft() {
        return draft;
    }

    /** The published versions, oldest first. */
    public List<TargetExperienceVersion> versions() {
        return List.copyOf(versions);
    }

    public Version version() {
        return version;
    }

    private void append(TargetExperienceVersion next) {
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

    private void checkBrand(PromiseReferences references) {
        Require.present(references, "references");
        if (!references.brandId().equals(brandId)
                || !references.brand().tenantId().equals(tenantId)) {
            throw new IllegalArgumentException("the references belong to another brand");
        }
        references.brand().requireUsable("brandId");
    }

    private static CommitmentId assignId(
            CommitmentDraft stated, Set<CommitmentId> known, Supplier<CommitmentId> newIds, String field) {
        if (stated.id().isEmpty()) {
            return Require.present(newIds.get(), "newId");
        }
        CommitmentId id = stated.id().get();
        if (!known.contains(id)) {
            throw new InvalidInputException("UNKNOWN_COMMITMENT", field, "no commitment " + id + " to revise");
        }
        return id;
    }
}
