package com.gaplens.application.service;

import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.shared.Version;
import java.util.Optional;

/** The not-found failures of the use cases, one reason per kind of object, blaming the id the caller gave. */
final class Lookups {

    private Lookups() {}

    static <T> T found(Optional<T> found, String reason, String field, Object id) {
        return found.orElseThrow(() -> new NotFoundException(reason, field, "no " + describe(field) + " " + id));
    }

    /** The stored aggregate at the version the caller read, or a {@code STALE_VERSION} conflict. */
    static <T> T atVersion(T aggregate, Version current, Version expected) {
        current.ensureMatches(expected);
        return aggregate;
    }

    private static String describe(String field) {
        return field.replace("Id", "").replaceAll("([A-Z])", " $1").toLowerCase();
    }
}
