package com.gaplens.bootstrap.e2e;

import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Rows a reader can check by eye, through the API on a real MongoDB, on the demo's set-up in small: a central promise
 * and a segment variant that adds a commitment, measurements of that segment and of customers without one at the same
 * interactions.
 *
 * <p>Maison Lumen promises Simplicity on ACCESS_EASY at 80 ("Paying is effortless", everywhere, from 2026-01-01); the
 * variant of the segment 45–54 adds Conviviality on CUSTOMER_RELATIONSHIP_PLEASANT at 85 ("A warm word at the door").
 * Single PERCENT observations in March 2026:
 * <ul>
 *   <li>Delivery × CUSTOMER_RELATIONSHIP_PLEASANT: 90 and 100 from 45–54 (promised by the addition), 40 from a
 *       customer without segment (unpromised) → n 3, lived 230/3 = 76.67; promised_n 2, promised_lived 95, target 85,
 *       gap +10 (EXCEEDED); v = 50, std_error 5, q(1) = 12.706205 → [31.468976, 158.531024] (not clamped),
 *       NOT_SIGNIFICANT; unpromised_n 1. Read without the promised columns, "lived 76.7, target 85, gap +10" does not
 *       add up: that is what the promised columns are for;</li>
 *   <li>Delivery × ACCESS_EASY: one answer of 70 (promised) → gap −10 (MAJOR), no interval: UNDETERMINED;</li>
 *   <li>Delivery × USE_PLEASANT: one answer of 90 that nothing promises: no gap, no significance.</li>
 * </ul>
 *
 * <p>The tests of these rows extend this case: {@link GapRowsReconcileIT} over GraphQL, {@link GapRowsCsvIT} as CSV.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
abstract class VariantPromiseCase extends EndToEndTest {

    static final String OBSERVED = "2026-03-10T10:00:00Z";
    static final double Q1 = 12.706204736174707;

    protected final TenantId tenant = new TenantId("variant-case-" + System.nanoTime());
    protected HttpGraphQlTester admin;
    protected HttpGraphQlTester reader;
    protected String brandId;
    protected String delivery;
    protected String over45;
    protected final List<Map<String, Object>> items = new ArrayList<>();

    @BeforeEach
    void aCentralPromiseAndAVariantThatAddsACommitment() {
        admin = as(tenant, Role.ADMIN);
        reader = as(tenant, Role.READER);
        var brand = admin.documentName("defineBrand")
                .variable(
                        "input",
                        Map.of(
                                "name",
                                "Maison Lumen",
                                "values",
                                List.of(Map.of("name", "Simplicity"), Map.of("name", "Conviviality"))))
                .execute();
        brandId = brand.path("defineBrand.id").entity(String.class).get();
        String simplicity =
                brand.path("defineBrand.values[0].id").entity(String.class).get();
        String conviviality =
                brand.path("defineBrand.values[1].id").entity(String.class).get();
        delivery = define(
                "defineTouchpoint",
                Map.of("brandId", brandId, "name", "Delivery", "phase", "AFTER_PURCHASE", "channel", "DELIVERY"));
        over45 = define("defineSegment", Map.of("brandId", brandId, "kind", "PROFILE", "name", "45–54"));
        var target = admin.documentName("draftTargetExperience")
                .variable(
                        "input",
                        Map.of(
                                "brandId",
                                brandId,
                                "commitments",
                                List.of(commitment(simplicity, "ACCESS_EASY", 80, "Paying is effortless"))))
                .execute();
        String targetId =
                target.path("draftTargetExperience.id").entity(String.class).get();
        publish("publishTargetExperience", Map.of("targetExperienceId", targetId, "expectedVersion", 1));
        String variantId = admin.documentName("draftSegmentVariant")
                .variable(
                        "input",
                        Map.of(
                                "targetExperienceId",
                                targetId,
                                "segmentId",
                                over45,
                                "adjustments",
                                Map.of(
                                        "additions",
                                        List.of(commitment(
                                                conviviality,
                                                "CUSTOMER_RELATIONSHIP_PLEASANT",
                                                85,
                                                "A warm word at the door")))))
                .execute()
                .path("draftSegmentVariant.id")
                .entity(String.class)
                .get();
        publish("publishSegmentVariant", Map.of("segmentVariantId", variantId, "expectedVersion", 1));
        single("CUSTOMER_RELATIONSHIP_PLEASANT", over45, "SOCIAL", 90);
        single("CUSTOMER_RELATIONSHIP_PLEASANT", over45, "SOCIAL", 100);
        single("CUSTOMER_RELATIONSHIP_PLEASANT", null, "SOCIAL", 40);
        single("ACCESS_EASY", null, "BAROMETER", 70);
        single("USE_PLEASANT", null, "BAROMETER", 90);
        as(tenant, Role.WRITER)
                .documentName("recordMeasurements")
                .variable("input", items)
                .execute()
                .path("recordMeasurements.totals.accepted")
                .entity(Integer.class)
                .isEqualTo(5);
    }

    protected List<Map<String, String>> csv(String query) {
        String body = http().get()
                .uri("/bi/gap-rows.csv?" + query)
                .header("Authorization", "Bearer " + token(tenant, Role.READER))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        try {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(body))
                    .getRecords()
                    .stream()
                    .map(CSVRecord::toMap)
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> commitment(String value, String variable, double level, String wording) {
        return Map.of("brandValue", value, "variable", variable, "targetLevel", level, "wording", wording);
    }

    private void publish(String mutation, Map<String, Object> input) {
        Map<String, Object> inForce = new HashMap<>(input);
        inForce.put("inForceFrom", "2026-01-01T00:00:00Z");
        admin.documentName(mutation)
                .variable("input", inForce)
                .execute()
                .path(mutation + ".id")
                .hasValue();
    }

    private String define(String document, Map<String, Object> input) {
        return admin.documentName(document)
                .variable("input", input)
                .execute()
                .path(document + ".id")
                .entity(String.class)
                .get();
    }

    private void single(String variable, String segment, String method, double value) {
        Map<String, Object> item = new HashMap<>();
        item.put("externalId", "m-" + items.size());
        item.put("brandId", brandId);
        item.put("touchpointId", delivery);
        item.put("variable", variable);
        item.put("method", method);
        item.put("scale", "PERCENT");
        item.put("value", value);
        item.put("observedAt", OBSERVED);
        if (segment != null) {
            item.put("segmentId", segment);
        }
        items.add(item);
    }
}
