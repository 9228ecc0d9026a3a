package com.gaplens.domain.target;

import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a segment variant changes in the central target: overrides, additions, exclusions.
 *
 * <p>On their own (checked here): no commitment overridden or excluded twice ({@code DUPLICATE_COMMITMENT}),
 * none both overridden and excluded ({@code CONFLICTING_ADJUSTMENTS}), additions with distinct ids and
 * not ambiguous among themselves ({@code AMBIGUOUS_PROMISE}). Against the central version they are
 * declined from ({@link #checkAgainst}): overrides and exclusions name commitments of that version
 * ({@code UNKNOWN_COMMITMENT}), additions do not reuse their ids ({@code DUPLICATE_COMMITMENT}) and are not
 * ambiguous with the central commitments that still apply ({@code AMBIGUOUS_PROMISE}).
 */
public record VariantAdjustments(
        List<CommitmentOverride> overrides, List<Commitment> additions, List<CommitmentId> exclusions) {

    public VariantAdjustments {
        Require.noNulls(overrides, "overrides");
        Require.noNulls(additions, "additions");
        Require.noNulls(exclusions, "exclusions");
        overrides = List.copyOf(overrides);
        additions = List.copyOf(additions);
        exclusions = List.copyOf(exclusions);
        Commitments.checkCount(additions.size(), "additions");
        Commitments.checkUniqueIds(overrides, CommitmentOverride::commitmentId, "overrides");
        Commitments.checkUniqueIds(exclusions, id -> id, "exclusions");
        Commitments.checkUniqueIds(additions, Commitment::id, "additions");
        Set<CommitmentId> overridden = new HashSet<>();
        overrides.forEach(o -> overridden.add(o.commitmentId()));
        for (int i = 0; i < exclusions.size(); i++) {
            if (overridden.contains(exclusions.get(i))) {
                throw new InvalidInputException(
                        "CONFLICTING_ADJUSTMENTS",
                        "exclusions[" + i + "]",
                        "commitment " + exclusions.get(i) + " cannot be both overridden and excluded");
            }
        }
        for (int i = 0; i < additions.size(); i++) {
            CommitmentId id = additions.get(i).id();
            if (overridden.contains(id) || exclusions.contains(id)) {
                throw new InvalidInputException(
                        "DUPLICATE_COMMITMENT",
                        "additions[" + i + "].id",
                        "commitment " + id + " is both added and adjusted");
            }
        }
        Commitments.checkUnambiguous(additions, "additions");
    }

    public static VariantAdjustments none() {
        return new VariantAdjustments(List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return overrides.isEmpty() && additions.isEmpty() && exclusions.isEmpty();
    }

    public Optional<CommitmentOverride> overrideOf(CommitmentId id) {
        return overrides.stream().filter(o -> o.commitmentId().equals(id)).findFirst();
    }

    public boolean excludes(CommitmentId id) {
        return exclusions.contains(id);
    }

    /** Checks these adjustments against the central version they are declined from (see the type's documentation). */
    public void checkAgainst(TargetExperienceVersion central) {
        Require.present(central, "central");
        for (int i = 0; i < overrides.size(); i++) {
            CommitmentId id = overrides.get(i).commitmentId();
            if (!central.promises(id)) {
                throw unknown(id, "overrides[" + i + "].commitmentId", central);
            }
        }
        for (int i = 0; i < exclusions.size(); i++) {
            if (!central.promises(exclusions.get(i))) {
                throw unknown(exclusions.get(i), "exclusions[" + i + "]", central);
            }
        }
        List<Commitment> applying =
                central.commitments().stream().filter(c -> !excludes(c.id())).toList();
        for (int i = 0; i < additions.size(); i++) {
            Commitment addition = additions.get(i);
            if (central.promises(addition.id())) {
                throw new InvalidInputException(
                        "DUPLICATE_COMMITMENT",
                        "additions[" + i + "].id",
                        "commitment " + addition.id() + " is a central commitment");
            }
            for (Commitment c : applying) {
                if (addition.overlaps(c)) {
                    throw Commitments.ambiguous(addition, c, "additions[" + i + "].scope");
                }
            }
        }
    }

    private static InvalidInputException unknown(CommitmentId id, String field, TargetExperienceVersion central) {
        return new InvalidInputException(
                "UNKNOWN_COMMITMENT",
                field,
                "version " + central.number() + " of the target experience has no commitment " + id);
    }
}
