package com.gaplens.domain.brand;

import com.gaplens.domain.shared.Identifier;

/** Identifies a brand within its tenant. */
public record BrandId(String value) {
    public BrandId {
        Identifier.check(value, "brandId");
    }

    @Override
    public String toString() {
        return value;
    }
}
