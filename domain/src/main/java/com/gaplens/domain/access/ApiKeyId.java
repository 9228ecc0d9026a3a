package com.gaplens.domain.access;

import com.gaplens.domain.shared.Identifier;

/** The public half of an API key: names the key (and so its tenant) without being a secret. */
public record ApiKeyId(String value) {
    public ApiKeyId {
        Identifier.check(value, "apiKeyId");
    }

    @Override
    public String toString() {
        return value;
    }
}
