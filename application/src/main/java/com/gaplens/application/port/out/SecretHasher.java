package com.gaplens.application.port.out;

import com.gaplens.domain.access.SecretHash;

/** One-way hashing of API key secrets (a password encoder in the adapter that implements it). */
public interface SecretHasher {

    SecretHash hash(String secret);

    boolean matches(String secret, SecretHash hash);
}
