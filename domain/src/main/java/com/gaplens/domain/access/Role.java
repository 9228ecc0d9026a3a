package com.gaplens.domain.access;

/**
 * What a credential may do for its tenant.
 * <ul>
 *   <li>{@link #ADMIN}: manage the promise (brands, values, segments, touchpoints, scales, target
 *       experiences, variants, keys) and read everything;</li>
 *   <li>{@link #WRITER}: record measurements and study data;</li>
 *   <li>{@link #READER}: query the catalogue, gaps and studies.</li>
 * </ul>
 * A credential holds a set of roles; {@link #ADMIN} implies {@link #READER}, nothing else implies
 * anything.
 */
public enum Role {
    ADMIN,
    WRITER,
    READER;

    /** Whether a holder of this role may act as {@code required}. */
    public boolean grants(Role required) {
        return this == required || (this == ADMIN && required == READER);
    }
}
