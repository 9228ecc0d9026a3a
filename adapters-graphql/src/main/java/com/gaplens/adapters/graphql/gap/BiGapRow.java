package com.gaplens.adapters.graphql.gap;

import com.gaplens.adapters.graphql.gap.GapViews.GapCellView;
import com.gaplens.application.gaps.GapCell;
import com.gaplens.application.gaps.GapDimension;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One flat BI row: its component names are the column names, in order, of {@code biGapRows}, of the CSV and of the
 * PostgreSQL publication (docs/bi-columns.md says what each means). Columns without a prefix cover every
 * measurement of the row; {@code promised_*} and the gap's columns ({@code target} to {@code severity}) the
 * promised measurements only, so that {@code gap = promised_lived − target} and
 * {@code [ci_low, ci_high] = promised_lived ∓ q·std_error} on every row.
 */
@SuppressWarnings("checkstyle:RecordComponentName")
record BiGapRow(
        String brand_id,
        String brand,
        String brand_value_id,
        String brand_value,
        String commitment_id,
        String commitment,
        String phase,
        String touchpoint_id,
        String touchpoint,
        String channel,
        String family,
        String dimension,
        String variable,
        String segment_id,
        String segment,
        String method,
        String bucket,
        long n,
        long weight,
        double lived,
        long promised_n,
        long promised_weight,
        Double promised_lived,
        Double target,
        Double gap,
        Double std_error,
        Double ci_low,
        Double ci_high,
        String significance,
        String severity,
        String methods,
        int triangulation,
        long unpromised_n) {

    private static final RecordComponent[] COMPONENTS = BiGapRow.class.getRecordComponents();

    /** The columns, in order: the CSV header. */
    static final List<String> COLUMNS =
            Arrays.stream(COMPONENTS).map(RecordComponent::getName).toList();

    static BiGapRow of(GapCell cell) {
        GapCellView view = GapCellView.of(cell);
        return new BiGapRow(
                id(view, GapDimension.BRAND),
                label(view, GapDimension.BRAND),
                id(view, GapDimension.BRAND_VALUE),
                label(view, GapDimension.BRAND_VALUE),
                id(view, GapDimension.COMMITMENT),
                label(view, GapDimension.COMMITMENT),
                label(view, GapDimension.PHASE),
                id(view, GapDimension.TOUCHPOINT),
                label(view, GapDimension.TOUCHPOINT),
                label(view, GapDimension.CHANNEL),
                label(view, GapDimension.FAMILY),
                label(view, GapDimension.DIMENSION),
                label(view, GapDimension.VARIABLE),
                id(view, GapDimension.SEGMENT),
                label(view, GapDimension.SEGMENT),
                label(view, GapDimension.METHOD),
                view.bucket(),
                view.count(),
                view.weight(),
                view.lived(),
                view.promisedCount(),
                view.promisedWeight(),
                view.promisedLived(),
                view.target(),
                view.gap(),
                view.standardError(),
                view.interval() == null ? null : view.interval().lower(),
                view.interval() == null ? null : view.interval().upper(),
                view.significance() == null ? null : view.significance().name(),
                view.severity() == null ? null : view.severity().name(),
                view.methods().stream().map(Enum::name).collect(Collectors.joining("|")),
                view.methodCount(),
                view.unpromisedCount());
    }

    /** The row's values in {@link #COLUMNS} order, as text: null for a missing one (an empty CSV field). */
    List<String> values() {
        List<String> values = new ArrayList<>(COMPONENTS.length);
        for (RecordComponent component : COMPONENTS) {
            try {
                Object value = component.getAccessor().invoke(this);
                // null, not "": an absent value is an empty field, never a quoted empty string (which RFC 4180
                // printers write as "" in a row's first column)
                values.add(value == null ? null : String.valueOf(value));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("a record's accessor is public to its own class", e);
            }
        }
        return values;
    }

    private static String id(GapCellView view, GapDimension dimension) {
        return view.keys().stream()
                .filter(key -> key.dimension() == dimension)
                .map(GapViews.GapKeyView::value)
                .findFirst()
                .orElse(null);
    }

    private static String label(GapCellView view, GapDimension dimension) {
        return view.keys().stream()
                .filter(key -> key.dimension() == dimension)
                .map(GapViews.GapKeyView::label)
                .findFirst()
                .orElse(null);
    }
}
