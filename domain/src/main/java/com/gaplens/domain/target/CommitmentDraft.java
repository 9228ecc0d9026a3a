package com.gaplens.domain.target;

import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.shared.Require;
import java.util.Optional;

/**
 * A commitment as a draft states it: without an id for a new commitment, with the id of a commitment the
 * target experience (or variant) already knows to revise it while keeping its identity.
 */
public record CommitmentDraft(
        Optional<CommitmentId> id,
        BrandValueId brandValue,
        ExperienceVariable variable,
        CommitmentScope scope,
        TargetLevel targetLevel,
        Wording wording) {

    public CommitmentDraft {
        Require.present(id, "id");
        Require.present(brandValue, "brandValue");
        Require.present(variable, "variable");
        Require.present(scope, "scope");
        Require.present(targetLevel, "targetLevel");
        Require.present(wording, "wording");
    }

    public static CommitmentDraft of(
            BrandValueId brandValue,
            ExperienceVariable variable,
            CommitmentScope scope,
            TargetLevel targetLevel,
            Wording wording) {
        return new CommitmentDraft(Optional.empty(), brandValue, variable, scope, targetLevel, wording);
    }

    public static CommitmentDraft of(Commitment existing) {
        return new CommitmentDraft(
                Optional.of(existing.id()),
                existing.brandValue(),
                existing.variable(),
                existing.scope(),
                existing.targetLevel(),
                existing.wording());
    }

    Commitment toCommitment(CommitmentId assigned) {
        return new Commitment(assigned, brandValue, variable, scope, targetLevel, wording);
    }
}
