package com.gaplens.domain.maturity;

import com.gaplens.domain.shared.Identifier;

/** Identifies a maturity assessment within its tenant. */
public record MaturityAssessmentId(String value) {
    public MaturityAssessmentId {
        Identifier.check(value, "maturityAssessmentId");
    }

    @Override
    public String toString() {
        return value;
    }
}
