package com.gaplens.domain.brand;

import com.gaplens.domain.shared.Identifier;

/** Identifies one value of a brand (conviviality, simplicity, authenticity…). */
public record BrandValueId(String value) {
    public BrandValueId {
        Identifier.check(value, "brandValueId");
    }

    @Override
    public String toString() {
        return value;
    }
}
