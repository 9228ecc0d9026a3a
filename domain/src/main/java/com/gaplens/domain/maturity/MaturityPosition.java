package com.gaplens.domain.maturity;

import com.gaplens.domain.shared.Require;
import java.util.List;
import java.util.Optional;

/**
 * Where the evidence puts a brand on the ladder.
 *
 * @param stage the highest stage whose conditions, and those of every lower stage, are all met
 * @param evidenceBehind the conditions met that put it there (empty at {@link MaturityStage#OVERLAY}, which needs none)
 * @param nextStage the stage above, if any
 * @param missingForNextStage the conditions of the next stage not met yet (empty at the top)
 * @param alsoInPlace practices in place that no condition up to {@code stage} asks for — co-creation, or the
 *     practice of a higher stage already started; worth reporting, but they do not move the stage on their own
 */
public record MaturityPosition(
        MaturityStage stage,
        List<MaturityRequirement> evidenceBehind,
        Optional<MaturityStage> nextStage,
        List<MissingItem> missingForNextStage,
        List<ExperiencePractice> alsoInPlace) {

    public MaturityPosition {
        Require.present(stage, "stage");
        evidenceBehind = List.copyOf(evidenceBehind);
        Require.present(nextStage, "nextStage");
        missingForNextStage = List.copyOf(missingForNextStage);
        alsoInPlace = List.copyOf(alsoInPlace);
    }
}
