package com.gaplens.application.port.in;

import java.time.Duration;

/**
 * Turns a presented API key token into the caller it stands for. Every refusal (malformed token, unknown key id,
 * revoked key, wrong secret) is one and the same answer, {@link Refused}, reached by the same steps; a source or a
 * key id that failed too often is {@link Throttled} before any lookup or check.
 */
public interface AuthenticateApiKeyUseCase {

    Authentication authenticate(AuthenticationAttempt attempt);

    /**
     * A token as presented, and where it came from.
     *
     * @param token  the bearer token (may be null or anything at all)
     * @param source the caller's network address, the subject of the per-source limit
     */
    record AuthenticationAttempt(String token, String source) {
        public AuthenticationAttempt {
            source = source == null ? "unknown" : source;
        }

        @Override
        public String toString() {
            return "AuthenticationAttempt[source=" + source + "]";
        }
    }

    /** What an attempt comes to. */
    sealed interface Authentication permits Authenticated, Refused, Throttled {}

    /** The token names an active key and its secret matches: the call acts for that key's tenant and roles. */
    record Authenticated(AuthenticatedCaller caller) implements Authentication {}

    /** Not a credential: whatever the reason, the answer is the same. */
    record Refused() implements Authentication {}

    /** Too many failed attempts from this source or for this key id: retry after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements Authentication {}
}
