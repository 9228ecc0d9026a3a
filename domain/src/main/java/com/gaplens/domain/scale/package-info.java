/**
 * Measurement scales and their normalisation to the 0–100 experience score (100 best).
 *
 * <p>A {@link com.gaplens.domain.scale.Scale} knows its native range and {@link com.gaplens.domain.scale.Direction}:
 * {@code score = 100·(v − min)/(max − min)}, or {@code 100·(max − v)/(max − min)} where lower is better.
 * Standard dispersions are normalised with the same factor {@code 100/(max − min)}, as an absolute value.
 * A value outside the scale's range is rejected, never clamped. The scales every tenant gets are in
 * {@link com.gaplens.domain.scale.StandardScales}; a tenant declares its own with
 * {@link com.gaplens.domain.scale.Scale#define}.
 */
package com.gaplens.domain.scale;
