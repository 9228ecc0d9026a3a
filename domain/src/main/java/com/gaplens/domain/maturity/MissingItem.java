package com.gaplens.domain.maturity;

import com.gaplens.domain.shared.Require;

/**
 * A condition of the next stage that the evidence does not meet yet.
 *
 * @param stage the stage the condition belongs to
 * @param requirement the condition, typed (clients may branch on its kind)
 * @param text what falls short, in words
 */
public record MissingItem(MaturityStage stage, MaturityRequirement requirement, String text) {
    public MissingItem {
        Require.present(stage, "stage");
        Require.present(requirement, "requirement");
        Require.present(text, "text");
    }
}
