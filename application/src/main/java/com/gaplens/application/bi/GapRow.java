package com.gaplens.application.bi;

import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.domain.gap.CellReport;
import com.gaplens.domain.gap.CellStatistics;
import com.gaplens.domain.gap.SeverityThresholds;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.shared.Require;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One published month row: a month roll-up cell of customers, its keys (every dimension it has a value of), its
 * month, its mergeable sums, and what the gap views report for it — empty when the cell holds no measurement any
 * more (its measurements were judged anew into other cells), which removes the row from what BI users read.
 *
 * @param cellId     the cell's stable id
 * @param version    the cell's version (higher is newer)
 * @param keys       every dimension the cell has a value of; {@link GapDimension#METHOD} always
 * @param month      the cell's month
 * @param statistics its mergeable sums
 * @param report     what {@code biGapRows} reports for the same group; empty for an empty cell
 */
public record GapRow(
        String cellId,
        long version,
        Map<GapDimension, String> keys,
        YearMonth month,
        CellStatistics statistics,
        Optional<CellReport> report) {

    public GapRow {
        Require.present(cellId, "cellId");
        Require.present(keys, "keys");
        Require.present(month, "month");
        Require.present(statistics, "statistics");
        Require.present(report, "report");
        EnumMap<GapDimension, String> copy = new EnumMap<>(GapDimension.class);
        copy.putAll(keys);
        if (!copy.containsKey(GapDimension.METHOD)) {
            throw new IllegalArgumentException("a month cell has a method: " + cellId);
        }
        keys = Collections.unmodifiableMap(copy);
    }

    /**
     * The row of month cell {@code cellId} at {@code version} (its group's bucket is its month), reported with
     * {@code thresholds} as the gap views report it.
     */
    public static GapRow of(String cellId, long version, GroupedCell cell, SeverityThresholds thresholds) {
        Require.present(cell, "cell");
        CellStatistics statistics = cell.statistics();
        String bucket =
                cell.bucket().orElseThrow(() -> new IllegalArgumentException("a month cell has a month: " + cellId));
        return new GapRow(
                cellId, version, cell.keys(), YearMonth.parse(bucket), statistics, statistics.report(thresholds));
    }

    /** The cell's method: each month cell holds the measurements of one method. */
    public MeasurementMethod method() {
        return MeasurementMethod.valueOf(keys.get(GapDimension.METHOD));
    }

    /** Its value of {@code dimension}, if it has one. */
    public Optional<String> key(GapDimension dimension) {
        return Optional.ofNullable(keys.get(dimension));
    }
}
