package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.bootstrap.e2e.RawGraphQl.Answer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The data of {@link TwoInstancesIT}: measurements that are a function of their external id (so that a repeat, to
 * either instance, is the same item: {@code DUPLICATE}, never a conflict), the promise's versions in force from
 * instants in the data's past, and the reference the gaps must equal — the acknowledged measurements merged here,
 * each judged by the version in force when it was observed.
 */
final class TwinLoad {

    static final List<String> VARIABLES = List.of("ACCESS_EASY", "USE_USEFUL", "USE_PLEASANT");

    /** A version of the target experience: in force from an instant, a target level per variable it promises. */
    record PromiseVersion(String inForceFrom, Map<String, Double> targets) {}

    static final PromiseVersion FIRST = new PromiseVersion("2026-01-01T00:00:00Z", Map.of("ACCESS_EASY", 70.0));

    /** Published while measurements arrive, each back-dated into the measurements' period. */
    static final List<PromiseVersion> LATER = List.of(
            new PromiseVersion("2026-02-01T00:00:00Z", Map.of("ACCESS_EASY", 60.0, "USE_USEFUL", 80.0)),
            new PromiseVersion("2026-03-01T00:00:00Z", Map.of("USE_USEFUL", 75.0, "USE_PLEASANT", 65.0)),
            new PromiseVersion("2026-03-15T00:00:00Z", Map.of("ACCESS_EASY", 50.0, "USE_USEFUL", 72.0)));

    private final long seed;
    private final String brandId;
    private final List<String> touchpoints;

    TwinLoad(long seed, String brandId, List<String> touchpoints) {
        this.seed = seed;
        this.brandId = brandId;
        this.touchpoints = touchpoints;
    }

    /** The measurement named {@code externalId}: always the same content. */
    Map<String, Object> item(String externalId) {
        Random random = new Random(seed * 31 + externalId.hashCode());
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("externalId", externalId);
        item.put("brandId", brandId);
        item.put("touchpointId", touchpoints.get(random.nextInt(touchpoints.size())));
        item.put("variable", VARIABLES.get(random.nextInt(VARIABLES.size())));
        item.put("method", random.nextBoolean() ? "BAROMETER" : "OBSERVATION");
        item.put("scale", "PERCENT");
        item.put("value", random.nextInt(101));
        if (random.nextBoolean()) {
            item.put("sampleSize", 2 + random.nextInt(30));
            item.put("stdDev", random.nextInt(20));
        }
        // never on a version's first instant (midnight): the version in force is unambiguous
        item.put(
                "observedAt",
                String.format(
                        "2026-%02d-%02dT%02d:00:00Z",
                        1 + random.nextInt(3), 1 + random.nextInt(28), 1 + random.nextInt(23)));
        return item;
    }

    /** The target {@code item} is judged by, or null when no commitment of the version in force covers it. */
    static Double targetOf(Map<String, Object> item) {
        Instant observed = Instant.parse((String) item.get("observedAt"));
        PromiseVersion inForce = FIRST;
        for (PromiseVersion version : LATER) {
            if (!Instant.parse(version.inForceFrom()).isAfter(observed)) {
                inForce = version;
            }
        }
        return inForce.targets().get((String) item.get("variable"));
    }

    /**
     * Per group ({@code keyOf}: the group's key as {@link #groups} writes it), the figures the gaps must show:
     * count, weight, lived, promisedCount, promisedWeight, target (NaN when nothing is promised).
     */
    static Map<String, double[]> reference(
            Iterable<Map<String, Object>> acknowledged, Function<Map<String, Object>, String> keyOf) {
        Map<String, double[]> sums = new HashMap<>();
        for (Map<String, Object> item : acknowledged) {
            double w = item.containsKey("sampleSize") ? ((Number) item.get("sampleSize")).doubleValue() : 1;
            double x = ((Number) item.get("value")).doubleValue();
            double[] s = sums.computeIfAbsent(keyOf.apply(item), k -> new double[5]);
            s[0] += 1;
            s[1] += w;
            s[2] += w * x;
            Double target = targetOf(item);
            if (target != null) {
                s[3] += 1;
                s[4] += w;
                s = sums.computeIfAbsent(keyOf.apply(item) + "#t", k -> new double[1]);
                s[0] += w * target;
            }
        }
        Map<String, double[]> figures = new HashMap<>();
        sums.forEach((key, s) -> {
            if (!key.endsWith("#t")) {
                double[] t = sums.get(key + "#t");
                figures.put(
                        key, new double[] {s[0], s[1], s[2] / s[1], s[3], s[4], t == null ? Double.NaN : t[0] / s[4]});
            }
        });
        return figures;
    }

