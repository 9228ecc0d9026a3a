package com.gaplens.domain.experience;

/** The three dimensions on which every interaction is perceived. */
public enum PerceptionDimension {
    USEFUL,
    /** Ease: gaps on this dimension measure fluidity (friction, irritants). */
    EASY,
    PLEASANT;

    /** Whether gaps on this dimension count towards <em>fluidity</em> (otherwise towards <em>fullness</em>). */
    public boolean measuresFluidity() {
        return this == EASY;
    }
}
