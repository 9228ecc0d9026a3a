package com.gaplens.domain.target;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Selection of the published version in force at an instant. */
final class InForce {

    private InForce() {}

    /**
     * The last of {@code versions} (ordered by strictly increasing start) whose start is at or before
     * {@code at}: a version is in force from its start (inclusive) until the next one's start (exclusive).
     */
    static <V> Optional<V> at(List<V> versions, Function<V, Instant> start, Instant at) {
        V found = null;
        for (V version : versions) {
            if (start.apply(version).isAfter(at)) {
                break;
            }
            found = version;
        }
        return Optional.ofNullable(found);
    }
}
