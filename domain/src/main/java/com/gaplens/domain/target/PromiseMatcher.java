package com.gaplens.domain.target;

import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.Comparator;

/**
 * Maps a measurement, described by its touchpoint, that touchpoint's journey phase and its experience
 * variable, to the commitment of an effective target it is judged against.
 *
 * <p>Among the applying (non-excluded) commitments on that variable whose scope covers the touchpoint and
 * phase, the most specific wins: touchpoint-scoped, then phase-scoped, then variable-wide. Excluding a
 * commitment therefore lets a less specific one apply, if any. When none covers it, the measurement is
 * {@link PromiseMatch.Unpromised}.
 *
 * <p>Ties. Two applying commitments of the same specificity never both cover a measurement in a version
 * as published: the central draft, the variant draft, and the variant against the latest central version
 * are all checked for ambiguity ({@code AMBIGUOUS_PROMISE}). A tie can still arise when a central version
 * published later brings a commitment that overlaps an addition of an older variant version. It is then
 * broken deterministically: the segment's {@link Provenance#ADDED} commitment before a central one (the
 * segment's own word is the more specific promise), then the smaller commitment id (lexicographic).
 */
public final class PromiseMatcher {

    private static final Comparator<ResolvedCommitment> PRECEDENCE = Comparator.comparing(
                    (ResolvedCommitment c) -> c.commitment().specificity())
            .reversed()
            .thenComparing(c -> c.provenance() == Provenance.ADDED ? 0 : 1)
            .thenComparing(c -> c.id().value());

    private PromiseMatcher() {}

    public static PromiseMatch match(
            EffectiveTarget target, TouchpointId touchpoint, JourneyPhase phase, ExperienceVariable variable) {
        Require.present(target, "target");
        Require.present(touchpoint, "touchpointId");
        Require.present(phase, "phase");
        Require.present(variable, "variable");
        return target.applying().stream()
                .filter(c -> c.commitment().covers(touchpoint, phase, variable))
                .min(PRECEDENCE)
                .<PromiseMatch>map(PromiseMatch.Promised::new)
                .orElseGet(PromiseMatch.Unpromised::new);
    }
}
