package com.gaplens.domain.tenant;

import com.gaplens.domain.shared.Identifier;

/** The tenant every object belongs to; taken from the caller's credentials, never from input. */
public record TenantId(String value) {
    public TenantId {
        Identifier.check(value, "tenantId");
    }

    @Override
    public String toString() {
        return value;
    }
}
