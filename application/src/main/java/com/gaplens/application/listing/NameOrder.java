package com.gaplens.application.listing;

/**
 * Orders of a list of named things: by {@link com.gaplens.domain.shared.Name#key()} (case-insensitive),
 * then by id. The cursor's sort key is the name key.
 */
public enum NameOrder {
    NAME_ASCENDING,
    NAME_DESCENDING;

    public boolean descending() {
        return this == NAME_DESCENDING;
    }
}
