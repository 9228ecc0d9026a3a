package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A tenant's catalogue defined over GraphQL for the BI publication tests — a brand with two values, three
 * touchpoints, two segments, a target experience of two commitments (one narrowed to a touchpoint) published from
 * 2025-01-01 — and random measurements of 2025 recorded against it (customers and employees, single answers and
 * aggregates, every method).
 */
record BiCatalogue(
        HttpGraphQlTester admin,
        HttpGraphQlTester writer,
        String brandId,
        List<String> values,
        List<String> touchpoints,
        List<String> segments,
        String targetId,
        long[] targetVersion) {

    private static final String[] VARIABLES = {"ACCESS_EASY", "USE_USEFUL", "USE_PLEASANT", "CUSTOMER_RELATIONSHIP_EASY"
    };
    private static final String[] METHODS = {
        "OBSERVATION", "BAROMETER", "COMPLAINT", "SOCIAL", "EXPERT_REVIEW", "CONSUMER_STUDY"
    };

    static BiCatalogue define(HttpGraphQlTester admin, HttpGraphQlTester writer, String name) {
        Map<String, Object> brand = admin.documentName("defineBrand")
                .variable(
                        "input",
                        Map.of("name", name, "values", List.of(Map.of("name", "Simplicity"), Map.of("name", "Warmth"))))
                .execute()
                .path("defineBrand")
                .entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
                .get();
        String brandId = (String) brand.get("id");
        @SuppressWarnings("unchecked")
        List<String> values = ((List<Map<String, Object>>) brand.get("values"))
                .stream().map(v -> (String) v.get("id")).toList();
        List<String> touchpoints = List.of(
                id(
                        admin,
                        "defineTouchpoint",
                        Map.of("brandId", brandId, "name", "Checkout", "phase", "PURCHASE", "channel", "STORE")),
                id(
                        admin,
                        "defineTouchpoint",
                        Map.of("brandId", brandId, "name", "Website", "phase", "BEFORE_PURCHASE", "channel", "WEB")),
                id(
                        admin,
                        "defineTouchpoint",
                        Map.of("brandId", brandId, "name", "Hotline", "phase", "AFTER_PURCHASE", "channel", "PHONE")));
        List<String> segments = List.of(
                id(admin, "defineSegment", Map.of("brandId", brandId, "kind", "PROFILE", "name", "25-34")),
                id(admin, "defineSegment", Map.of("brandId", brandId, "kind", "SITUATION", "name", "In a hurry")));
        var drafted = admin.documentName("draftTargetExperience")
                .variable("input", Map.of("brandId", brandId, "commitments", commitments(values, touchpoints, 80)))
                .execute();
        String targetId =
                drafted.path("draftTargetExperience.id").entity(String.class).get();
        BiCatalogue catalogue =
                new BiCatalogue(admin, writer, brandId, values, touchpoints, segments, targetId, new long[] {1});
        catalogue.publish("2025-01-01T00:00:00Z");
        return catalogue;
    }

    /**
     * Replaces the promise (new commitments at other levels, one more) and publishes it back-dated: the measurements
     * it governs are judged anew, into other cells.
     */
    void publishBackDated(String inForceFrom) {
        List<Map<String, Object>> revised = new ArrayList<>(commitments(values, touchpoints, 65));
        revised.add(Map.of(
                "brandValue", values.get(1), "variable", "USE_USEFUL", "targetLevel", 72, "wording", "Useful at home"));
        targetVersion[0] = admin.documentName("updateTargetExperienceDraft")
                .variable(
                        "input",
                        Map.of(
                                "targetExperienceId",
                                targetId,
                                "expectedVersion",
                                targetVersion[0],
                                "commitments",
                                revised))
                .execute()
                .path("updateTargetExperienceDraft.version")
                .entity(Long.class)
                .get();
        publish(inForceFrom);
    }

    /** Records {@code count} random measurements of 2025 in one batch; every one accepted. */
    void recordRandomBatch(Random random, String prefix, int count) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> item = new HashMap<>();
            item.put("externalId", prefix + "-" + i + "-" + random.nextInt(1_000_000));
            item.put("brandId", brandId);
            item.put("touchpointId", touchpoints.get(random.nextInt(touchpoints.size())));
            item.put("variable", VARIABLES[random.nextInt(VARIABLES.length)]);
            item.put("method", METHODS[random.nextInt(METHODS.length)]);
            item.put("scale", "PERCENT");
            item.put("value", Math.round(random.nextDouble() * 1000) / 10.0);
            if (random.nextInt(4) == 0) {
                item.put("sampleSize", 2 + random.nextInt(300));
                if (random.nextBoolean()) {
                    item.put("stdDev", Math.round(random.nextDouble() * 300) / 10.0);
                }
            }
            int segment = random.nextInt(3);
            if (segment < 2) {
                item.put("segmentId", segments.get(segment));
            }
            if (random.nextInt(10) == 0) {
                item.put("audience", "EMPLOYEE");
            }
            item.put(
                    "observedAt",
                    "2025-%02d-%02dT%02d:00:00Z"
                            .formatted(1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24)));
            items.add(item);
        }
        var response = writer.documentName("recordMeasurements")
                .variable("input", items)
                .execute();
        assertThat(response.path("recordMeasurements.totals.accepted")
                        .entity(Integer.class)
                        .get())
                .as(
                        "accepted; refused: %s",
                        response.path("recordMeasurements.items[?(@.status != 'ACCEPTED')]")
                                .entityList(Map.class)
                                .get())
                .isEqualTo(count);
    }

    private void publish(String inForceFrom) {
        targetVersion[0] = admin.documentName("publishTargetExperience")
                .variable(
                        "input",
                        Map.of(
                                "targetExperienceId",
                                targetId,
                                "expectedVersion",
                                targetVersion[0],
                                "inForceFrom",
                                inForceFrom))
                .execute()
                .path("publishTargetExperience.version")
                .entity(Long.class)
                .get();
        assertThat(targetVersion[0]).isPositive();
    }

    private static List<Map<String, Object>> commitments(List<String> values, List<String> touchpoints, int level) {
        return List.of(
                Map.of(
                        "brandValue",
                        values.get(0),
                        "variable",
                        "ACCESS_EASY",
                        "targetLevel",
                        level,
                        "wording",
                        "Paying is effortless"),
                Map.of(
                        "brandValue",
                        values.get(1),
                        "variable",
                        "USE_PLEASANT",
                        "scope",
                        Map.of("touchpoints", List.of(touchpoints.get(2))),
                        "targetLevel",
                        level - 5,
                        "wording",
                        "A warm voice on the hotline"));
    }

    private static String id(HttpGraphQlTester admin, String document, Map<String, Object> input) {
        return admin.documentName(document)
                .variable("input", input)
                .execute()
                .path(document + ".id")
                .entity(String.class)
                .get();
    }
}
