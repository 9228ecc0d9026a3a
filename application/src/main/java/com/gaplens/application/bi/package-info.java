/**
 * What GapLens publishes for BI tools outside itself (a PostgreSQL schema per tenant, read through one read-only
 * login per access granted): the month rows, the labels of their keys, and the accesses.
 *
 * <p><b>Rows.</b> One {@link com.gaplens.application.bi.GapRow} per month roll-up cell (every
 * {@link com.gaplens.application.gaps.GapDimension}, one month, customers only), carrying both the figures the gap
 * views report for that group — computed here by the same {@link com.gaplens.domain.gap.CellStatistics#report}
 * {@code biGapRows} runs — and the mergeable sums they come from, so that any coarser grouping can be computed
 * exactly where the rows are (sums added, figures derived once: never an average of averages).
 *
 * <p><b>Cost follows change.</b> Rows come from the {@link com.gaplens.application.port.out.MonthCellFeed} (the
 * month cells changed since last published), labels from the
 * {@link com.gaplens.application.port.out.LabelChangeFeed} (the catalogue objects saved since last published);
 * a tenant's whole catalogue is read once, when its schema is first created.
 *
 * <p><b>Exact and resumable.</b> Every row and label carries the version of what it was copied from, and the
 * copy keeps the higher version (several instances may publish at once, in any order); a change is cleared from
 * its feed only after its copy committed, and only at the version copied. A crash, or the database being away,
 * leaves the changes in their feeds: the next cycle copies them, nothing missed, nothing counted twice.
 */
package com.gaplens.application.bi;
