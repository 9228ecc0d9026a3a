package com.gaplens.domain.target;

import com.gaplens.domain.shared.Require;

/** What a measurement maps to in an effective target: a commitment, or nothing (a blind spot of the promise). */
public sealed interface PromiseMatch {

    /** The measurement is judged against {@code commitment}. */
    record Promised(ResolvedCommitment commitment) implements PromiseMatch {
        public Promised {
            Require.present(commitment, "commitment");
            if (!commitment.applies()) {
                throw new IllegalArgumentException("an excluded commitment promises nothing");
            }
        }
    }

    /** No commitment covers the measurement: it counts in lived-experience views, in no gap. */
    record Unpromised() implements PromiseMatch {}
}
