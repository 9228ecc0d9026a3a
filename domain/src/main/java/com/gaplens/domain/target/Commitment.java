package com.gaplens.domain.target;

import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.touchpoint.TouchpointId;

/**
 * A promise of the target experience: a {@link TargetLevel} on one {@link ExperienceVariable}, within a
 * {@link CommitmentScope}, said in a {@link Wording}, and rooted in the brand value it embodies. That the
 * value belongs to the brand (and is not archived) is checked where commitments are drafted, against the
 * brand ({@link PromiseReferences}).
 */
public record Commitment(
        CommitmentId id,
        BrandValueId brandValue,
        ExperienceVariable variable,
        CommitmentScope scope,
        TargetLevel targetLevel,
        Wording wording) {

    public Commitment {
        Require.present(id, "id");
        Require.present(brandValue, "brandValue");
        Require.present(variable, "variable");
        Require.present(scope, "scope");
        Require.present(targetLevel, "targetLevel");
        Require.present(wording, "wording");
    }

    /** Whether a measurement of {@code measured} at {@code touchpoint}, in {@code phase}, falls under this commitment. */
    public boolean covers(TouchpointId touchpoint, JourneyPhase phase, ExperienceVariable measured) {
        return variable == measured && scope.covers(touchpoint, phase);
    }

    /** Whether both commitments could be the most specific one for the same measurement. */
    public boolean overlaps(Commitment other) {
        return variable == other.variable && scope.overlaps(other.scope);
    }

    public Specificity specificity() {
        return scope.specificity();
    }

    public Commitment withTargetLevel(TargetLevel level) {
        return new Commitment(id, brandValue, variable, scope, level, wording);
    }

    public Commitment withWording(Wording newWording) {
        return new Commitment(id, brandValue, variable, scope, targetLevel, newWording);
    }
}
