package com.gaplens.domain.experience;

import java.util.Objects;

/**
 * One of the twelve variables of the experience model: an {@link InteractionFamily} perceived on a
 * {@link PerceptionDimension}. The names read {@code FAMILY_DIMENSION}, e.g. {@code ACCESS_EASY}.
 */
public enum ExperienceVariable {
    ACCESS_USEFUL(InteractionFamily.ACCESS, PerceptionDimension.USEFUL),
    ACCESS_EASY(InteractionFamily.ACCESS, PerceptionDimension.EASY),
    ACCESS_PLEASANT(InteractionFamily.ACCESS, PerceptionDimension.PLEASANT),
    USE_USEFUL(InteractionFamily.USE, PerceptionDimension.USEFUL),
    USE_EASY(InteractionFamily.USE, PerceptionDimension.EASY),
    USE_PLEASANT(InteractionFamily.USE, PerceptionDimension.PLEASANT),
    CUSTOMER_RELATIONSHIP_USEFUL(InteractionFamily.CUSTOMER_RELATIONSHIP, PerceptionDimension.USEFUL),
    CUSTOMER_RELATIONSHIP_EASY(InteractionFamily.CUSTOMER_RELATIONSHIP, PerceptionDimension.EASY),
    CUSTOMER_RELATIONSHIP_PLEASANT(InteractionFamily.CUSTOMER_RELATIONSHIP, PerceptionDimension.PLEASANT),
    SHARING_USEFUL(InteractionFamily.SHARING, PerceptionDimension.USEFUL),
    SHARING_EASY(InteractionFamily.SHARING, PerceptionDimension.EASY),
    SHARING_PLEASANT(InteractionFamily.SHARING, PerceptionDimension.PLEASANT);

    private final InteractionFamily family;
    private final PerceptionDimension dimension;

    ExperienceVariable(InteractionFamily family, PerceptionDimension dimension) {
        this.family = family;
        this.dimension = dimension;
    }

    public InteractionFamily family() {
        return family;
    }

    public PerceptionDimension dimension() {
        return dimension;
    }

    public static ExperienceVariable of(InteractionFamily family, PerceptionDimension dimension) {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(dimension, "dimension");
        for (ExperienceVariable v : values()) {
            if (v.family == family && v.dimension == dimension) {
                return v;
            }
        }
        throw new IllegalStateException("every family × dimension pair is a variable");
    }
}
