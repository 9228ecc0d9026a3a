package com.gaplens.application.port.out;

import com.gaplens.domain.access.SecretHash;

/** One-way hashing of API key secrets (a password encoder in the adapter that implements it). */
public interface SecretHasher {

    SecretHash hash(String secret);

    boolean matches(String secret, SecretHash hash);

    /**
     * Whether {@code hash} was made by an older scheme than the one {@link #hash} uses now, so that a secret that
     * matched it should be hashed anew (a key stored with bcrypt moves to the current scheme on its next use).
     */
    default boolean needsRehash(SecretHash hash) {
        return false;
    }
}
