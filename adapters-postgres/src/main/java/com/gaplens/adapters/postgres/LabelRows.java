package com.gaplens.adapters.postgres;

import com.gaplens.application.bi.BiLabels;
import java.sql.Types;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/** The label tables (see tenant-schema.sql): each upsert keeps the label of higher source version. */
final class LabelRows {

    private LabelRows() {}

    /** Writes every label of {@code labels} into {@code schema} (a quoted identifier), in the caller's transaction. */
    static void upsert(JdbcTemplate jdbc, String schema, BiLabels labels) {
        write(jdbc, schema, "brands", List.of("brand_id", "brand", "status"), labels.brands(), l ->
                new Object[] {l.brandId(), l.name(), l.status(), l.version()});
        write(
                jdbc,
                schema,
                "brand_values",
                List.of("brand_value_id", "brand_id", "brand_value", "status"),
                labels.brandValues(),
                l -> new Object[] {l.brandValueId(), l.brandId(), l.name(), l.status(), l.version()});
        write(
                jdbc,
                schema,
                "commitments",
                List.of(
                        "commitment_id",
                        "brand_id",
                        "commitment",
                        "brand_value_id",
                        "variable",
                        "target_level",
                        "origin",
                        "segment_id"),
                labels.commitments(),
                l -> new Object[] {
                    l.commitmentId(),
                    l.brandId(),
                    l.wording(),
                    l.brandValueId(),
                    l.variable(),
                    l.targetLevel(),
                    l.origin(),
                    l.segmentId().orElse(null),
                    l.version()
                });
        write(
                jdbc,
                schema,
                "touchpoints",
                List.of("touchpoint_id", "brand_id", "touchpoint", "phase", "channel", "status"),
                labels.touchpoints(),
                l -> new Object[] {
                    l.touchpointId(), l.brandId(), l.name(), l.phase(), l.channel(), l.status(), l.version()
                });
        write(
                jdbc,
                schema,
                "segments",
                List.of("segment_id", "brand_id", "segment", "kind", "status"),
                labels.segments(),
                l -> new Object[] {l.segmentId(), l.brandId(), l.name(), l.kind(), l.status(), l.version()});
    }

    /** One table: the columns given (the first is the key), then {@code source_version}. */
    private static <L> void write(
            JdbcTemplate jdbc,
            String schema,
            String table,
            List<String> columns,
            List<L> labels,
            Function<L, Object[]> values) {
        if (labels.isEmpty()) {
            return;
        }
        String qualified = schema + "." + table;
        String sql = "INSERT INTO " + qualified + " (" + String.join(", ", columns) + ", source_version) VALUES ("
                + "?, ".repeat(columns.size()) + "?) ON CONFLICT (" + columns.getFirst() + ") DO UPDATE SET "
                + columns.stream().skip(1).map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "))
                + ", source_version = EXCLUDED.source_version WHERE " + qualified
                + ".source_version < EXCLUDED.source_version";
        int[] types = new int[columns.size() + 1];
        for (int i = 0; i < columns.size(); i++) {
            types[i] = columns.get(i).equals("target_level") ? Types.DOUBLE : Types.VARCHAR;
        }
        types[columns.size()] = Types.BIGINT;
        jdbc.batchUpdate(sql, labels.stream().map(values).toList(), types);
    }
}
