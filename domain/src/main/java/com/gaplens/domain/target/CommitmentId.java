package com.gaplens.domain.target;

import com.gaplens.domain.shared.Identifier;

/** Identifies a commitment; it keeps its identity across the published versions of a target experience and is what segment variants override or exclude. */
public record CommitmentId(String value) {
    public CommitmentId {
        Identifier.check(value, "commitmentId");
    }

    @Override
    public String toString() {
        return value;
    }
}
