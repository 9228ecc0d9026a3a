package com.gaplens.adapters.postgres;

import com.gaplens.application.bi.GapRow;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.domain.gap.CellReport;
import com.gaplens.domain.gap.CellStatistics;
import com.gaplens.domain.gap.ConfidenceInterval;
import com.gaplens.domain.gap.Gap;
import com.gaplens.domain.measurement.MeasurementMethod;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The columns of {@code month_cells} (see tenant-schema.sql), in the order this class binds them, and the upsert
 * that keeps the row of higher version: one statement for a whole batch.
 */
final class MonthCellRows {

    /** Every column written, in binding order. */
    static final List<String> COLUMNS = columns();

    private MonthCellRows() {}

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of(
                "cell_id",
                "cell_version",
                "brand_id",
                "brand_value_id",
                "commitment_id",
                "phase",
                "touchpoint_id",
                "channel",
                "family",
                "dimension",
                "variable",
                "segment_id",
                "method",
                "month",
                "n",
                "weight",
                "lived",
                "promised_n",
                "promised_weight",
                "promised_lived",
                "target",
                "gap",
                "std_error",
                "ci_low",
                "ci_high",
                "significance",
                "severity",
                "methods",
                "triangulation",
                "unpromised_n",
                "promised_sum",
                "promised_sum_of_squares",
                "target_sum",
                "unpromised_weight",
                "unpromised_sum",
                "unpromised_sum_of_squares"));
        for (MeasurementMethod method : MeasurementMethod.values()) {
            columns.add(methodColumn(method));
        }
        return List.copyOf(columns);
    }

    /** The column counting a method's measurements: {@code observation_n}, … */
    static String methodColumn(MeasurementMethod method) {
        return method.name().toLowerCase(Locale.ROOT) + "_n";
    }

    /** The upsert into {@code schema} (a quoted identifier). */
    static String upsert(String schema) {
        String table = schema + ".month_cells";
        return "INSERT INTO " + table + " (" + String.join(", ", COLUMNS) + ", published_at) VALUES ("
                + COLUMNS.stream().map(c -> "?").collect(Collectors.joining(", ")) + ", now())"
                + " ON CONFLICT (cell_id) DO UPDATE SET "
                + COLUMNS.stream()
                        .filter(c -> !c.equals("cell_id"))
                        .map(c -> c + " = EXCLUDED." + c)
                        .collect(Collectors.joining(", "))
                + ", published_at = now() WHERE " + table + ".cell_version < EXCLUDED.cell_version";
    }

    /** Binds {@code row} in {@link #COLUMNS} order. */
    static void bind(PreparedStatement statement, GapRow row) throws SQLException {
        Binder b = new Binder(statement);
        b.text(row.cellId());
        b.number(row.version());
        b.text(row.key(GapDimension.BRAND));
        b.text(row.key(GapDimension.BRAND_VALUE));
        b.text(row.key(GapDimension.COMMITMENT));
        b.text(row.key(GapDimension.PHASE));
        b.text(row.key(GapDimension.TOUCHPOINT));
        b.text(row.key(GapDimension.CHANNEL));
        b.text(row.key(GapDimension.FAMILY));
        b.text(row.key(GapDimension.DIMENSION));
        b.text(row.key(GapDimension.VARIABLE));
        b.text(row.key(GapDimension.SEGMENT));
        b.text(row.key(GapDimension.METHOD));
        statement.setObject(b.next(), row.month().atDay(1));
        CellStatistics sums = row.statistics();
        Optional<CellReport> report = row.report();
        Optional<Gap> gap = report.flatMap(CellReport::gap);
        b.number(report.map(r -> r.lived().count()).orElse(0L));
        b.number(report.map(r -> r.lived().weight()).orElse(0L));
        b.decimal(report.map(r -> OptionalDouble.of(r.lived().lived())).orElse(OptionalDouble.empty()));
        b.number(gap.map(g -> g.lived().count()).orElse(0L));
        b.number(gap.map(g -> g.lived().weight()).orElse(0L));
        b.decimal(gap.map(g -> OptionalDouble.of(g.lived().lived())).orElse(OptionalDouble.empty()));
        b.decimal(gap.map(g -> OptionalDouble.of(g.target())).orElse(OptionalDouble.empty()));
        b.decimal(gap.map(g -> OptionalDouble.of(g.value())).orElse(OptionalDouble.empty()));
        b.decimal(gap.map(g -> g.lived().standardError()).orElse(OptionalDouble.empty()));
        Optional<ConfidenceInterval> interval = gap.flatMap(g -> g.lived().interval());
        b.decimal(interval.map(i -> OptionalDouble.of(i.lower())).orElse(OptionalDouble.empty()));
        b.decimal(interval.map(i -> OptionalDouble.of(i.upper())).orElse(OptionalDouble.empty()));
        b.text(gap.map(g -> g.significance().name()));
        b.text(gap.map(g -> g.severity().name()));
        b.text(Optional.of(sums.methods().stream().map(Enum::name).collect(Collectors.joining("|"))));
        statement.setInt(b.next(), sums.methods().size());
        b.number(sums.unpromised().count());
        b.decimal(OptionalDouble.of(sums.promised().sum()));
        b.decimal(OptionalDouble.of(sums.promised().sumOfSquares()));
        b.decimal(OptionalDouble.of(sums.targetSum()));
        b.number(sums.unpromised().weight());
        b.decimal(OptionalDouble.of(sums.unpromised().sum()));
        b.decimal(OptionalDouble.of(sums.unpromised().sumOfSquares()));
        for (MeasurementMethod method : MeasurementMethod.values()) {
            b.number(method == row.method() ? sums.count() : 0L);
        }
    }

    /** Sets parameters one after the other. */
    private static final class Binder {
        private final PreparedStatement statement;
        private int index;

        Binder(PreparedStatement statement) {
            this.statement = statement;
        }

        int next() {
            return ++index;
        }

        void text(String value) throws SQLException {
            statement.setString(next(), value);
        }

        void text(Optional<String> value) throws SQLException {
            if (value.isPresent()) {
                statement.setString(next(), value.get());
            } else {
                statement.setNull(next(), Types.VARCHAR);
            }
        }

        void number(long value) throws SQLException {
            statement.setLong(next(), value);
        }

        void decimal(OptionalDouble value) throws SQLException {
            if (value.isPresent()) {
                statement.setDouble(next(), value.getAsDouble());
            } else {
                statement.setNull(next(), Types.DOUBLE);
            }
        }
    }
}
