package com.gaplens.bootstrap.bench;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import tools.jackson.databind.JsonNode;

/**
 * Ingestion benchmark: the same generated measurements recorded (a) through GapLens's GraphQL API in batches of
 * 5,000 — validation, promise matching, idempotency lookup, durable insert and the roll-ups — and (b) with the raw
 * driver's unordered {@code insertMany} of equivalent documents into a scratch collection of the same server, with
 * the same write concern (majority, journaled); then one whole batch replayed through the API against its fresh
 * time. Prints both rates and the ratios. Run it with {@code ./gaplens bench ingest --uri URI [--measurements N]}.
 */
public final class IngestionBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String uri = options.getOrDefault("uri", "mongodb://127.0.0.1:27017/?replicaSet=rs0");
        int total = Integer.parseInt(options.getOrDefault("measurements", "100000"));
        int batchSize = Integer.parseInt(options.getOrDefault("batch", "5000"));
        String database = BenchmarkApp.scratchDatabase("gaplens_bench_ingest_");
        try (BenchmarkApp app = new BenchmarkApp(uri, database, BenchmarkApp.UNLIMITED);
                MongoClient raw = MongoClients.create(MongoClientSettings.builder()
                        .applyConnectionString(new ConnectionString(uri))
                        .writeConcern(WriteConcern.MAJORITY.withJournal(true))
                        .build())) {
            Catalogue catalogue = Catalogue.define(app, 3, 17, 10);
            List<List<Map<String, Object>>> batches = new ArrayList<>();
            Random random = new Random(42);
            Instant start = LocalDate.now(ZoneOffset.UTC)
                    .minusDays(365)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
            for (int i = 0; i < total; i += batchSize) {
                List<Map<String, Object>> batch = new ArrayList<>();
                for (int j = i; j < Math.min(total, i + batchSize); j++) {
                    batch.add(catalogue.item(random, "m-" + j, start));
                }
                batches.add(batch);
            }
            String version = raw.getDatabase("admin")
                    .runCommand(new Document("buildInfo", 1))
                    .getString("version");
            System.out.printf(
                    "GapLens ingestion benchmark: %,d measurements in batches of %,d, MongoDB %s, %d cores%n",
                    total, batchSize, version, Runtime.getRuntime().availableProcessors());

            // (b) first, raw insertMany into a scratch collection of the same server: warms the server alike
            MongoCollection<Document> scratch = raw.getDatabase(database).getCollection("raw_scratch");
            long rawStart = System.nanoTime();
            for (List<Map<String, Object>> batch : batches) {
                List<Document> documents = new ArrayList<>(batch.size());
                for (Map<String, Object> item : batch) {
                    Document d = new Document(item);
                    d.put("tenant", "bench");
                    d.put("observedAt", Date.from(Instant.parse((String) item.get("observedAt"))));
                    d.put("w", 1L);
                    d.put("x", 50.0);
                    d.put("s", 0.0);
                    documents.add(d);
                }
                scratch.insertMany(documents, new InsertManyOptions().ordered(false));
            }
            double rawSeconds = (System.nanoTime() - rawStart) / 1e9;

            // (a) through the API
            String mutation = "mutation($input: [MeasurementInput!]!) { recordMeasurements(input: $input) "
                    + "{ totals { accepted duplicates conflicts rejected } } }";
            long apiStart = System.nanoTime();
            double firstBatchSeconds = 0;
            for (int b = 0; b < batches.size(); b++) {
                long t0 = System.nanoTime();
                JsonNode totals = app.call(app.writerToken, mutation, Map.of("input", batches.get(b)))
                        .get("recordMeasurements")
                        .get("totals");
                if (b == 0) {
                    firstBatchSeconds = (System.nanoTime() - t0) / 1e9;
                }
                if (totals.get("accepted").asInt() != batches.get(b).size()) {
                    throw new IllegalStateException("not all accepted: " + totals);
                }
            }
            double apiSeconds = (System.nanoTime() - apiStart) / 1e9;

            // replay of a whole batch: all duplicates, nothing written
            long replayStart = System.nanoTime();
            JsonNode replay = app.call(app.writerToken, mutation, Map.of("input", batches.get(0)))
                    .get("recordMeasurements")
                    .get("totals");
            double replaySeconds = (System.nanoTime() - replayStart) / 1e9;
            if (replay.get("duplicates").asInt() != batches.get(0).size()) {
                throw new IllegalStateException("replay was not all duplicates: " + replay);
            }
            double freshBatch = apiSeconds / batches.size();

            System.out.printf(
                    "(a) GapLens GraphQL   : %,.0f measurements/s (%.1f s)%n", total / apiSeconds, apiSeconds);
            System.out.printf("(b) raw insertMany    : %,.0f documents/s (%.1f s)%n", total / rawSeconds, rawSeconds);
            System.out.printf("ratio GapLens / raw   : %.2f (goal ≥ 0.5)%n", rawSeconds / apiSeconds);
            System.out.printf("fresh batch (mean)    : %.3f s, first batch %.3f s%n", freshBatch, firstBatchSeconds);
            System.out.printf(
                    "replay of a batch     : %.3f s, ratio replay / fresh = %.2f (goal ≤ 1.2)%n",
                    replaySeconds, replaySeconds / freshBatch);
        } finally {
            try (MongoClient cleanup = MongoClients.create(uri)) {
                cleanup.getDatabase(database).drop();
            }
        }
        System.exit(0);
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
