package com.gaplens.application.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * Counts failed authentications per source (the caller's network address) and per key id, and says when either has
 * failed too often: then the next attempt is refused before anything is looked up or checked. Only failures count, so
 * a holder of a valid key is never slowed by its own successful calls.
 */
public interface AuthenticationThrottle {

    /** Who failed: the network address a call came from, or the key id a token named. */
    enum Kind {
        SOURCE,
        KEY
    }

    /** How long {@code subject} must wait before an attempt of it is looked at again; empty when it may try now. */
    Optional<Duration> waitFor(Kind kind, String subject);

    /** One more failed attempt of {@code subject}. */
    void failed(Kind kind, String subject);

    /** No limit at all (tests of the application that do not look at throttling). */
    AuthenticationThrottle NONE = new AuthenticationThrottle() {
        @Override
        public Optional<Duration> waitFor(Kind kind, String subject) {
            return Optional.empty();
        }

        @Override
        public void failed(Kind kind, String subject) {}
    };
}
