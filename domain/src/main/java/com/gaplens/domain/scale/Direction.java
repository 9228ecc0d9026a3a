package com.gaplens.domain.scale;

/** Which end of a scale's native range is the better experience. */
public enum Direction {
    /** The maximum is best (NPS, CSAT, Likert, most shares): {@code score = 100·(v − min)/(max − min)}. */
    HIGHER_IS_BETTER,
    /** The minimum is best (effort, complaint rate): {@code score = 100·(max − v)/(max − min)}. */
    LOWER_IS_BETTER
}
