package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The same groups read two ways — {@code biGapRows} over GraphQL, and {@code gap_rows_month} in PostgreSQL (grouped
 * the documented way with {@code regroup(g)} when coarser than a month row) — keyed alike and compared figure by
 * figure (numbers to 1e-9).
 */
final class BiRows {

    /** The dimensions of biGapRows, each with its id column in both. */
    static final Map<String, String> DIMENSIONS = dimensions();

    private static final List<String> NUMBERS = List.of(
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
            "triangulation",
            "unpromised_n");

    private BiRows() {}

    private static Map<String, String> dimensions() {
        Map<String, String> columns = new java.util.LinkedHashMap<>();
        columns.put("BRAND", "brand_id");
        columns.put("BRAND_VALUE", "brand_value_id");
        columns.put("COMMITMENT", "commitment_id");
        columns.put("PHASE", "phase");
        columns.put("TOUCHPOINT", "touchpoint_id");
        columns.put("CHANNEL", "channel");
        columns.put("FAMILY", "family");
        columns.put("DIMENSION", "dimension");
        columns.put("VARIABLE", "variable");
        columns.put("SEGMENT", "segment_id");
        columns.put("METHOD", "method");
        return columns;
    }

    /** A grouping: some dimensions and a bucket (MONTH, QUARTER or YEAR). */
    record Grouping(List<String> dimensions, String bucket) {

        static Grouping random(Random random) {
            List<String> all = new ArrayList<>(DIMENSIONS.keySet());
            java.util.Collections.shuffle(all, random);
            List<String> chosen = new ArrayList<>(all.subList(0, random.nextInt(5)));
            chosen.sort(java.util.Comparator.comparing(new ArrayList<>(DIMENSIONS.keySet())::indexOf));
            return new Grouping(chosen, List.of("MONTH", "QUARTER", "YEAR").get(random.nextInt(3)));
        }

        static Grouping everyDimensionByMonth() {
            return new Grouping(new ArrayList<>(DIMENSIONS.keySet()), "MONTH");
        }

        /** biGapRows of this grouping, every page, by key. */
        Map<String, Map<String, Object>> fromGraphQl(HttpGraphQlTester reader) {
            Map<String, Map<String, Object>> rows = new TreeMap<>();
            String after = null;
            do {
                var request = reader.documentName("biGapRowsEveryKey")
                        .variable("groupBy", dimensions)
                        .variable("bucket", bucket)
                        .variable("first", 100);
                if (after != null) {
                    request = request.variable("after", after);
                }
                var response = request.execute();
                List<Map<String, Object>> nodes = response.path("biGapRows.edges[*].node")
                        .entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
                        .get();
                for (Map<String, Object> node : nodes) {
                    List<String> key = new ArrayList<>();
                    for (String dimension : dimensions) {
                        Object value = node.get(DIMENSIONS.get(dimension).toLowerCase(Locale.ROOT));
                        key.add(value == null ? "" : internalId(dimension, value.toString()));
                    }
                    key.add((String) node.get("bucket"));
                    rows.put(String.join("|", key), node);
                }
                boolean more = response.path("biGapRows.pageInfo.hasNextPage")
                        .entity(Boolean.class)
                        .get();
                after = more
                        ? response.path("biGapRows.pageInfo.endCursor")
                                .entity(String.class)
                                .get()
                        : null;
            } while (after != null);
            return rows;
        }

        /** The same grouping in SQL, over the login's {@code gap_rows_month}, the documented way. */
        Map<String, Map<String, Object>> fromSql(Connection connection) throws Exception {
            List<String> key = new ArrayList<>();
            for (String dimension : dimensions) {
                key.add("coalesce(" + DIMENSIONS.get(dimension) + ", '')");
            }
            key.add(
                    switch (bucket) {
                        case "MONTH" -> "to_char(month, 'YYYY-MM')";
                        case "QUARTER" -> "to_char(month, 'YYYY') || '-Q' || to_char(month, 'Q')";
                        default -> "to_char(month, 'YYYY')";
                    });
            String sql = "SELECT k, (f).* FROM (SELECT " + String.join(" || '|' || ", key)
                    + " AS k, regroup(g) AS f FROM gap_rows_month g GROUP BY 1) x";
            Map<String, Map<String, Object>> rows = new TreeMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    Map<String, Object> figures = new HashMap<>();
                    for (int c = 2; c <= rs.getMetaData().getColumnCount(); c++) {
                        figures.put(rs.getMetaData().getColumnName(c), rs.getObject(c));
                    }
                    rows.put(rs.getString(1), figures);
                }
            }
            return rows;
        }

        @Override
        public String toString() {
            return dimensions.stream().collect(Collectors.joining(",", "[", "]")) + " by " + bucket;
        }
    }

    /**
     * The id PostgreSQL carries for a key biGapRows shows: catalogue objects travel over GraphQL as global ids
     * (base64url of {@code Type:id}), in PostgreSQL as the ids themselves; enum keys are the same in both.
     */
    static String internalId(String dimension, String value) {
        if (!DIMENSIONS.get(dimension).endsWith("_id")) {
            return value;
        }
        String decoded =
                new String(java.util.Base64.getUrlDecoder().decode(value), java.nio.charset.StandardCharsets.UTF_8);
        return decoded.substring(decoded.indexOf(':') + 1);
    }

    /** Every group of biGapRows is a row of SQL's with the same figures, and no other. */
    static void assertSame(
            Map<String, Map<String, Object>> graphQl, Map<String, Map<String, Object>> sql, String what) {
        assertThat(sql.keySet()).as("groups of " + what).isEqualTo(graphQl.keySet());
        graphQl.forEach((key, row) -> {
            Map<String, Object> published = sql.get(key);
            String where = what + ", " + key;
            for (String figure : NUMBERS) {
                Object expected = row.get(figure);
                Object actual = published.get(figure);
                if (expected == null) {
                    assertThat(actual).as(where + " " + figure).isNull();
                } else {
                    assertThat(actual).as(where + " " + figure).isNotNull();
                    assertThat(((Number) actual).doubleValue())
                            .as(where + " " + figure)
                            .isCloseTo(((Number) expected).doubleValue(), within(1e-9));
                }
            }
            assertThat(published.get("severity")).as(where + " severity").isEqualTo(row.get("severity"));
            assertThat(published.get("methods")).as(where + " methods").isEqualTo(row.get("methods"));
            assertThat(published.get("significance"))
                    .as(where + " significance")
                    .isEqualTo(row.get("significance"));
        });
    }
}
