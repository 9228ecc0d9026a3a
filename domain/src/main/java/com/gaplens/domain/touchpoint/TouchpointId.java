package com.gaplens.domain.touchpoint;

import com.gaplens.domain.shared.Identifier;

/** Identifies a touchpoint: a place of interaction in a journey phase, on a channel. */
public record TouchpointId(String value) {
    public TouchpointId {
        Identifier.check(value, "touchpointId");
    }

    @Override
    public String toString() {
        return value;
    }
}
