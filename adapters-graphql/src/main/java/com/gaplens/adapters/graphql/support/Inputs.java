package com.gaplens.adapters.graphql.support;

import com.gaplens.domain.shared.Description;
import com.gaplens.domain.shared.DomainException;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;

/** Turning GraphQL input into domain values, with failures blamed on the input path the caller wrote. */
public final class Inputs {

    private Inputs() {}

    /**
     * Runs {@code work} (building domain values from input, calling a use case); any domain failure it
     * raises names its field under {@code path}, e.g. {@code input.commitments[2].targetLevel}.
     */
    public static <T> T under(String path, Supplier<T> work) {
        try {
            return work.get();
        } catch (DomainException e) {
            throw e.under(path);
        }
    }

    public static Name name(String value) {
        return new Name(value);
    }

    /** Absent (null) means no description; a blank one is refused. */
    public static Optional<Description> description(String value) {
        return Optional.ofNullable(value).map(Description::new);
    }

    public static Version expectedVersion(Long value) {
        return new Version(Require.present(value, "expectedVersion"));
    }

    public static Optional<Instant> instant(OffsetDateTime value) {
        return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
    }

    public static OffsetDateTime dateTime(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
