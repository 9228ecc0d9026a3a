package com.gaplens.domain.measurement;

/** Whether an emotion is pleasant, unpleasant, or neither in itself. */
public enum Valence {
    POSITIVE,
    NEGATIVE,
    NEUTRAL
}
