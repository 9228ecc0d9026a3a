package com.gaplens.adapters.graphql.security;

import com.gaplens.application.port.out.AuthenticationThrottle;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;

/**
 * Failed authentications counted in this instance's memory, per source address and per key id: each subject has a
 * bucket of {@code burst} failures that refills at {@code burst} per {@code window}; an empty bucket means the
 * subject waits until one failure has refilled. At most {@value #MAX_SUBJECTS} subjects of each kind are tracked (the
 * least recently seen are forgotten first), and a subject forgotten after a full window has its whole burst again.
 *
 * <p>Per instance, on purpose: it costs no database round trip and cannot be made to fill the database; N instances
 * let an attacker try N times the rate, which the per-key limit and the secrets' 256 bits make harmless.
 */
public final class FailedAuthenticationThrottle implements AuthenticationThrottle {

    static final int MAX_SUBJECTS = 100_000;

    private final Limit perSource;
    private final Limit perKey;
    private final Cache<String, Bucket> sources;
    private final Cache<String, Bucket> keys;

    /** How many failures a subject may make in a row ({@code burst}), refilled evenly over {@code window}. */
    public record Limit(int burst, Duration window) {
        public Limit {
            if (burst < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a limit needs a burst of at least 1 and a positive window");
            }
        }

        long nanosPerFailure() {
            return window.toNanos() / burst;
        }
    }

    /** A subject's failures as the time its bucket is full again (nanoTime): each failure pushes it later. */
    private static final class Bucket {
        private long fullAt;

        synchronized Optional<Duration> waitFor(Limit limit, long now) {
            long emptyUntil = fullAt - limit.window().toNanos() + limit.nanosPerFailure();
            return emptyUntil - now > 0 ? Optional.of(Duration.ofNanos(emptyUntil - now)) : Optional.empty();
        }

        synchronized void failed(Limit limit, long now) {
            fullAt = Math.max(fullAt, now) + limit.nanosPerFailure();
        }
    }

    public FailedAuthenticationThrottle(Limit perSource, Limit perKey) {
        this.perSource = perSource;
        this.perKey = perKey;
        this.sources = cache(perSource);
        this.keys = cache(perKey);
    }

    private static Cache<String, Bucket> cache(Limit limit) {
        return Caffeine.newBuilder()
                .maximumSize(MAX_SUBJECTS)
                .expireAfterAccess(limit.window())
                .build();
    }

    @Override
    public Optional<Duration> waitFor(Kind kind, String subject) {
        Bucket bucket = (kind == Kind.SOURCE ? sources : keys).getIfPresent(subject);
        return bucket == null ? Optional.empty() : bucket.waitFor(limit(kind), System.nanoTime());
    }

    @Override
    public void failed(Kind kind, String subject) {
        (kind == Kind.SOURCE ? sources : keys).get(subject, s -> new Bucket()).failed(limit(kind), System.nanoTime());
    }

    private Limit limit(Kind kind) {
        return kind == Kind.SOURCE ? perSource : perKey;
    }
}
