package com.gaplens.domain.target;

import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import java.util.Optional;

/**
 * A segment's own target level and/or wording for a central commitment; what it does not state is
 * inherited. An override that states neither is refused ({@code EMPTY_OVERRIDE}, blaming the override
 * itself).
 */
public record CommitmentOverride(
        CommitmentId commitmentId, Optional<TargetLevel> targetLevel, Optional<Wording> wording) {

    public CommitmentOverride {
        Require.present(commitmentId, "commitmentId");
        Require.present(targetLevel, "targetLevel");
        Require.present(wording, "wording");
        if (targetLevel.isEmpty() && wording.isEmpty()) {
            throw new InvalidInputException(
                    "EMPTY_OVERRIDE", null, "an override changes the target level, the wording or both");
        }
    }

    public static CommitmentOverride level(CommitmentId commitmentId, TargetLevel level) {
        return new CommitmentOverride(commitmentId, Optional.of(level), Optional.empty());
    }

    public static CommitmentOverride wording(CommitmentId commitmentId, Wording wording) {
        return new CommitmentOverride(commitmentId, Optional.empty(), Optional.of(wording));
    }

    /** The central commitment as this override changes it. */
    public Commitment applyTo(Commitment central) {
        Commitment changed = central;
        if (targetLevel.isPresent()) {
            changed = changed.withTargetLevel(targetLevel.get());
        }
        if (wording.isPresent()) {
            changed = changed.withWording(wording.get());
        }
        return changed;
    }
}
