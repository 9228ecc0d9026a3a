package com.gaplens.domain.target;

import com.gaplens.domain.shared.Identifier;

/** Identifies the variant of a target experience for one segment. */
public record SegmentVariantId(String value) {
    public SegmentVariantId {
        Identifier.check(value, "segmentVariantId");
    }

    @Override
    public String toString() {
        return value;
    }
}
