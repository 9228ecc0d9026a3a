package com.gaplens.bootstrap.bench;

import com.gaplens.bootstrap.bench.IngestionBenchmark.Catalogue;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * The BI publication while ingesting, and a BI query timed in PostgreSQL beside {@code biGapRows}: GapLens in this
 * process on a scratch MongoDB database and the PostgreSQL given (an owner account), publishing every 5 s.
 *
 * <ol>
 *   <li>ingests {@code --measurements} (100,000) measurements over the last year in batches of {@code --batch}
 *       (5,000) through GraphQL, sampling {@code biPublicationStatus} after every batch: the publication's lag while
 *       ingesting, then the time until nothing waits, and the month rows published per second;</li>
 *   <li>times, five runs each, the year by month by touchpoint grouping: in PostgreSQL through a granted login the
 *       documented way ({@code regroup(g)} over {@code gap_rows_month}), and {@code biGapRows} grouped by TOUCHPOINT
 *       by MONTH over the same year, every page — and checks both give the same number of rows.</li>
 * </ol>
 *
 * Run it with {@code ./gaplens bench bi --uri MONGODB_URI --pg-url JDBC_URL --pg-user USER --pg-password PASSWORD}.
 */
public final class BiPublicationBenchmark {

    private static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = IngestionBenchmark.options(args);
        String uri = options.getOrDefault("uri", "mongodb://127.0.0.1:27017/?replicaSet=rs0");
        int total = Integer.parseInt(options.getOrDefault("measurements", "100000"));
        int batchSize = Integer.parseInt(options.getOrDefault("batch", "5000"));
        String database = BenchmarkApp.scratchDatabase("gaplens_bench_bi_");
        Map<String, Object> properties = new HashMap<>(BenchmarkApp.UNLIMITED);
        properties.put(
                "gaplens.bi.postgres.url",
                options.getOrDefault("pg-url", "jdbc:postgresql://127.0.0.1:5432/gaplens_bi"));
        properties.put("gaplens.bi.postgres.user", options.getOrDefault("pg-user", "gaplens"));
        properties.put("gaplens.bi.postgres.password", options.getOrDefault("pg-password", ""));
        properties.put("gaplens.bi.freshness", "30s");
        try (BenchmarkApp app = new BenchmarkApp(uri, database, properties)) {
            Catalogue catalogue = Catalogue.define(app, 1, 20, 4);
            Random random = new Random(42);
            Instant start = LocalDate.now(ZoneOffset.UTC)
                    .minusDays(365)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
            System.out.printf(
                    "GapLens BI publication benchmark: %,d measurements in batches of %,d, %d cores%n",
                    total, batchSize, Runtime.getRuntime().availableProcessors());
            String mutation = "mutation($input: [MeasurementInput!]!) { recordMeasurements(input: $input) "
                    + "{ totals { accepted } } }";
            String status = "{ biPublicationStatus { pendingRows lagSeconds } }";
            double maxLag = 0;
            long ingestStart = System.nanoTime();
            for (int i = 0; i < total; i += batchSize) {
                List<Map<String, Object>> batch = new ArrayList<>();
                for (int j = i; j < Math.min(total, i + batchSize); j++) {
                    batch.add(catalogue.item(random, "m-" + j, start));
                }
                app.call(app.writerToken, mutation, Map.of("input", batch));
                JsonNode now = app.call(app.readerToken, status, Map.of()).get("biPublicationStatus");
                maxLag = Math.max(maxLag, now.get("lagSeconds").asDouble());
            }
            double ingestSeconds = (System.nanoTime() - ingestStart) / 1e9;
            long drainStart = System.nanoTime();
            while (app.call(app.readerToken, status, Map.of())
                            .get("biPublicationStatus")
                            .get("pendingRows")
                            .asLong()
                    > 0) {
                Thread.sleep(200);
            }
            double drainSeconds = (System.nanoTime() - drainStart) / 1e9;

            JsonNode granted = app.call(
                            app.adminToken,
                            "mutation { grantBiAccess(input: {label: \"bench\"}) { jdbcUrl user password } }",
                            Map.of())
                    .get("grantBiAccess");
            try (Connection bi = DriverManager.getConnection(
                    granted.get("jdbcUrl").asString(),
                    granted.get("user").asString(),
                    granted.get("password").asString())) {
                long rows = count(bi, "SELECT count(*) FROM gap_rows_month");
                System.out.printf("month rows published     : %,d%n", rows);
                System.out.printf(
                        "ingestion                : %.1f s (%,.0f measurements/s) while publishing%n",
                        ingestSeconds, total / ingestSeconds);
                System.out.printf("publication lag          : at most %.1f s seen while ingesting%n", maxLag);
                System.out.printf(
                        "after the last batch     : %.1f s until nothing waited; %,.0f rows/s overall%n",
                        drainSeconds, rows / (ingestSeconds + drainSeconds));

                String from = LocalDate.ofInstant(start, ZoneOffset.UTC)
                        .withDayOfMonth(1)
                        .toString();
                String sql = "SELECT touchpoint_id, month, (f).* FROM (SELECT touchpoint_id, month, regroup(g) AS f"
                        + " FROM gap_rows_month g WHERE month >= DATE '" + from + "' GROUP BY 1, 2) x ORDER BY 1, 2";
                double[] postgres = new double[RUNS];
                long sqlRows = 0;
                for (int run = 0; run < RUNS; run++) {
                    long t0 = System.nanoTime();
                    sqlRows = count(bi, "SELECT count(*) FROM (" + sql + ") y");
                    postgres[run] = (System.nanoTime() - t0) / 1e6;
                }
                double[] graphql = new double[RUNS];
                long graphQlRows = 0;
                for (int run = 0; run < RUNS; run++) {
                    long t0 = System.nanoTime();
                    graphQlRows = biGapRowsByTouchpointAndMonth(app, from);
                    graphql[run] = (System.nanoTime() - t0) / 1e6;
                }
                System.out.printf(
                        "year x month x touchpoint: PostgreSQL regroup %.0f ms, biGapRows (every page) %.0f ms"
                                + " (medians of %d); %,d and %,d rows%n",
                        median(postgres), median(graphql), RUNS, sqlRows, graphQlRows);
                if (sqlRows != graphQlRows) {
                    throw new IllegalStateException("PostgreSQL and biGapRows disagree on the rows");
                }
            }
        } finally {
            try (MongoClient cleanup = MongoClients.create(uri)) {
                cleanup.getDatabase(database).drop();
            }
        }
        System.exit(0);
    }

    private static long biGapRowsByTouchpointAndMonth(BenchmarkApp app, String from) {
        String query = "query($after: String, $from: Date!, $to: Date!) { biGapRows(groupBy: [TOUCHPOINT],"
                + " bucket: MONTH, filter: {period: {from: $from, to: $to}}, first: 100, after: $after)"
                + " { edges { node { touchpoint_id bucket n lived gap ci_low ci_high } }"
                + " pageInfo { hasNextPage endCursor } } }";
        long rows = 0;
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("from", from);
            variables.put("to", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString());
            if (after != null) {
                variables.put("after", after);
            }
            JsonNode page = app.call(app.readerToken, query, variables).get("biGapRows");
            rows += page.get("edges").size();
            after = page.get("pageInfo").get("hasNextPage").asBoolean()
                    ? page.get("pageInfo").get("endCursor").asString()
                    : null;
        } while (after != null);
        return rows;
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
