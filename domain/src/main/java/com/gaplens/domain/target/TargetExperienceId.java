package com.gaplens.domain.target;

import com.gaplens.domain.shared.Identifier;

/** Identifies the target experience of a brand. */
public record TargetExperienceId(String value) {
    public TargetExperienceId {
        Identifier.check(value, "targetExperienceId");
    }

    @Override
    public String toString() {
        return value;
    }
}
