package com.gaplens.domain.shared;

/**
 * The optimistic-concurrency token of an aggregate: how many times it has been stored.
 *
 * <p>{@link #NEW} (0) is the version of an aggregate that was created and never stored. Each successful
 * save stores the aggregate at {@code version.next()} and hands back the stored copy; a caller that read
 * version {@code n} sends {@code n} back as its expected version, and a save over anything else fails
 * with {@code STALE_VERSION}. This is not the number of a published target-experience version (those
 * are numbered 1, 2, … and never change).
 */
public record Version(long value) {

    public static final String STALE_VERSION = "STALE_VERSION";

    /** The version of an aggregate that has never been stored. */
    public static final Version NEW = new Version(0);

    public Version {
        if (value < 0) {
            throw new InvalidInputException(
                    "MALFORMED_VERSION", "expectedVersion", "a version is never negative, got " + value);
        }
    }

    public static Version of(long value) {
        return new Version(value);
    }

    public Version next() {
        return new Version(value + 1);
    }

    public boolean isNew() {
        return value == 0;
    }

    /**
     * Fails with {@code STALE_VERSION} (a conflict blaming {@code expectedVersion}) unless {@code expected}
     * is this version: the caller read something that has changed since.
     */
    public void ensureMatches(Version expected) {
        Require.present(expected, "expectedVersion");
        if (value != expected.value) {
            throw stale(expected, this);
        }
    }

    public static ConflictException stale(Version expected, Version actual) {
        return new ConflictException(
                STALE_VERSION,
                "expectedVersion",
                "the object was changed by someone else: expected version " + expected.value + ", current version "
                        + actual.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
