package com.gaplens.domain.target;

import com.gaplens.domain.shared.Require;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The wording of every commitment a brand's promise names — the central ones and those its segment variants add —
 * which is how views label a commitment. A measurement may be judged against either kind, so a label looked up among
 * the central commitments alone would miss every addition.
 *
 * <p>A commitment's wording is that of the latest published version naming it: a central version for a central
 * commitment, a version of the variant that adds it for an addition; a commitment no version names yet takes its
 * draft's wording. A segment's override of a central commitment's wording is that segment's reading, not the
 * commitment's label: it is shown by the effective target, not here.
 */
public final class CommitmentWordings {

    private static final CommitmentWordings NONE = new CommitmentWordings(Map.of());

    private final Map<CommitmentId, Wording> wordings;

    private CommitmentWordings(Map<CommitmentId, Wording> wordings) {
        this.wordings = Map.copyOf(wordings);
    }

    /** No commitment: a brand without a target experience. */
    public static CommitmentWordings none() {
        return NONE;
    }

    /**
     * The wordings of {@code target}'s commitments and of the additions of {@code variants}, which must all decline
     * that target.
     */
    public static CommitmentWordings of(TargetExperience target, Collection<SegmentVariant> variants) {
        Require.present(target, "target");
        Require.noNulls(variants, "variants");
        Map<CommitmentId, Wording> wordings = new HashMap<>();
        name(wordings, target.draft());
        target.versions().forEach(version -> name(wordings, version.commitments()));
        for (SegmentVariant variant : variants) {
            if (!variant.targetExperienceId().equals(target.id())) {
                throw new IllegalArgumentException(
                        "variant " + variant.id() + " declines another target experience than " + target.id());
            }
            name(wordings, variant.draft().additions());
            variant.versions()
                    .forEach(version -> name(wordings, version.adjustments().additions()));
        }
        return new CommitmentWordings(wordings);
    }

    /** The wording of commitment {@code id}; empty when this promise never named it. */
    public Optional<Wording> of(CommitmentId id) {
        Require.present(id, "commitmentId");
        return Optional.ofNullable(wordings.get(id));
    }

    /** Later sources (published versions, oldest first) overwrite earlier ones (the draft, older versions). */
    private static void name(Map<CommitmentId, Wording> wordings, List<Commitment> commitments) {
        commitments.forEach(commitment -> wordings.put(commitment.id(), commitment.wording()));
    }
}
