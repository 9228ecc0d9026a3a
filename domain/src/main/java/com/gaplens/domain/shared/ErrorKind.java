package com.gaplens.domain.shared;

/** The coarse, stable families of failure; they become the API's {@code extensions.code}. */
public enum ErrorKind {
    /** The input breaks an invariant. */
    VALIDATION,
    /** The thing named does not exist (for this tenant). */
    NOT_FOUND,
    /** The change collides with the current state (stale version, duplicate name, conflicting content). */
    CONFLICT
}
