package com.gaplens.domain.target;

import com.gaplens.domain.shared.Require;
import java.util.Optional;

/**
 * One commitment of an {@link EffectiveTarget}: the commitment as it applies to the segment, where it
 * comes from, and the central commitment it derives from (absent for an {@link Provenance#ADDED} one).
 */
public record ResolvedCommitment(Commitment commitment, Provenance provenance, Optional<Commitment> central) {

    public ResolvedCommitment {
        Require.present(commitment, "commitment");
        Require.present(provenance, "provenance");
        Require.present(central, "central");
        if ((provenance == Provenance.ADDED) != central.isEmpty()) {
            throw new IllegalArgumentException("exactly the added commitments have no central commitment");
        }
    }

    public static ResolvedCommitment inherited(Commitment central) {
        return new ResolvedCommitment(central, Provenance.INHERITED, Optional.of(central));
    }

    public static ResolvedCommitment overridden(Commitment central, CommitmentOverride override) {
        return new ResolvedCommitment(override.applyTo(central), Provenance.OVERRIDDEN, Optional.of(central));
    }

    public static ResolvedCommitment added(Commitment addition) {
        return new ResolvedCommitment(addition, Provenance.ADDED, Optional.empty());
    }

    public static ResolvedCommitment excluded(Commitment central) {
        return new ResolvedCommitment(central, Provenance.EXCLUDED, Optional.of(central));
    }

    public boolean applies() {
        return provenance.applies();
    }

    public CommitmentId id() {
        return commitment.id();
    }
}
