package com.gaplens.bootstrap.bench;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import tools.jackson.databind.JsonNode;

/**
 * Ingestion benchmark, in three profiles, each through GapLens's GraphQL API against any MongoDB, each compared in the
 * same run with the raw baseline: an unordered {@code insertMany} of the very documents GapLens stored (read back),
 * in batches of the same size, into a scratch collection with the same unique index on (tenant, externalId) and the
 * same write concern (majority, journaled). Each profile ends with {@code rebuildRollups} of every brand, which must
 * find 0 differing cells, and {@code rollupStatus.pendingRollups} 0. A call is timed from its request sent to its answer
 * read: the client writes every request body first, as the baseline has its documents ready. Each side first writes
 * 15,000 untimed warm-up measurements of the same profile (dense: on the day before the measured cell-day).
 *
 * <ul>
 *   <li>{@code spread}: measurements drawn over 3 brands × 17 touchpoints × 10 segments, all methods, a year, in
 *       batches of 5,000: most measurements reach cells of their own;</li>
 *   <li>{@code dense}: single observations (0 or 100, "served in time") into one cell-day, in batches of 5,000: every
 *       batch adds to the same cells, which grow to a million measurements; the median of the last 10 batches is
 *       compared with that of the first 10;</li>
 *   <li>{@code stream}: one measurement per call from concurrent clients into a handful of cells: calls per second
 *       and latency percentiles.</li>
 * </ul>
 *
 * <p>{@code ./gaplens bench ingest --uri URI [--profile spread|dense|stream|all] [--measurements N] [--calls N]
 * [--clients N]}.
 */
public final class IngestionBenchmark {

