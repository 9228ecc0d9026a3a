package com.gaplens.adapters.mongo.target;

import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.target.CommitmentScope;
import com.gaplens.domain.target.CommitmentScope.PhaseScoped;
import com.gaplens.domain.target.CommitmentScope.TouchpointScoped;
import com.gaplens.domain.target.CommitmentScope.VariableWide;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The sealed {@link CommitmentScope} to and from its stored form with a {@code kind} discriminator;
 * used by {@link TargetDocumentMapper} (MapStruct calls these static methods). The switch is
 * exhaustive: a new kind of scope does not compile until it is stored.
 */
final class StoredScopes {

    private StoredScopes() {}

    static ScopeDocument scope(CommitmentScope scope) {
        return switch (scope) {
            case VariableWide wide -> new ScopeDocument(ScopeDocument.VARIABLE_WIDE, null, null);
            case PhaseScoped phase ->
                new ScopeDocument(ScopeDocument.PHASE, phase.phase().name(), null);
            case TouchpointScoped touchpoints ->
                new ScopeDocument(
                        ScopeDocument.TOUCHPOINTS,
                        null,
                        touchpoints.touchpoints().stream()
                                .map(TouchpointId::value)
                                .toList());
        };
    }

    static CommitmentScope toScope(ScopeDocument stored) {
        return switch (stored.kind()) {
            case ScopeDocument.VARIABLE_WIDE -> CommitmentScope.variableWide();
            case ScopeDocument.PHASE -> CommitmentScope.phase(JourneyPhase.valueOf(stored.phase()));
            case ScopeDocument.TOUCHPOINTS -> {
                Set<TouchpointId> touchpoints = new LinkedHashSet<>();
                stored.touchpoints().forEach(id -> touchpoints.add(new TouchpointId(id)));
                yield CommitmentScope.touchpoints(touchpoints);
            }
            default -> throw new IllegalStateException("unknown stored commitment scope kind " + stored.kind());
        };
    }
}
