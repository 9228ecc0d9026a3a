package com.gaplens.domain.maturity;

import com.gaplens.domain.shared.Require;
import java.util.OptionalDouble;

/**
 * How a brand moved between two of its assessments.
 *
 * @param from the stage of the earlier assessment
 * @param to the stage of the later one
 * @param stepsClimbed rungs climbed (negative when the brand fell back)
 * @param meanAbsoluteSymmetryGapChange later − earlier mean absolute symmetry gap (negative: the gap narrowed); empty
 *     unless both assessments have one
 */
public record MaturityProgress(
        MaturityStage from, MaturityStage to, int stepsClimbed, OptionalDouble meanAbsoluteSymmetryGapChange) {
    public MaturityProgress {
        Require.present(from, "from");
        Require.present(to, "to");
        Require.present(meanAbsoluteSymmetryGapChange, "meanAbsoluteSymmetryGapChange");
    }
}
