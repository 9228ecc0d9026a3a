package com.gaplens.adapters.postgres.support;

import com.gaplens.application.bi.GapRow;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.domain.gap.CellReport;
import com.gaplens.domain.gap.CellStatistics;
import com.gaplens.domain.gap.Gap;
import com.gaplens.domain.gap.SeverityThresholds;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A coarser grouping of month rows — some of the key columns and a period (month, quarter or year) — computed both
 * ways: in SQL the documented way ({@code regroup(g)} over {@code gap_rows_month}), and in Java by merging the
 * cells' statistics and reporting them as the gap views do. Figures are compared to 1e-9.
 */
public record Regroupings(List<GapDimension> dimensions, String period) {

    /** The id column of each dimension in {@code gap_rows_month}. */
    public static String column(GapDimension dimension) {
        return switch (dimension) {
            case BRAND -> "brand_id";
            case BRAND_VALUE -> "brand_value_id";
            case COMMITMENT -> "commitment_id";
            case TOUCHPOINT -> "touchpoint_id";
            case SEGMENT -> "segment_id";
            default -> dimension.name().toLowerCase(Locale.ROOT);
        };
    }

    /** A random grouping: up to four dimensions and one of month, quarter, year. */
    public static Regroupings random(Random random) {
        List<GapDimension> all = new ArrayList<>(List.of(GapDimension.values()));
        java.util.Collections.shuffle(all, random);
        List<GapDimension> chosen =
                all.subList(0, random.nextInt(5)).stream().sorted().toList();
        return new Regroupings(chosen, List.of("month", "quarter", "year").get(random.nextInt(3)));
    }

    /** The group of {@code row}: its values of the dimensions (empty text for none) and its period's key. */
    public String groupOf(GapRow row) {
        YearMonth month = row.month();
        String bucket = switch (period) {
            case "month" -> month.toString();
            case "quarter" -> month.getYear() + "-Q" + month.atDay(1).get(IsoFields.QUARTER_OF_YEAR);
            default -> String.valueOf(month.getYear());
        };
        List<String> parts = new ArrayList<>(
                dimensions.stream().map(d -> row.key(d).orElse("")).toList());
        parts.add(bucket);
        return String.join("|", parts);
    }

    /** The SQL the documentation gives, over {@code schema} (a quoted identifier). */
    public String sql(String schema) {
        String keys = dimensions.stream()
                .map(d -> "coalesce(" + column(d) + ", '')")
                .collect(Collectors.joining(" || '|' || "));
        String bucket = switch (period) {
            case "month" -> "to_char(month, 'YYYY-MM')";
            case "quarter" -> "to_char(month, 'YYYY') || '-Q' || to_char(month, 'Q')";
            default -> "to_char(month, 'YYYY')";
        };
        String group = (keys.isEmpty() ? "" : keys + " || '|' || ") + bucket;
        return "SELECT grp, (f).* FROM (SELECT " + group + " AS grp, " + schema + ".regroup(g) AS f FROM " + schema
                + ".gap_rows_month g GROUP BY 1) x";
    }

    /** Java's figures per group. */
    public Map<String, Map<String, Object>> expected(List<GapRow> rows) {
        Map<String, CellStatistics> merged = new HashMap<>();
        for (GapRow row : rows) {
            if (!row.statistics().isEmpty()) {
                merged.merge(groupOf(row), row.statistics(), CellStatistics::merge);
            }
        }
        Map<String, Map<String, Object>> reports = new TreeMap<>();
        merged.forEach((group, sums) -> reports.put(
                group, columns(sums.report(SeverityThresholds.DEFAULT).orElseThrow(), sums)));
        return reports;
    }

    /** Asserts both ways give the same groups with the same figures: numbers to 1e-9, the rest equal. */
    public static void assertSameFigures(
            Map<String, Map<String, Object>> expected, Map<String, Map<String, Object>> computed, String what) {
        org.assertj.core.api.Assertions.assertThat(computed.keySet())
                .as("groups of %s", what)
                .isEqualTo(expected.keySet());
        expected.forEach((group, figures) -> figures.forEach((column, value) -> {
            Object actual = computed.get(group).get(column);
            String where = what + ", group " + group + ", " + column;
            if (value instanceof Double d) {
                org.assertj.core.api.Assertions.assertThat(actual).as(where).isInstanceOf(Double.class);
                org.assertj.core.api.Assertions.assertThat((Double) actual)
                        .as(where)
                        .isCloseTo(d, org.assertj.core.api.Assertions.within(1e-9));
            } else if (value instanceof Number n) {
                org.assertj.core.api.Assertions.assertThat(((Number) actual).longValue())
                        .as(where)
                        .isEqualTo(n.longValue());
            } else {
                org.assertj.core.api.Assertions.assertThat(actual).as(where).isEqualTo(value);
            }
        }));
    }

    /** SQL's figures per group, by column name. */
    public Map<String, Map<String, Object>> computed(Connection connection, String schema) throws Exception {
        Map<String, Map<String, Object>> groups = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql(schema))) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> figures = new HashMap<>();
                for (int c = 2; c <= columns; c++) {
                    figures.put(rs.getMetaData().getColumnName(c), rs.getObject(c));
                }
                groups.put(rs.getString(1), figures);
            }
        }
        return groups;
    }

    /** The figures Java reports, named as the columns are. */
    public static Map<String, Object> columns(CellReport report, CellStatistics sums) {
        Map<String, Object> figures = new HashMap<>();
        figures.put("n", report.lived().count());
        figures.put("weight", report.lived().weight());
        figures.put("lived", report.lived().lived());
        Optional<Gap> gap = report.gap();
        figures.put("promised_n", gap.map(g -> g.lived().count()).orElse(0L));
        figures.put("promised_weight", gap.map(g -> g.lived().weight()).orElse(0L));
        figures.put("promised_lived", gap.map(g -> g.lived().lived()).orElse(null));
        figures.put("target", gap.map(Gap::target).orElse(null));
        figures.put("gap", gap.map(Gap::value).orElse(null));
        figures.put(
                "std_error",
                gap.flatMap(g -> g.lived().standardError().isPresent()
                                ? Optional.of(g.lived().standardError().getAsDouble())
                                : Optional.empty())
                        .orElse(null));
        figures.put(
                "ci_low",
                gap.flatMap(g -> g.lived().interval()).map(i -> i.lower()).orElse(null));
        figures.put(
                "ci_high",
                gap.flatMap(g -> g.lived().interval()).map(i -> i.upper()).orElse(null));
        figures.put("significance", gap.map(g -> g.significance().name()).orElse(null));
        figures.put("severity", gap.map(g -> g.severity().name()).orElse(null));
        figures.put("methods", sums.methods().stream().map(Enum::name).collect(Collectors.joining("|")));
        figures.put("triangulation", sums.methods().size());
        figures.put("unpromised_n", report.unpromisedCount());
        return figures;
    }

    /** Every dimension a grouping can use, with its column: for documentation of the test. */
    public static Map<GapDimension, String> columns() {
        Map<GapDimension, String> columns = new EnumMap<>(GapDimension.class);
        for (GapDimension d : GapDimension.values()) {
            columns.put(d, column(d));
        }
        return columns;
    }
}
