package com.gaplens.adapters.graphql.security;

import com.gaplens.application.port.out.SecretHasher;
import com.gaplens.domain.access.SecretHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes API key secrets with SHA-256, in Spring Security's delegating format ({@code {sha256}<hex>}); hashes stored
 * by earlier versions with bcrypt ({@code {bcrypt}$2a$…}) are still checked, and moved to SHA-256 on their key's first
 * successful use ({@link #needsRehash}).
 *
 * <p>Why a fast hash and not bcrypt. bcrypt (or scrypt, Argon2) is slow on purpose to protect <em>low-entropy
 * secrets</em> (passwords people choose) from a guesser who stole the hashes. An API key secret is 32 bytes from
 * {@code SecureRandom}: 256 bits, which no guesser enumerates whatever the hash costs, so the slowness protects nothing
 * (GitHub's and Stripe's tokens are stored the same way). It did cost ~125 ms of CPU on <em>every</em> check,
 * which an unauthenticated caller could make the server pay at will (400 wrong secrets slowed a valid call to 9 s),
 * and a time difference between known and unknown key ids. With SHA-256, a check costs microseconds, every refusal
 * takes the same path and the same time (an unknown id is compared with a decoy hash), and the failure throttle
 * bounds what is left. The comparison is constant-time ({@link MessageDigest#isEqual}).
 *
 * <p>A token configured by an operator ({@code gaplens.first-run.admin-key}) is held to the same format: a secret of
 * at least 32 characters, which the documentation asks to generate ({@code openssl rand -base64 32}).
 */
public final class SpringSecuritySecretHasher implements SecretHasher {

    static final String CURRENT = "sha256";

    private final PasswordEncoder encoder = delegating();

    private static PasswordEncoder delegating() {
        DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder(
                CURRENT, Map.of(CURRENT, new Sha256Encoder(), "bcrypt", new BCryptPasswordEncoder()));
        return delegating;
    }

    @Override
    public SecretHash hash(String secret) {
        return new SecretHash(encoder.encode(secret));
    }

    @Override
    public boolean matches(String secret, SecretHash hash) {
        try {
            return encoder.matches(secret, hash.value());
        } catch (IllegalArgumentException unknownScheme) {
            return false;
        }
    }

    @Override
    public boolean needsRehash(SecretHash hash) {
        return !hash.value().startsWith("{" + CURRENT + "}");
    }

    /** SHA-256 of the secret's UTF-8 bytes, in lower-case hex, compared in constant time. */
    static final class Sha256Encoder implements PasswordEncoder {

        @Override
        public String encode(CharSequence raw) {
            return HexFormat.of().formatHex(digest(raw));
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            byte[] expected;
            try {
                expected = HexFormat.of().parseHex(encoded);
            } catch (IllegalArgumentException notHex) {
                return false;
            }
            return MessageDigest.isEqual(digest(raw), expected);
        }

        private static byte[] digest(CharSequence raw) {
            try {
                return MessageDigest.getInstance("SHA-256")
                        .digest(raw.toString().getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        }
    }
}
