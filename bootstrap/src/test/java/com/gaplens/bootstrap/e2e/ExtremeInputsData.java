package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.adapters.graphql.support.GlobalId;
import com.gaplens.bootstrap.e2e.RawGraphQl.Answer;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/**
 * The data of {@link ExtremeInputsIT}, written through the API. Tenant A: brand Extrême with two values, two
 * touchpoints, six segments (two measured), a target experience promising ACCESS_EASY at 80, USE_PLEASANT at 70
 * and ACCESS_USEFUL at 75 since 2023, and 300 PERCENT measurements on 300 distinct days of 2024–2025 (day
 * {@code 73·i mod 731} from 2024-01-01), alternating touchpoints, four variables (CUSTOMER_RELATIONSHIP_EASY
 * unpromised), two methods, segment S1 or S2, an emotion on every fifth: 225 promised measurements, so that a view
 * filtered by commitment still spans three pages of 100. Tenant B: brand Other with two measurements at one touchpoint.
 */
final class ExtremeInputsData {

    static final int MEASUREMENTS = 300;
    /** Measurements a commitment covers: three of every four. */
    static final int PROMISED = 225;

    static final List<String> VARIABLES = List.of(("ACCESS_USEFUL ACCESS_EASY ACCESS_PLEASANT USE_USEFUL USE_EASY"
                    + " USE_PLEASANT CUSTOMER_RELATIONSHIP_USEFUL CUSTOMER_RELATIONSHIP_EASY CUSTOMER_RELATIONSHIP_PLEASANT"
                    + " SHARING_USEFUL SHARING_EASY SHARING_PLEASANT")
            .split(" "));
    private static final List<String> MEASURED =
            List.of("ACCESS_EASY", "USE_PLEASANT", "ACCESS_USEFUL", "CUSTOMER_RELATIONSHIP_EASY");

    /** Tenant A's data and keys, tenant B's reader. */
    record Fixture(
            RawGraphQl client,
            String reader,
            String admin,
            String brand,
            List<String> values,
            List<String> touchpoints,
            List<String> segments,
            List<String> commitments,
            String otherReader) {

        /** A filter of tenant A's brand holding every enum value and {@code ids} ids per id list (unknown ones added). */
        Map<String, Object> filter(Map<String, String> period, int ids) {
            Map<String, Object> filter = new LinkedHashMap<>();
            filter.put("brandIds", padded("Brand", List.of(brand), ids));
            filter.put("valueIds", padded("BrandValue", values, ids));
            filter.put("commitmentIds", padded("Commitment", commitments, ids));
            filter.put("touchpointIds", padded("Touchpoint", touchpoints, ids));
            filter.put("segmentIds", padded("Segment", segments, ids));
            filter.put("phases", words("BEFORE_PURCHASE PURCHASE AFTER_PURCHASE USAGE END_OF_LIFE"));
            filter.put(
                    "channels",
                    words("STORE WEB MOBILE_APP PHONE EMAIL CHAT SOCIAL_MEDIA MAIL DELIVERY PARTNER OTHER"));
            filter.put("families", words("ACCESS USE CUSTOMER_RELATIONSHIP SHARING"));
            filter.put("dimensions", words("USEFUL EASY PLEASANT"));
            filter.put("variables", VARIABLES);
            filter.put("methods", words("OBSERVATION BAROMETER COMPLAINT SOCIAL EXPERT_REVIEW CONSUMER_STUDY"));
            filter.put("period", period);
            return filter;
        }

        private static List<String> padded(String type, List<String> known, int length) {
            List<String> ids = new ArrayList<>(known);
            while (ids.size() < length) {
                ids.add(GlobalId.encode(type, UUID.randomUUID().toString()));
            }
            return ids;
        }

        private static List<String> words(String words) {
            return List.of(words.split(" "));
        }
    }

    private final RawGraphQl client;
    private final String admin;

    private ExtremeInputsData(RawGraphQl client, String admin) {
        this.client = client;
        this.admin = admin;
    }

    static Fixture create(ExtremeInputsIT test, RawGraphQl client) {
        TenantId a = new TenantId("extreme-a-" + System.nanoTime());
        ExtremeInputsData data = new ExtremeInputsData(client, test.token(a, Role.ADMIN));
        JsonNode brand = data.call(
                "mutation($i: DefineBrandInput!) { defineBrand(input: $i) { id values { id } } }",
                Map.of("name", "Extrême", "values", List.of(Map.of("name", "Simplicity"), Map.of("name", "Warmth"))));
        String brandId = brand.at("/defineBrand/id").asString();
        List<String> values = List.of(
                brand.at("/defineBrand/values/0/id").asString(),
                brand.at("/defineBrand/values/1/id").asString());
        List<String> touchpoints = List.of(
                data.touchpoint(brandId, "Checkout", "PURCHASE", "STORE"),
                data.touchpoint(brandId, "Delivery", "AFTER_PURCHASE", "DELIVERY"));
        List<String> segments = new ArrayList<>();
        for (int s = 1; s <= 6; s++) {
            segments.add(data.call(
                            "mutation($i: DefineSegmentInput!) { defineSegment(input: $i) { id } }",
                            Map.of("brandId", brandId, "kind", "PROFILE", "name", "S" + s))
                    .at("/defineSegment/id")
                    .asString());
        }
        JsonNode drafted = data.call(
                "mutation($i: DraftTargetExperienceInput!) { draftTargetExperience(input: $i) { id draft { id } } }",
                Map.of(
                        "brandId",
                        brandId,
                        "commitments",
                        List.of(
                                commitment(values.get(0), "ACCESS_EASY", 80),
                                commitment(values.get(1), "USE_PLEASANT", 70),
                                commitment(values.get(0), "ACCESS_USEFUL", 75))));
        data.call(
                "mutation($i: PublishTargetExperienceInput!) { publishTargetExperience(input: $i) { id } }",
                Map.of(
                        "targetExperienceId",
                        drafted.at("/draftTargetExperience/id").asString(),
                        "expectedVersion",
                        1,
                        "inForceFrom",
                        "2023-01-01T00:00:00Z"));
        List<String> commitments = new ArrayList<>();
        drafted.at("/draftTargetExperience/draft")
                .forEach(c -> commitments.add(c.get("id").asString()));
        assertThat(commitments).hasSize(3);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < MEASUREMENTS; i++) {
            Map<String, Object> item = item("a-" + i, brandId, touchpoints.get(i % 2), day(i) + "T10:00:00Z");
            item.put("variable", MEASURED.get(i % 4));
            item.put("method", i % 3 == 0 ? "OBSERVATION" : "BAROMETER");
            item.put("value", 20 + (i * 37) % 80);
            item.put("segmentId", segments.get((i / 2) % 2));
            if (i % 5 == 0) {
                item.put("emotion", Map.of("emotion", i % 2 == 0 ? "JOY" : "FRUSTRATION", "intensity", 0.5));
            }
            items.add(item);
        }
        record(client, test.token(a, Role.WRITER), items);

