/**
 * The gap arithmetic: mergeable cell statistics and everything derived from them — lived score, pooled
 * variance, standard error, Student-t 95 % interval, target, gap, significance, severity,
 * triangulation — and the derived views (brand-value embodiment, fluidity and fullness, worst
 * irritants, signature moments, emotional profile, unpromised blind spots).
 *
 * <p>Everything here is a pure function over immutable values. A <em>cell</em> is any set of
 * measurements; its {@link com.gaplens.domain.gap.CellStatistics} are sums that merge by addition, so
 * every roll-up (a day into a month, commitments into a brand value) is exact: merging the statistics of
 * parts gives the statistics of the whole, in any grouping and order (up to floating-point rounding).
 */
package com.gaplens.domain.gap;
