/**
 * The promise: target experiences made of commitments rooted in brand values, published in versions in
 * force from an instant; their segment variants; the effective target of a segment at an instant; and
 * promise matching (which commitment a measurement is judged against).
 *
 * <p>Time: a published version is in force from its {@code inForceFrom} {@link java.time.Instant}
 * (inclusive) until the next version's (exclusive). Instants, not dates, so that a measurement's
 * observation instant selects exactly one version whatever the time zone; an API taking a date converts
 * it at the start of that day in the tenant's time zone (UTC by default).
 */
package com.gaplens.domain.target;
