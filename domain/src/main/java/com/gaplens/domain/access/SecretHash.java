package com.gaplens.domain.access;

import com.gaplens.domain.shared.Require;

/** A one-way hash of an API key's secret, in the encoder's own self-describing format (e.g. {@code {bcrypt}$2a$…}). */
public record SecretHash(String value) {
    public SecretHash {
        Require.text(value, "secretHash", 500);
    }

    @Override
    public String toString() {
        return "SecretHash[…]";
    }
}
