package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.bootstrap.e2e.RawGraphQl.Answer;
import com.gaplens.bootstrap.e2e.TwinLoad.PromiseVersion;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import tools.jackson.databind.JsonNode;

/**
 * The clients of {@link TwoInstancesIT}: drivers that record measurements through two instances as a load balancer
 * would (each call to the next instance, again to the other when one does not answer), and publishers that race each
 * other to publish the target experience's later versions, one per instance. Keeps what the API acknowledged.
 */
final class TwinTraffic {

    static final int DRIVERS = 4;
    static final int NEW_PER_DRIVER = 600;
    static final int NEW_PER_BATCH = 50;
    static final int REPEATS_PER_BATCH = 10;

    /** The instances calls go to; a test replaces one it restarted. */
    final AtomicReferenceArray<GapLensProcess> instances = new AtomicReferenceArray<>(2);
    /** externalId → item, once acknowledged (ACCEPTED or DUPLICATE in an answer received). */
    final Map<String, Map<String, Object>> acknowledged = new ConcurrentHashMap<>();

    final AtomicInteger failovers = new AtomicInteger();
    final AtomicInteger staleVersions = new AtomicInteger();

    private final long seed;
    private final String admin;
    private final String writer;
    private final TwinLoad load;
    private final String targetExperienceId;
    private final String valueId;

    TwinLoad load() {
        return load;
    }

    TwinTraffic(
            long seed,
            String admin,
            String writer,
            TwinLoad load,
            String targetExperienceId,
            String valueId,
            GapLensProcess a,
            GapLensProcess b) {
        this.seed = seed;
        this.admin = admin;
        this.writer = writer;
        this.load = load;
        this.targetExperienceId = targetExperienceId;
        this.valueId = valueId;
        instances.set(0, a);
        instances.set(1, b);
    }

    /** Driver {@code d}: its own new measurements with repeats of anyone's, each batch to the next instance. */
    void drive(int d) {
        Random random = new Random(seed + d);
        for (int first = 0, call = d; first < NEW_PER_DRIVER; first += NEW_PER_BATCH, call++) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = first; i < first + NEW_PER_BATCH; i++) {
                batch.add(load.item("m-" + (d * NEW_PER_DRIVER + i)));
            }
            for (int r = 0; r < REPEATS_PER_BATCH; r++) {
                batch.add(load.item("m-" + random.nextInt(DRIVERS * NEW_PER_DRIVER)));
            }
            acknowledge(batch, balanced(call, batch));
        }
    }

    /** Sends {@code batch} to instance {@code call % 2}, or to the other when that one does not answer. */
    private Answer balanced(int call, List<Map<String, Object>> batch) {
        for (int attempt = 0; ; attempt++) {
            GapLensProcess instance = instances.get((call + attempt) % 2);
            try {
                Answer answer = send(instance, batch);
                if (answer.status() == 200 && !answer.hasErrors()) {
                    return answer;
                }
            } catch (UncheckedIOException | IllegalStateException noAnswer) {
                // killed, or not up again yet
            }
            failovers.incrementAndGet();
            assertThat(attempt).as("a batch found an instance to answer it").isLessThan(600);
            sleep(100);
        }
    }

    private static final String RECORD = "mutation($input: [MeasurementInput!]!) { recordMeasurements(input: $input) {"
            + " items { externalId status code reason } } }";

    Answer send(GapLensProcess instance, List<Map<String, Object>> batch) {
        return instance.client().post(writer, RECORD, Map.of("input", batch));
    }

    void acknowledge(List<Map<String, Object>> batch, Answer answer) {
        assertThat(answer.hasErrors()).as(answer.body()).isFalse();
        JsonNode items = answer.data().at("/recordMeasurements/items");
        for (int i = 0; i < batch.size(); i++) {
            assertThat(items.get(i).get("status").asString())
                    .as("item %s: %s", batch.get(i), items.get(i))
                    .isIn("ACCEPTED", "DUPLICATE");
            acknowledged.put((String) batch.get(i).get("externalId"), batch.get(i));
        }
    }

    /**
     * Instance {@code i} publishes the later versions in turn, racing the other: each attempt reads the target
     * experience, revises its draft and publishes it at the version read; the loser of a race is refused with
     * {@code STALE_VERSION} and reads again. Returns how many versions this instance published.
     */
    int publish(int i) {
        RawGraphQl client = instances.get(i).client();
        Random random = new Random(seed * 7 + i);
        int mine = 0;
        while (true) {
            JsonNode te = ok(
                            client,
                            "{ node(id: \"" + targetExperienceId
                                    + "\") { ... on TargetExperience { version versions { number } } } }")
                    .get("node");
            int publishedSoFar = te.get("versions").size();
            if (publishedSoFar > TwinLoad.LATER.size()) {
                return mine;
            }
            PromiseVersion next = TwinLoad.LATER.get(publishedSoFar - 1);
            StringBuilder commitments = new StringBuilder();
            next.targets()
                    .forEach((variable, level) -> commitments
                            .append("{brandValue: \"")
                            .append(valueId)
                            .append("\", variable: ")
                            .append(variable)
                            .append(", targetLevel: ")
                            .append(level)
                            .append(", wording: \"")
                            .append(variable)
                            .append("\"} "));
            Answer drafted = client.post(
                    admin,
                    "mutation { updateTargetExperienceDraft(input: {targetExperienceId: \""
                            + targetExperienceId + "\", expectedVersion: "
                            + te.get("version").asLong() + ", commitments: ["
                            + commitments + "]}) { version } }",
                    null);
            if (stale(drafted)) {
                continue;
            }
            Answer publication = client.post(
                    admin,
                    "mutation { publishTargetExperience(input: {targetExperienceId: \""
                            + targetExperienceId + "\", expectedVersion: "
                            + drafted.data()
                                    .at("/updateTargetExperienceDraft/version")
                                    .asLong() + ", inForceFrom: \""
                            + next.inForceFrom() + "\"}) { version } }",
                    null);
            if (stale(publication)) {
                continue;
            }
            mine++;
            sleep(200 + random.nextInt(500));
        }
    }

    private boolean stale(Answer answer) {
        assertThat(!answer.hasErrors() || "STALE_VERSION".equals(answer.reason()))
                .as(answer.body())
                .isTrue();
        if (answer.hasErrors()) {
            staleVersions.incrementAndGet();
            return true;
        }
        return false;
    }

    private JsonNode ok(RawGraphQl client, String document) {
        Answer answer = client.post(admin, document, null);
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
