package com.gaplens.domain.testdata;

import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.target.Commitment;
import com.gaplens.domain.target.CommitmentDraft;
import com.gaplens.domain.target.CommitmentId;
import com.gaplens.domain.target.CommitmentScope;
import com.gaplens.domain.target.TargetLevel;
import com.gaplens.domain.target.Wording;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.Optional;

/**
 * Builds commitments and commitment drafts. By default: embodies {@link TestIds#SIMPLICITY}, on
 * ACCESS_EASY, variable-wide, target level 80, worded "Easy to reach", no id (a new commitment).
 */
public final class CommitmentBuilder {

    private Optional<CommitmentId> id = Optional.empty();
    private BrandValueId value = TestIds.SIMPLICITY;
    private ExperienceVariable variable = ExperienceVariable.ACCESS_EASY;
    private CommitmentScope scope = CommitmentScope.variableWide();
    private double level = 80;
    private String wording = "Easy to reach";

    public static CommitmentBuilder aCommitment() {
        return new CommitmentBuilder();
    }

    public CommitmentBuilder withId(String value) {
        this.id = Optional.of(new CommitmentId(value));
        return this;
    }

    public CommitmentBuilder embodying(BrandValueId brandValue) {
        this.value = brandValue;
        return this;
    }

    public CommitmentBuilder on(ExperienceVariable value) {
        this.variable = value;
        return this;
    }

    public CommitmentBuilder variableWide() {
        this.scope = CommitmentScope.variableWide();
        return this;
    }

    public CommitmentBuilder inPhase(JourneyPhase phase) {
        this.scope = CommitmentScope.phase(phase);
        return this;
    }

    public CommitmentBuilder at(TouchpointId first, TouchpointId... more) {
        this.scope = CommitmentScope.touchpoints(first, more);
        return this;
    }

    public CommitmentBuilder level(double value) {
        this.level = value;
        return this;
    }

    public CommitmentBuilder worded(String value) {
        this.wording = value;
        return this;
    }

    public CommitmentDraft draft() {
        return new CommitmentDraft(id, value, variable, scope, TargetLevel.of(level), Wording.of(wording));
    }

    /** A commitment; needs an id. */
    public Commitment build() {
        return new Commitment(
                id.orElseThrow(() -> new IllegalStateException("give the commitment an id")),
                value,
                variable,
                scope,
                TargetLevel.of(level),
                Wording.of(wording));
    }
}