    /** Every group of {@code gaps(groupBy, bucket)} as one instance answers it, page after page, in key order. */
    static List<JsonNode> groups(RawGraphQl client, String token, String groupBy, String bucket) {
        List<JsonNode> nodes = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            Answer page = client.post(
                    token,
                    "query($after: String) { gaps(groupBy: [" + groupBy + "], bucket: " + bucket
                            + ", first: 100, after: $after) { edges { node { keys { dimension value } bucket count"
                            + " weight lived promisedCount promisedWeight target gap } }"
                            + " pageInfo { hasNextPage endCursor } } }",
                    variables);
            assertThat(page.hasErrors()).as(page.body()).isFalse();
            page.data().at("/gaps/edges").forEach(edge -> nodes.add(edge.get("node")));
            JsonNode pageInfo = page.data().at("/gaps/pageInfo");
            after = pageInfo.get("hasNextPage").asBoolean()
                    ? pageInfo.get("endCursor").asString()
                    : null;
        } while (after != null);
        return nodes;
    }

    /** A group's key as {@link #reference} is given it: its keys' values in the order listed, then the bucket. */
    static String keyOf(JsonNode node, List<String> dimensions) {
        Map<String, String> keys = new HashMap<>();
        node.get("keys")
                .forEach(k ->
                        keys.put(k.get("dimension").asString(), k.get("value").asString()));
        StringBuilder key = new StringBuilder();
        dimensions.forEach(dimension -> key.append(keys.get(dimension)).append('|'));
        return key.append(node.get("bucket").asString()).toString();
    }

    /** The groups equal the reference, group for group: counts exactly, means within rounding. */
    static void assertEqualsReference(List<JsonNode> groups, List<String> dimensions, Map<String, double[]> reference) {
        Map<String, JsonNode> byKey = new HashMap<>();
        groups.forEach(node -> byKey.put(keyOf(node, dimensions), node));
        assertThat(byKey.keySet()).isEqualTo(reference.keySet());
        reference.forEach((key, expected) -> {
            JsonNode node = byKey.get(key);
            assertThat(node.get("count").asDouble()).as(key + " count").isEqualTo(expected[0]);
            assertThat(node.get("weight").asDouble()).as(key + " weight").isEqualTo(expected[1]);
            assertThat(node.get("lived").asDouble()).as(key + " lived").isCloseTo(expected[2], within(1e-9));
            assertThat(node.get("promisedCount").asDouble())
                    .as(key + " promisedCount")
                    .isEqualTo(expected[3]);
            assertThat(node.get("promisedWeight").asDouble())
                    .as(key + " promisedWeight")
                    .isEqualTo(expected[4]);
            if (Double.isNaN(expected[5])) {
                assertThat(node.get("target").isNull()).as(key + " target").isTrue();
            } else {
                assertThat(node.get("target").asDouble()).as(key + " target").isCloseTo(expected[5], within(1e-9));
            }
        });
    }

    /** An item's group key, as {@link #keyOf(JsonNode, List)} writes a group's. */
    static String keyOf(Map<String, Object> item, List<String> dimensions, String bucket) {
        StringBuilder key = new StringBuilder();
        for (String dimension : dimensions) {
            key.append(
                            switch (dimension) {
                                case "TOUCHPOINT" -> item.get("touchpointId");
                                case "VARIABLE" -> item.get("variable");
                                default -> item.get("method");
                            })
                    .append('|');
        }
        return key.append(((String) item.get("observedAt")).substring(0, bucket.equals("DAY") ? 10 : 7))
                .toString();
    }
}
