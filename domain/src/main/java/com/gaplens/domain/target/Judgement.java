package com.gaplens.domain.target;

import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.experience.Score;
import com.gaplens.domain.shared.Require;
import java.util.Optional;

/**
 * What one measurement is judged against: the commitment its {@link PromiseMatch} found in the effective
 * target of its segment in force when it was observed, with that commitment's value and effective target level
 * — or nothing (a blind spot of the promise). Kept beside the raw measurement so that roll-ups key cells by
 * commitment and brand value and sum targets ({@code T = Σw·t}) without re-resolving promises at query time;
 * recomputed when a publication changes the promise in force at its observation time.
 */
public sealed interface Judgement {

    /** Judged against {@code commitment}, which embodies {@code brandValue}, at level {@code target}. */
    record Promised(CommitmentId commitment, BrandValueId brandValue, Score target) implements Judgement {
        public Promised {
            Require.present(commitment, "commitment");
            Require.present(brandValue, "brandValue");
            Require.present(target, "target");
        }
    }

    /** No commitment covers the measurement (or it is employee experience): it counts in no gap. */
    record Unpromised() implements Judgement {}

    Judgement UNPROMISED = new Unpromised();

    /** The judgement a match gives. */
    static Judgement of(PromiseMatch match) {
        Require.present(match, "match");
        return switch (match) {
            case PromiseMatch.Promised promised -> {
                Commitment commitment = promised.commitment().commitment();
                yield new Promised(
                        commitment.id(),
                        commitment.brandValue(),
                        new Score(commitment.targetLevel().value()));
            }
            case PromiseMatch.Unpromised unpromised -> UNPROMISED;
        };
    }

    /** The target level, when promised. */
    default Optional<Score> targetLevel() {
        return this instanceof Promised promised ? Optional.of(promised.target()) : Optional.empty();
    }
}
