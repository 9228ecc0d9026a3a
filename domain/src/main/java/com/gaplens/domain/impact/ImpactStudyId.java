package com.gaplens.domain.impact;

import com.gaplens.domain.shared.Identifier;

/** Identifies an impact study within its tenant. */
public record ImpactStudyId(String value) {
    public ImpactStudyId {
        Identifier.check(value, "impactStudyId");
    }

    @Override
    public String toString() {
        return value;
    }
}
