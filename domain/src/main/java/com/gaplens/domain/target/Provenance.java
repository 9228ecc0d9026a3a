package com.gaplens.domain.target;

/** Where a commitment of an effective target comes from. */
public enum Provenance {
    /** The central commitment, unchanged for the segment. */
    INHERITED,
    /** The central commitment with the segment's own target level and/or wording. */
    OVERRIDDEN,
    /** A commitment the segment's variant adds. */
    ADDED,
    /** A central commitment the segment's variant excludes: listed, but it does not apply. */
    EXCLUDED;

    public boolean applies() {
        return this != EXCLUDED;
    }
}