    private static final String RECORD = "mutation($input: [MeasurementInput!]!) { recordMeasurements(input: $input) "
            + "{ totals { accepted duplicates conflicts rejected } } }";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String uri = options.getOrDefault("uri", "mongodb://127.0.0.1:27017/?replicaSet=rs0");
        String profile = options.getOrDefault("profile", "all");
        try (MongoClient raw = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .writeConcern(WriteConcern.MAJORITY.withJournal(true))
                .build())) {
            String version = raw.getDatabase("admin")
                    .runCommand(new Document("buildInfo", 1))
                    .getString("version");
            System.out.printf(
                    "GapLens ingestion benchmark: MongoDB %s, %d cores%n",
                    version, Runtime.getRuntime().availableProcessors());
            if (profile.equals("all") || profile.equals("spread")) {
                spread(uri, raw, Integer.parseInt(options.getOrDefault("measurements", "100000")));
            }
            if (profile.equals("all") || profile.equals("dense")) {
                dense(uri, raw, Integer.parseInt(options.getOrDefault("dense-measurements", "1000000")));
            }
            if (profile.equals("all") || profile.equals("stream")) {
                stream(
                        uri,
                        Integer.parseInt(options.getOrDefault("calls", "50000")),
                        Integer.parseInt(options.getOrDefault("clients", "4")));
            }
        }
        System.exit(0);
    }

    private static void spread(String uri, MongoClient raw, int total) {
        String database = BenchmarkApp.scratchDatabase("gaplens_bench_spread_");
        try (BenchmarkApp app = new BenchmarkApp(uri, database, BenchmarkApp.UNLIMITED)) {
            Catalogue catalogue = Catalogue.define(app, 3, 17, 10);
            Random random = new Random(42);
            Instant start = LocalDate.now(ZoneOffset.UTC)
                    .minusDays(365)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
            List<List<Map<String, Object>>> batches = new ArrayList<>();
            for (int i = 0; i < total + WARM_UP; i += 5_000) {
                List<Map<String, Object>> batch = new ArrayList<>();
                for (int j = i; j < Math.min(total + WARM_UP, i + 5_000); j++) {
                    batch.add(catalogue.item(random, j < WARM_UP ? WARM + j : "m-" + j, start));
                }
                batches.add(batch);
            }
            warmUp(app, batches.subList(0, WARM_UP / 5_000));
            List<List<Map<String, Object>>> measured = batches.subList(WARM_UP / 5_000, batches.size());
            Timings api = record(app, measured);
            Timings baseline = rawBaseline(raw, database);
            report("spread", total, api, baseline, 0.3);
            double replay = timed(() -> app.call(app.writerToken, RECORD, Map.of("input", measured.getFirst())));
            System.out.printf(
                    "spread: replay of a batch (all DUPLICATE) %.3f s, %.2f of a fresh batch%n",
                    replay, replay / api.median());
            check(app, catalogue.brands().stream().map(Catalogue.Brand::id).toList(), "spread");
        } finally {
            drop(uri, database);
        }
    }

    private static void dense(String uri, MongoClient raw, int total) {
        String database = BenchmarkApp.scratchDatabase("gaplens_bench_dense_");
        try (BenchmarkApp app = new BenchmarkApp(uri, database, BenchmarkApp.UNLIMITED)) {
            Catalogue catalogue = Catalogue.define(app, 1, 1, 0);
            Catalogue.Brand brand = catalogue.brands().getFirst();
            String measuredDay = LocalDate.now(ZoneOffset.UTC).minusDays(1) + "T";
            String warmUpDay = LocalDate.now(ZoneOffset.UTC).minusDays(2) + "T";
            List<List<Map<String, Object>>> batches = new ArrayList<>();
            Random random = new Random(7);
            for (int i = 0; i < total + WARM_UP; i += 5_000) {
                List<Map<String, Object>> batch = new ArrayList<>();
                for (int j = i; j < Math.min(total + WARM_UP, i + 5_000); j++) {
                    String day = j < WARM_UP ? warmUpDay : measuredDay;
                    batch.add(Map.of(
                            "externalId",
                            j < WARM_UP ? WARM + j : "served-" + j,
                            "brandId",
                            brand.id(),
                            "touchpointId",
                            brand.touchpoints().getFirst(),
                            "variable",
                            "ACCESS_EASY",
                            "method",
                            "OBSERVATION",
                            "scale",
                            "PERCENT",
                            "value",
                            random.nextInt(10) < 8 ? 100 : 0,
                            "observedAt",
                            day + String.format("%02d:%02d:00Z", (j / 60) % 24, j % 60)));
                }
                batches.add(batch);
            }
            warmUp(app, batches.subList(0, WARM_UP / 5_000));
            Timings api = record(app, batches.subList(WARM_UP / 5_000, batches.size()));
            Timings baseline = rawBaseline(raw, database);
            report("dense", total, api, baseline, 0.5);
            double first =
                    median(api.perBatch().subList(0, Math.min(10, api.perBatch().size())));
            double last = median(api.perBatch()
                    .subList(
                            Math.max(0, api.perBatch().size() - 10),
                            api.perBatch().size()));
            System.out.printf(
                    "dense: median of the first 10 batches %.3f s, of the last 10 %.3f s: ratio %.2f (goal ≤ 1.25)%n",
                    first, last, last / first);
            check(app, List.of(brand.id()), "dense");
        } finally {
            drop(uri, database);
        }
    }

    private static void stream(String uri, int calls, int clients) throws Exception {
        String database = BenchmarkApp.scratchDatabase("gaplens_bench_stream_");
        try (BenchmarkApp app = new BenchmarkApp(uri, database, BenchmarkApp.UNLIMITED)) {
            Catalogue catalogue = Catalogue.define(app, 1, 2, 1);
            Catalogue.Brand brand = catalogue.brands().getFirst();
            String day = LocalDate.now(ZoneOffset.UTC).minusDays(1) + "T12:00:00Z";
            String one = "mutation($input: MeasurementInput!) { recordMeasurement(input: $input) { status } }";
            long[] latencies = new long[calls];
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            long start = System.nanoTime();
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(clients)) {
                List<java.util.concurrent.Future<?>> done = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    done.add(pool.submit(() -> {
                        int i;
                        while ((i = next.getAndIncrement()) < calls) {
                            Map<String, Object> item = new HashMap<>(Map.of(
                                    "externalId",
                                    "call-" + i,
                                    "brandId",
                                    brand.id(),
                                    "touchpointId",
                                    brand.touchpoints().get(i % 2),
                                    "variable",
                                    i % 3 == 0 ? "USE_EASY" : "ACCESS_EASY",
                                    "method",
                                    "OBSERVATION",
                                    "scale",
                                    "PERCENT",
                                    "value",
                                    (i * 37) % 101,
                                    "observedAt",
                                    day));
                            if (i % 4 == 0) {
                                item.put("segmentId", brand.segments().getFirst());
                            }
                            long t0 = System.nanoTime();
                            app.call(app.writerToken, one, Map.of("input", item));
                            latencies[i] = System.nanoTime() - t0;
                        }
                        return null;
                    }));
                }
                for (var future : done) {
                    future.get();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "stream: every measurement in the cells %.2f s after the last answer%n", untilFolded(app));
            long[] sorted = latencies.clone();
            java.util.Arrays.sort(sorted);
            System.out.printf(
                    "stream: %,d calls of one measurement from %d clients in %.1f s: %,.0f calls/s; latency p50 %.1f ms,"
                            + " p95 %.1f ms, p99 %.1f ms%n",
                    calls,
                    clients,
                    seconds,
                    calls / seconds,
                    sorted[calls / 2] / 1e6,
                    sorted[(int) (calls * 0.95)] / 1e6,
                    sorted[(int) (calls * 0.99)] / 1e6);
            check(app, List.of(brand.id()), "stream");
        } finally {
            drop(uri, database);
        }
    }

    /**
     * Each batch's time through the API, the total, and how long after the last answer the folder had added every
     * acknowledged measurement to the cells (0 for the baseline).
     */
    record Timings(List<Double> perBatch, double total, double folded) {
        Timings(List<Double> perBatch, double total) {
            this(perBatch, total, 0);
        }

        double median() {
            return IngestionBenchmark.median(perBatch);
        }
    }

    /**
     * Batches sent before the timed ones, on both sides (GapLens, then the baseline's first inserts): the JVM's
     * compiler and a new collection's first writes are not what is measured, and a slow start would hide a slowdown
     * of the last batches against the first.
     */
    private static final int WARM_UP = 15_000;

    /** The external ids of the warm-up measurements start with this. */
    private static final String WARM = "warm-";

    private static void warmUp(BenchmarkApp app, List<List<Map<String, Object>>> batches) {
        for (List<Map<String, Object>> batch : batches) {
            app.call(app.writerToken, RECORD, Map.of("input", batch));
        }
    }

    private static Timings record(BenchmarkApp app, List<List<Map<String, Object>>> batches) {
        List<String> bodies = batches.stream()
                .map(batch -> BenchmarkApp.body(RECORD, Map.of("input", batch)))
                .toList();
        List<Double> times = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < batches.size(); i++) {
            List<Map<String, Object>> batch = batches.get(i);
            long t0 = System.nanoTime();
            JsonNode totals = app.post(app.writerToken, bodies.get(i))
                    .get("recordMeasurements")
                    .get("totals");
            double seconds = (System.nanoTime() - t0) / 1e9;
            times.add(seconds);
            total += seconds;
            if (totals.get("accepted").asInt() != batch.size()) {
                throw new IllegalStateException("not all accepted: " + totals);
            }
        }
        return new Timings(times, total, untilFolded(app));
    }

    /**
     * Seconds until {@code rollupStatus.pendingRollups} is 0: the background folder has added every acknowledged
     * measurement to the cells (reads fold first, so views never wait for it; this is the sustained rate).
     */
    private static double untilFolded(BenchmarkApp app) {
        long t0 = System.nanoTime();
        while (app.call(app.readerToken, "{ rollupStatus { pendingRollups } }", Map.of())
                        .get("rollupStatus")
                        .get("pendingRollups")
                        .asLong()
                > 0) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * The documents GapLens stored, read back in batches of 5,000, inserted with an unordered {@code insertMany} into
     * a scratch collection with the same unique index and write concern; only the inserts are timed.
     */
    private static Timings rawBaseline(MongoClient raw, String database) {
        MongoCollection<Document> stored = raw.getDatabase(database).getCollection("measurements");
        MongoCollection<Document> scratch = raw.getDatabase(database)
                .getCollection("raw_baseline")
                .withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
        scratch.createIndex(new Document("tenant", 1).append("externalId", 1), new IndexOptions().unique(true));
        List<Document> warmUp = new ArrayList<>();
        stored.find(Filters.regex("externalId", "^" + WARM)).forEach(document -> {
            document.remove("_id");
            warmUp.add(document);
        });
        for (int from = 0; from < warmUp.size(); from += 5_000) {
            scratch.insertMany(
                    warmUp.subList(from, Math.min(warmUp.size(), from + 5_000)),
                    new InsertManyOptions().ordered(false));
        }
        List<Double> times = new ArrayList<>();
        double total = 0;
        List<Document> batch = new ArrayList<>(5_000);
        try (MongoCursor<Document> all = stored.find(Filters.not(Filters.regex("externalId", "^" + WARM)))
                .batchSize(5_000)
                .iterator()) {
            while (all.hasNext()) {
                Document document = all.next();
                document.remove("_id");
                batch.add(document);
                if (batch.size() == 5_000 || !all.hasNext()) {
                    long t0 = System.nanoTime();
                    scratch.insertMany(batch, new InsertManyOptions().ordered(false));
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    times.add(seconds);
                    total += seconds;
                    batch = new ArrayList<>(5_000);
                }
            }
        }
        return new Timings(times, total);
    }

    private static void report(String profile, int total, Timings api, Timings raw, double goal) {
        System.out.printf(
                "%s: %,d measurements in batches of 5,000%n"
                        + "  GapLens recordMeasurements: %,.0f measurements/s (%.1f s; median batch %.3f s)%n"
                        + "  raw insertMany, same documents: %,.0f documents/s (%.1f s; median batch %.3f s)%n"
                        + "  ratio GapLens / raw: %.2f (goal ≥ %.1f)%n"
                        + "  every measurement in the cells %.2f s after the last answer: %,.0f measurements/s"
                        + " sustained, ratio %.2f%n",
                profile,
                total,
                total / api.total(),
                api.total(),
                api.median(),
                total / raw.total(),
                raw.total(),
                raw.median(),
                raw.total() / api.total(),
                goal,
                api.folded(),
                total / (api.total() + api.folded()),
                raw.total() / (api.total() + api.folded()));
    }

    /** rebuildRollups of each brand over the year finds 0 differing cells; nothing is left pending. */
    private static void check(BenchmarkApp app, List<String> brands, String profile) {
        for (String brand : brands) {
            long t0 = System.nanoTime();
            JsonNode rebuilt = app.call(
                            app.adminToken,
                            "mutation($input: RebuildRollupsInput!) { rebuildRollups(input: $input) {"
                                    + " measurementsRead cellsChecked cellsDiffering cellsBusy } }",
                            Map.of(
                                    "input",
                                    Map.of(
                                            "brandId",
                                            brand,
                                            "period",
                                            Map.of(
                                                    "from",
                                                    LocalDate.now(ZoneOffset.UTC)
                                                            .minusYears(2)
                                                            .toString(),
                                                    "to",
                                                    LocalDate.now(ZoneOffset.UTC)
                                                            .toString()))))
                    .get("rebuildRollups");
            System.out.printf(
                    "%s: rebuildRollups read %,d measurements, checked %,d cells in %.1f s: %d differing, %d busy%n",
                    profile,
                    rebuilt.get("measurementsRead").asLong(),
                    rebuilt.get("cellsChecked").asLong(),
                    (System.nanoTime() - t0) / 1e9,
                    rebuilt.get("cellsDiffering").asLong(),
                    rebuilt.get("cellsBusy").asLong());
            if (rebuilt.get("cellsDiffering").asLong() != 0) {
                throw new IllegalStateException(profile + ": the roll-ups differ from the raw measurements");
            }
        }
        JsonNode status = app.call(app.readerToken, "{ rollupStatus { pendingRollups unfinishedChanges } }", Map.of())
                .get("rollupStatus");
        System.out.printf(
                "%s: rollupStatus pendingRollups %d, unfinishedChanges %d%n",
                profile,
                status.get("pendingRollups").asLong(),
                status.get("unfinishedChanges").asLong());
        if (status.get("pendingRollups").asLong() != 0) {
            throw new IllegalStateException(profile + ": measurements left out of the views");
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    private static double timed(Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void drop(String uri, String database) {
        try (MongoClient cleanup = MongoClients.create(uri)) {
            cleanup.getDatabase(database).drop();
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    /** A realistic catalogue defined through the API: brands with values, touchpoints, segments, a promise. */
    record Catalogue(List<Brand> brands) {

        record Brand(String id, List<String> touchpoints, List<String> segments, Map<String, String> commitments) {}

        static final String[] METHODS = {
            "OBSERVATION", "BAROMETER", "COMPLAINT", "SOCIAL", "EXPERT_REVIEW", "CONSUMER_STUDY"
        };
        static final String[] PHASES = {"BEFORE_PURCHASE", "PURCHASE", "AFTER_PURCHASE", "USAGE", "END_OF_LIFE"};
        static final String[] CHANNELS = {"STORE", "WEB", "MOBILE_APP", "PHONE", "DELIVERY"};
        static final String[] VARIABLES = {
            "ACCESS_USEFUL",
            "ACCESS_EASY",
            "ACCESS_PLEASANT",
            "USE_USEFUL",
            "USE_EASY",
            "USE_PLEASANT",
            "CUSTOMER_RELATIONSHIP_USEFUL",
            "CUSTOMER_RELATIONSHIP_EASY",
            "CUSTOMER_RELATIONSHIP_PLEASANT",
            "SHARING_USEFUL",
            "SHARING_EASY",
            "SHARING_PLEASANT"
        };

        static Catalogue define(BenchmarkApp app, int brandCount, int touchpointsPerBrand, int segmentsPerBrand) {
            List<Brand> brands = new ArrayList<>();
            for (int b = 0; b < brandCount; b++) {
                JsonNode brand = app.call(
                                app.adminToken,
                                "mutation($input: DefineBrandInput!) { defineBrand(input: $input) { id values { id } } }",
                                Map.of(
                                        "input",
                                        Map.of(
                                                "name",
                                                "Brand " + b,
                                                "values",
                                                List.of(
                                                        Map.of("name", "Simplicity"),
                                                        Map.of("name", "Authenticity"),
                                                        Map.of("name", "Conviviality")))))
                        .get("defineBrand");
                String brandId = brand.get("id").asString();
                List<String> values = new ArrayList<>();
                brand.get("values").forEach(v -> values.add(v.get("id").asString()));
                List<String> touchpoints = new ArrayList<>();
                for (int t = 0; t < touchpointsPerBrand; t++) {
                    touchpoints.add(app.id(
                            app.adminToken,
                            "mutation($input: DefineTouchpointInput!) { defineTouchpoint(input: $input) { id } }",
                            Map.of(
                                    "brandId",
                                    brandId,
                                    "name",
                                    "Touchpoint " + t,
                                    "phase",
                                    PHASES[t % PHASES.length],
                                    "channel",
                                    CHANNELS[t % CHANNELS.length])));
                }
                List<String> segments = new ArrayList<>();
                for (int s = 0; s < segmentsPerBrand; s++) {
                    segments.add(app.id(
                            app.adminToken,
                            "mutation($input: DefineSegmentInput!) { defineSegment(input: $input) { id } }",
                            Map.of(
                                    "brandId",
                                    brandId,
                                    "kind",
                                    s % 2 == 0 ? "PROFILE" : "SITUATION",
                                    "name",
                                    "Segment " + s)));
                }
                List<Map<String, Object>> commitments = new ArrayList<>();
                for (int v = 0; v < VARIABLES.length; v++) {
                    commitments.add(Map.of(
                            "brandValue",
                            values.get(v % values.size()),
                            "variable",
                            VARIABLES[v],
                            "targetLevel",
                            60 + v * 2,
                            "wording",
                            "Promise on " + VARIABLES[v]));
                }
                JsonNode drafted = app.call(
                                app.adminToken,
                                "mutation($input: DraftTargetExperienceInput!) { draftTargetExperience(input: $input)"
                                        + " { id draft { id variable targetLevel brandValue { id } } } }",
                                Map.of("input", Map.of("brandId", brandId, "commitments", commitments)))
                        .get("draftTargetExperience");
                String target = drafted.get("id").asString();
                Map<String, String> byVariable = new HashMap<>();
                drafted.get("draft")
                        .forEach(c -> byVariable.put(
                                c.get("variable").asString(),
                                c.get("id").asString() + "|"
                                        + c.get("brandValue").get("id").asString() + "|"
                                        + c.get("targetLevel").asDouble()));
                app.call(
                        app.adminToken,
                        "mutation($input: PublishTargetExperienceInput!) { publishTargetExperience(input: $input) { id } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "targetExperienceId",
                                        target,
                                        "expectedVersion",
                                        1,
                                        "inForceFrom",
                                        Instant.now()
                                                .minus(800, ChronoUnit.DAYS)
                                                .toString())));
                brands.add(new Brand(brandId, touchpoints, segments, byVariable));
            }
            return new Catalogue(brands);
        }

        Map<String, Object> item(Random random, String externalId, Instant from) {
            Brand brand = brands.get(random.nextInt(brands.size()));
            Map<String, Object> item = new HashMap<>();
            item.put("externalId", externalId);
            item.put("brandId", brand.id());
            item.put(
                    "touchpointId",
                    brand.touchpoints().get(random.nextInt(brand.touchpoints().size())));
            item.put("variable", VARIABLES[random.nextInt(VARIABLES.length)]);
            if (random.nextInt(5) > 0) {
                item.put(
                        "segmentId",
                        brand.segments().get(random.nextInt(brand.segments().size())));
            }
            item.put("method", METHODS[random.nextInt(METHODS.length)]);
            if (random.nextBoolean()) {
                item.put("scale", "LIKERT_5");
                item.put("value", 1 + random.nextInt(5));
            } else {
                item.put("scale", "PERCENT");
                item.put("value", random.nextInt(101));
                item.put("sampleSize", 5 + random.nextInt(200));
            }
            item.put(
                    "observedAt",
                    from.plusSeconds(random.nextLong(TimeUnit.DAYS.toSeconds(365)))
                            .toString());
            if (random.nextInt(4) == 0) {
                item.put(
                        "emotion",
                        Map.of(
                                "emotion",
                                List.of("JOY", "TRUST", "SURPRISE", "FRUSTRATION", "ANGER", "ANXIETY")
                                        .get(random.nextInt(6)),
                                "intensity",
                                random.nextInt(101) / 100.0));
            }
            return item;
        }
    }
}
