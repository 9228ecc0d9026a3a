package com.gaplens.domain.gap;

import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.Comparator;

/** An interaction: a touchpoint perceived on one experience variable. Irritants and signature moments are ranked per interaction. */
public record InteractionKey(TouchpointId touchpoint, ExperienceVariable variable) {

    /** By touchpoint id, then variable: the tie-break of rankings, so that they are deterministic. */
    public static final Comparator<InteractionKey> ORDER = Comparator.comparing(
                    (InteractionKey key) -> key.touchpoint().value())
            .thenComparing(InteractionKey::variable);

    public InteractionKey {
        Require.present(touchpoint, "touchpointId");
        Require.present(variable, "variable");
    }
}
