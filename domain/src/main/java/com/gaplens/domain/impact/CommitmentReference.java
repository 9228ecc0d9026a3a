package com.gaplens.domain.impact;

import com.gaplens.domain.shared.Identifier;

/**
 * The identifier of a target-experience commitment that an initiative targets. Kept as an opaque reference here
 * (the study does not own commitments); the application checks that it names a commitment of the study's brand.
 */
public record CommitmentReference(String value) {
    public CommitmentReference {
        Identifier.check(value, "commitmentId");
    }

    @Override
    public String toString() {
        return value;
    }
}
