package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.adapters.mongo.support.MongoTestServers;
import com.gaplens.bootstrap.e2e.RawGraphQl.Answer;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Faults: GapLens as a process of its own (started from this JVM's classpath on a real MongoDB, a fresh database)
 * is killed with SIGKILL at random moments while a load driver records measurements in batches, and restarted,
 * several times. The driver retries every batch it got no answer for (after the restart). At the end: every
 * measurement acknowledged (ACCEPTED or DUPLICATE in an answer received) is stored exactly once, nothing is left
 * pending once the repair has run, {@code rebuildRollups} finds no roll-up cell differing from the raw
 * measurements, and the gaps (per touchpoint × variable × method × day) equal a reference computed here from the
 * acknowledged items.
 *
 * <p>Not an {@link EndToEndTest}: the application under test is the separate process, not a Spring context here.
 */
class KillDuringIngestionIT {

    static final long SEED = 9_2026L;
    static final int TRIALS = 5;
    static final int DRIVERS = 2;
    static final int BATCH = 100;
    static final String TENANT = "kill";
    /** gl_ + 24 lower-case letters or digits, a dot, a secret of 32+ characters. */
    static final String ADMIN_KEY = "gl_killtest" + "0".repeat(16) + ".s3cr3t-for-the-kill-test-0123456789abcdef";

    private final Random random = new Random(SEED);
    private GapLensProcess app;
    private final List<GapLensProcess> runs = new ArrayList<>();
    private Path logs;

    private volatile RawGraphQl client;
    private final java.util.concurrent.atomic.AtomicReference<Throwable> driverFailure =
            new java.util.concurrent.atomic.AtomicReference<>();
    private String writer;
    private String brandId;
    private final List<String> touchpoints = new ArrayList<>();
    /** externalId → item, once acknowledged */
    private final Map<String, Map<String, Object>> acknowledged = new ConcurrentHashMap<>();

    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger batchesAcknowledged = new AtomicInteger();
    private final AtomicInteger sequence = new AtomicInteger();

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyAcknowledgedMeasurementSurvivesKillsExactlyOnceAndTheRollUpsStayExact() throws Exception {
        long started = System.nanoTime();
        String uri = MongoTestServers.realServerUri();
        String database =
                "gaplens_kill_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        logs = Files.createDirectories(Path.of("target", "kill-during-ingestion"));
        System.out.println("[KillDuringIngestionIT] database " + database + ", logs in " + logs.toAbsolutePath());

        start(uri, database, 0);
        setUp();

        AtomicBoolean finish = new AtomicBoolean();
        List<Thread> drivers = new ArrayList<>();
        for (int d = 0; d < DRIVERS; d++) {
            long seed = SEED + d;
            drivers.add(Thread.ofPlatform().name("driver-" + d).start(() -> {
                try {
                    drive(new Random(seed), finish);
                } catch (Throwable failure) {
                    driverFailure.compareAndSet(null, failure);
                }
            }));
        }
        int killedWithInFlight = 0;
        for (int trial = 1; trial <= TRIALS; trial++) {
            Thread.sleep(500 + random.nextInt(3_000)); // a random moment of the load
            int before = batchesAcknowledged.get();
            app.kill(); // SIGKILL: no shutdown hook, no graceful end of the requests in flight
            System.out.printf(
                    "[KillDuringIngestionIT] trial %d: killed after %d acknowledged batches (%d items so far)%n",
                    trial, before, acknowledged.size());
            killedWithInFlight++;
            Thread.sleep(random.nextInt(500));
            start(uri, database, trial);
        }
        finish.set(true); // the drivers stop once their batch in flight is acknowledged
        for (Thread driver : drivers) {
            driver.join(Duration.ofSeconds(60));
            assertThat(driver.isAlive()).as("driver finished").isFalse();
        }
        assertThat(driverFailure.get())
                .as("a driver failed: %s", driverFailure.get())
                .isNull();

        try (MongoClient mongo = MongoClients.create(uri)) {
            MongoDatabase db = mongo.getDatabase(database);
            waitUntilNothingPending(db);
            // every acknowledged measurement exactly once
            Map<String, Integer> perExternalId = new HashMap<>();
            db.getCollection("measurements")
                    .find(new Document("tenant", TENANT))
                    .projection(new Document("externalId", 1))
                    .forEach(d -> perExternalId.merge(d.getString("externalId"), 1, Integer::sum));
            assertThat(perExternalId.keySet()).containsAll(acknowledged.keySet());
            assertThat(perExternalId.values().stream().filter(n -> n != 1).count())
                    .as("external ids stored more than once")
                    .isZero();
            assertThat(perExternalId).hasSameSizeAs(acknowledged); // the drivers ended with every batch answered
        }
        String admin = ADMIN_KEY;
        Answer rebuild = client.post(
                admin,
                "mutation($input: RebuildRollupsInput!) { rebuildRollups(input: $input) {"
                        + " measurementsRead cellsChecked cellsDiffering } }",
                Map.of(
                        "input",
                        Map.of("brandId", brandId, "period", Map.of("from", "2026-01-01", "to", "2026-03-31"))));
        assertThat(rebuild.hasErrors()).as(rebuild.body()).isFalse();
        JsonNode report = rebuild.data().get("rebuildRollups");
        assertThat(report.get("measurementsRead").asLong()).isEqualTo(acknowledged.size());
        assertThat(report.get("cellsDiffering").asLong()).as(report.toString()).isZero();
        assertGapsEqualTheAcknowledgedMeasurements(true);
        // and per month, read from a cube, kept by the same additions
        assertGapsEqualTheAcknowledgedMeasurements(false);

        System.out.printf(
                "[KillDuringIngestionIT] %d trials (SIGKILL with batches in flight), %d acknowledged measurements"
                        + " checked (each stored once), %d batches acknowledged, %d retries of unanswered batches,"
                        + " %d roll-up cells checked, 0 differing; %.1f s%n",
                killedWithInFlight,
                acknowledged.size(),
                batchesAcknowledged.get(),
                retries.get(),
                report.get("cellsChecked").asLong(),
                (System.nanoTime() - started) / 1e9);
        assertThat(retries.get())
                .as("some batches were interrupted and retried")
                .isPositive();
        for (GapLensProcess run : runs) {
            assertThat(run.shardKeyViolations())
                    .as("writes that break a rule of a sharded cluster")
                    .isEmpty();
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private void start(String uri, String database, int run) throws Exception {
        app = GapLensProcess.start(
                uri,
                database,
                TENANT,
                ADMIN_KEY,
                logs.resolve("run-" + run + ".log"),
                "--gaplens.rollups.repair-grace=0s",
                "--gaplens.rollups.repair-interval=2s");
        runs.add(app);
        app.awaitReady(ADMIN_KEY);
        client = app.client();
    }

    private void setUp() {
        JsonNode brand = ok(
                        ADMIN_KEY,
                        "mutation { defineBrand(input: {name: \"Killed\", values: [{name: \"Ease\"}]})"
                                + " { id values { id } } }")
                .get("defineBrand");
        brandId = brand.get("id").asString();
        String value = brand.at("/values/0/id").asString();
        for (String name : List.of("Shop", "App")) {
            touchpoints.add(ok(
                            ADMIN_KEY,
                            "mutation { defineTouchpoint(input: {brandId: \"" + brandId + "\", name: \"" + name
                                    + "\", phase: PURCHASE, channel: WEB}) { id } }")
                    .at("/defineTouchpoint/id")
                    .asString());
        }
        JsonNode target = ok(
                        ADMIN_KEY,
                        "mutation { draftTargetExperience(input: {brandId: \"" + brandId
                                + "\", commitments: [{brandValue: \"" + value
                                + "\", variable: ACCESS_EASY, targetLevel: 70, wording: \"Easy\"}]}) { id version } }")
                .get("draftTargetExperience");
        ok(
                ADMIN_KEY,
                "mutation { publishTargetExperience(input: {targetExperienceId: \""
                        + target.get("id").asString()
                        + "\", expectedVersion: " + target.get("version").asLong()
                        + ", inForceFrom: \"2026-01-01T00:00:00Z\"}) { id } }");
        writer = ok(ADMIN_KEY, "mutation { issueApiKey(input: {label: \"load driver\", roles: [WRITER]}) { token } }")
                .at("/issueApiKey/token")
                .asString();
    }

    private static final String RECORD = "mutation($input: [MeasurementInput!]!) { recordMeasurements(input: $input) {"
            + " items { externalId status code reason } } }";

    /** Sends batches; a batch without an answer (the process died) is sent again until one comes. */
    private void drive(Random random, AtomicBoolean finish) {
        while (!finish.get()) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                batch.add(item(random, "k-" + sequence.incrementAndGet()));
            }
            boolean retry = false;
            while (true) {
                RawGraphQl current = client;
                try {
                    Answer answer = current.post(writer, RECORD, Map.of("input", batch));
                    if (answer.status() == 200 && !answer.hasErrors()) {
                        JsonNode items = answer.data().at("/recordMeasurements/items");
                        for (int i = 0; i < batch.size(); i++) {
                            String status = items.get(i).get("status").asString();
                            assertThat(status)
                                    .as("item %s: %s", batch.get(i), items.get(i))
                                    .isIn("ACCEPTED", "DUPLICATE");
                            acknowledged.put((String) batch.get(i).get("externalId"), batch.get(i));
                        }
                        batchesAcknowledged.incrementAndGet();
                        break;
                    }
                    // an error answer (e.g. the database busy): nothing acknowledged, send it again
                } catch (UncheckedIOException | IllegalStateException connectionLost) {
                    // killed mid-request, or not up again yet
                }
                if (!retry) {
                    retries.incrementAndGet();
                    retry = true;
                }
                sleep(150);
            }
        }
    }

    private Map<String, Object> item(Random random, String externalId) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("externalId", externalId);
        item.put("brandId", brandId);
        item.put("touchpointId", touchpoints.get(random.nextInt(touchpoints.size())));
        item.put("variable", random.nextBoolean() ? "ACCESS_EASY" : "USE_USEFUL");
        item.put("method", random.nextBoolean() ? "BAROMETER" : "OBSERVATION");
        item.put("scale", "PERCENT");
        item.put("value", random.nextInt(101));
        if (random.nextBoolean()) {
            item.put("sampleSize", 2 + random.nextInt(30));
            item.put("stdDev", random.nextInt(20));
        }
        item.put("observedAt", "2026-0" + (1 + random.nextInt(3)) + "-" + (10 + random.nextInt(18)) + "T12:00:00Z");
        return item;
    }

    /** Until every stored measurement is in the views: what the tenant's roll-up status says, as a client reads it. */
    private void waitUntilNothingPending(MongoDatabase db) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Answer status = client.post(ADMIN_KEY, "{ rollupStatus { pendingRollups } }", Map.of());
            assertThat(status.hasErrors()).as(status.body()).isFalse();
            long pending = status.data().at("/rollupStatus/pendingRollups").asLong();
            if (pending == 0) {
                return;
            }
            assertThat(System.nanoTime())
                    .as("%d still pending after 60 s", pending)
                    .isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    /**
     * The gaps per touchpoint × variable × method × day (read from day cells), or per touchpoint × variable × month
     * (read from a cube), equal the acknowledged measurements merged here.
     */
    private void assertGapsEqualTheAcknowledgedMeasurements(boolean byMethodAndDay) {
        Map<String, double[]> expected = new HashMap<>();
        for (Map<String, Object> item : acknowledged.values()) {
            String key = item.get("touchpointId") + "|" + item.get("variable") + "|"
                    + (byMethodAndDay ? item.get("method") : "null") + "|"
                    + ((String) item.get("observedAt")).substring(0, byMethodAndDay ? 10 : 7);
            double w = item.containsKey("sampleSize") ? ((Number) item.get("sampleSize")).doubleValue() : 1;
            double[] sums = expected.computeIfAbsent(key, k -> new double[3]);
            sums[0] += 1;
            sums[1] += w;
            sums[2] += w * ((Number) item.get("value")).doubleValue();
        }
        Map<String, double[]> actual = new HashMap<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            Answer page = client.post(
                    ADMIN_KEY,
                    "query($after: String) { gaps(groupBy: [TOUCHPOINT, VARIABLE"
                            + (byMethodAndDay ? ", METHOD], bucket: DAY" : "], bucket: MONTH")
                            + ", first: 100, after: $after) { edges { node { keys { dimension value } bucket count"
                            + " weight lived } } pageInfo { hasNextPage endCursor } } }",
                    variables);
            assertThat(page.hasErrors()).as(page.body()).isFalse();
            for (JsonNode edge : page.data().at("/gaps/edges")) {
                JsonNode node = edge.get("node");
                Map<String, String> keys = new HashMap<>();
                node.get("keys")
                        .forEach(k -> keys.put(
                                k.get("dimension").asString(), k.get("value").asString()));
                String key = keys.get("TOUCHPOINT") + "|" + keys.get("VARIABLE") + "|" + keys.get("METHOD") + "|"
                        + node.get("bucket").asString();
                actual.put(key, new double[] {
                    node.get("count").asDouble(),
                    node.get("weight").asDouble(),
                    node.get("lived").asDouble()
                });
            }
            JsonNode pageInfo = page.data().at("/gaps/pageInfo");
            after = pageInfo.get("hasNextPage").asBoolean()
                    ? pageInfo.get("endCursor").asString()
                    : null;
        } while (after != null);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((key, sums) -> {
            assertThat(actual.get(key)[0]).as(key + " count").isEqualTo(sums[0]);
            assertThat(actual.get(key)[1]).as(key + " weight").isEqualTo(sums[1]);
            assertThat(actual.get(key)[2]).as(key + " lived").isCloseTo(sums[2] / sums[1], within(1e-9));
        });
    }

    private JsonNode ok(String token, String document) {
        Answer answer = client.post(token, document, null);
        assertThat(answer.hasErrors()).as(answer.body()).isFalse();
        return answer.data();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