        TenantId b = new TenantId("extreme-b-" + System.nanoTime());
        ExtremeInputsData other = new ExtremeInputsData(client, test.token(b, Role.ADMIN));
        String otherBrand = other.call(
                        "mutation($i: DefineBrandInput!) { defineBrand(input: $i) { id } }", Map.of("name", "Other"))
                .at("/defineBrand/id")
                .asString();
        String otherTouchpoint = other.touchpoint(otherBrand, "Counter", "PURCHASE", "STORE");
        List<Map<String, Object>> otherItems = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Map<String, Object> item =
                    item("b-" + i, otherBrand, otherTouchpoint, "2025-06-0" + (i + 1) + "T10:00:00Z");
            item.put("variable", "ACCESS_EASY");
            item.put("method", "BAROMETER");
            item.put("value", 50 + i);
            otherItems.add(item);
        }
        record(client, test.token(b, Role.WRITER), otherItems);

        return new Fixture(
                client,
                test.token(a, Role.READER),
                data.admin,
                brandId,
                values,
                touchpoints,
                segments,
                commitments,
                test.token(b, Role.READER));
    }

    private static Map<String, Object> commitment(String value, String variable, int target) {
        return Map.of("brandValue", value, "variable", variable, "targetLevel", target, "wording", "Kept " + variable);
    }

    private static Map<String, Object> item(String id, String brand, String touchpoint, String observedAt) {
        Map<String, Object> item = new HashMap<>();
        item.put("externalId", id);
        item.put("brandId", brand);
        item.put("touchpointId", touchpoint);
        item.put("scale", "PERCENT");
        item.put("observedAt", observedAt);
        return item;
    }

    private static void record(RawGraphQl client, String writer, List<Map<String, Object>> items) {
        Answer answer = client.post(
                writer,
                "mutation($i: [MeasurementInput!]!) { recordMeasurements(input: $i) { totals { accepted } } }",
                Map.of("i", items));
        assertThat(answer.hasErrors()).as(answer.body()).isFalse();
        assertThat(answer.data().at("/recordMeasurements/totals/accepted").asInt())
                .as(answer.body())
                .isEqualTo(items.size());
    }

    private String touchpoint(String brand, String name, String phase, String channel) {
        return call(
                        "mutation($i: DefineTouchpointInput!) { defineTouchpoint(input: $i) { id } }",
                        Map.of("brandId", brand, "name", name, "phase", phase, "channel", channel))
                .at("/defineTouchpoint/id")
                .asString();
    }

    private JsonNode call(String document, Map<String, Object> input) {
        Answer answer = client.post(admin, document, Map.of("i", input));
        assertThat(answer.hasErrors()).as(answer.body()).isFalse();
        return answer.data();
    }

    /** The answer's data, or null when it is a typed refusal (never an internal error). */
    static JsonNode dataOrTypedRefusal(String operation, Answer answer) {
        assertThat(answer.status()).as(operation + ": " + answer.body()).isLessThan(500);
        if (answer.hasErrors()) {
            System.out.println("[ExtremeInputsIT] " + operation + " refused: " + answer.body());
            assertThat(answer.code()).as(operation + ": " + answer.body()).isIn(ExtremeInputsIT.TYPED);
            return null;
        }
        System.out.println("[ExtremeInputsIT] " + operation + " answered data ("
                + answer.body().length() + " chars)");
        assertThat(answer.data()).as(operation + ": " + answer.body()).isNotNull();
        return answer.data();
    }

    /** Every page of a connection, each of 100 nodes, followed by the call's own cursors. */
    static JsonNode everyPage(
            String operation,
            String field,
            BiFunction<String, Map<String, Object>, JsonNode> read,
            Map<String, Object> variables) {
        var nodes = RawGraphQl.JSON.createArrayNode();
        String after = null;
        for (int page = 0; page < 50; page++) {
            Map<String, Object> paged = new HashMap<>(variables);
            paged.put("after", after);
            JsonNode data = read.apply(operation + " page " + page, paged);
            if (data == null) {
                return null;
            }
            data.get(field).get("edges").forEach(edge -> nodes.add(edge.get("node")));
            if (!data.get(field).at("/pageInfo/hasNextPage").asBoolean()) {
                return nodes;
            }
            after = data.get(field).at("/pageInfo/endCursor").asString();
        }
        throw new AssertionError(operation + ": more than 50 pages");
    }

    static LocalDate day(int index) {
        return LocalDate.of(2024, 1, 1).plusDays((index * 73L) % 731);
    }
}
