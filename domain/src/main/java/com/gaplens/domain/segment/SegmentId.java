package com.gaplens.domain.segment;

import com.gaplens.domain.shared.Identifier;

/** Identifies a customer segment (a profile or a usage situation). */
public record SegmentId(String value) {
    public SegmentId {
        Identifier.check(value, "segmentId");
    }

    @Override
    public String toString() {
        return value;
    }
}
