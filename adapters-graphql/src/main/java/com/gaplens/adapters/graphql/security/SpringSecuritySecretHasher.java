package com.gaplens.adapters.graphql.security;

import com.gaplens.application.port.out.SecretHasher;
import com.gaplens.domain.access.SecretHash;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes API key secrets with Spring Security's delegating password encoder (bcrypt today; the
 * stored {@code {id}} prefix lets the algorithm change without invalidating existing keys).
 */
public final class SpringSecuritySecretHasher implements SecretHasher {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Override
    public SecretHash hash(String secret) {
        return new SecretHash(encoder.encode(secret));
    }

    @Override
    public boolean matches(String secret, SecretHash hash) {
        return encoder.matches(secret, hash.value());
    }
}
