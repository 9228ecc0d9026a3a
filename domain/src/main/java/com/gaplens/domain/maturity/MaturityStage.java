package com.gaplens.domain.maturity;

import java.util.Optional;

/**
 * The rungs of the experience maturity ladder, lowest first; each stage includes everything the lower ones need.
 * The conditions are in {@link MaturityLadder}.
 */
public enum MaturityStage {
    /** Experience is a marketing overlay wrapped around offers that were not designed for it. */
    OVERLAY,
    /** Feedback from the lived experience improves the existing products and services. */
    IMPROVE_EXISTING,
    /** New products and services are designed with the experience built in from the start. */
    DESIGN_NEW,
    /** "Experience by design": a way the whole organisation works, employee experience included. */
    EXPERIENCE_BY_DESIGN;

    /** The stage above, if any. */
    public Optional<MaturityStage> next() {
        MaturityStage[] all = values();
        return ordinal() + 1 < all.length ? Optional.of(all[ordinal() + 1]) : Optional.empty();
    }

    /** Whether this stage is higher on the ladder than {@code other}. */
    public boolean isAbove(MaturityStage other) {
        return ordinal() > other.ordinal();
    }
}
