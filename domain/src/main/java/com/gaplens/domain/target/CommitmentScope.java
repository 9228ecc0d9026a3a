package com.gaplens.domain.target;

import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.Collections;
import java.util.Comparator;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where a commitment applies on its experience variable: everywhere, in one journey phase, or at some
 * touchpoints.
 */
public sealed interface CommitmentScope {

    Specificity specificity();

    /** Whether a measurement at {@code touchpoint}, in {@code phase}, falls under this scope. */
    boolean covers(TouchpointId touchpoint, JourneyPhase phase);

    /**
     * Whether this scope and {@code other} have the same specificity and share some ground, so that two
     * commitments on the same variable with these scopes would both be the most specific for some
     * measurement. Scopes of different specificity never overlap: the more specific one wins.
     */
    boolean overlaps(CommitmentScope other);

    static CommitmentScope variableWide() {
        return new VariableWide();
    }

    static CommitmentScope phase(JourneyPhase phase) {
        return new PhaseScoped(phase);
    }

    static CommitmentScope touchpoints(Set<TouchpointId> touchpoints) {
        return new TouchpointScoped(touchpoints);
    }

    static CommitmentScope touchpoints(TouchpointId first, TouchpointId... more) {
        Set<TouchpointId> all = new TreeSet<>(Comparator.comparing(TouchpointId::value));
        all.add(first);
        Collections.addAll(all, more);
        return new TouchpointScoped(all);
    }

    /** The whole variable, in every phase and at every touchpoint. */
    record VariableWide() implements CommitmentScope {
        @Override
        public Specificity specificity() {
            return Specificity.VARIABLE_WIDE;
        }

        @Override
        public boolean covers(TouchpointId touchpoint, JourneyPhase phase) {
            return true;
        }

        @Override
        public boolean overlaps(CommitmentScope other) {
            return other instanceof VariableWide;
        }
    }

    /** One journey phase, at every touchpoint of that phase. */
    record PhaseScoped(JourneyPhase phase) implements CommitmentScope {
        public PhaseScoped {
            Require.present(phase, "phase");
        }

        @Override
        public Specificity specificity() {
            return Specificity.PHASE;
        }

        @Override
        public boolean covers(TouchpointId touchpoint, JourneyPhase measuredPhase) {
            return phase == measuredPhase;
        }

        @Override
        public boolean overlaps(CommitmentScope other) {
            return other instanceof PhaseScoped p && p.phase == phase;
        }
    }

    /**
     * Some touchpoints (1 to {@value #MAX_TOUCHPOINTS}), kept sorted by id. {@code EMPTY_TOUCHPOINT_SCOPE}
     * or {@code TOO_MANY_TOUCHPOINTS} on {@code touchpoints} otherwise.
     */
    record TouchpointScoped(Set<TouchpointId> touchpoints) implements CommitmentScope {

        public static final int MAX_TOUCHPOINTS = 100;

        public TouchpointScoped {
            Require.noNulls(touchpoints, "touchpoints");
            if (touchpoints.isEmpty()) {
                throw new InvalidInputException(
                        "EMPTY_TOUCHPOINT_SCOPE",
                        "touchpoints",
                        "a touchpoint-scoped commitment names at least one touchpoint");
            }
            if (touchpoints.size() > MAX_TOUCHPOINTS) {
                throw new InvalidInputException(
                        "TOO_MANY_TOUCHPOINTS",
                        "touchpoints",
                        "a commitment names at most " + MAX_TOUCHPOINTS + " touchpoints");
            }
            SortedSet<TouchpointId> sorted = new TreeSet<>(Comparator.comparing(TouchpointId::value));
            sorted.addAll(touchpoints);
            touchpoints = Collections.unmodifiableSortedSet(sorted);
        }

        @Override
        public Specificity specificity() {
            return Specificity.TOUCHPOINT;
        }

        @Override
        public boolean covers(TouchpointId touchpoint, JourneyPhase phase) {
            return touchpoints.contains(touchpoint);
        }

        @Override
        public boolean overlaps(CommitmentScope other) {
            return other instanceof TouchpointScoped t && t.touchpoints.stream().anyMatch(touchpoints::contains);
        }
    }
}
