package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class GapRowsReconcileIT extends EndToEndTest {

    private static final String OBSERVED = "2026-03-10T10:00:00Z";
    private static final double Q1 = 12.706204736174707;

    private final TenantId tenant = new TenantId("reconcile-" + System.nanoTime());
    private HttpGraphQlTester admin;
    private HttpGraphQlTester reader;
    private String brandId;
    private String delivery;
    private String over45;
    private final List<Map<String, Object>> items = new ArrayList<>();

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

    @Test
    void aCommitmentAddedByTheVariantIsLabelledByItsWordingInGapsRowsAndTheCsv() {
        List<Map> byCommitment = reader.documentName("gaps")
                .variable("groupBy", List.of("COMMITMENT"))
                .execute()
                .path("gaps.edges[*].node")
                .entityList(Map.class)
                .get();
        // the unpromised group has no commitment key; the others are labelled by their wording
        assertThat(byCommitment)
                .flatExtracting(cell -> (List<Map>) cell.get("keys"))
                .extracting(key -> key.get("label"))
                .containsExactlyInAnyOrder("Paying is effortless", "A warm word at the door");

        List<Map> rows = reader.documentName("biGapRows")
                .variable("groupBy", List.of("COMMITMENT"))
                .execute()
                .path("biGapRows.edges[*].node")
                .entityList(Map.class)
                .get();
        // the unpromised row has no commitment; the others are labelled by their wording, never by an id
        assertThat(rows)
                .extracting(row -> row.get("commitment"))
                .containsExactlyInAnyOrder(null, "Paying is effortless", "A warm word at the door");
        assertThat(csv("groupBy=COMMITMENT"))
                .extracting(row -> row.get("commitment"))
                .containsExactlyInAnyOrder("", "Paying is effortless", "A warm word at the door");
    }

    @Test
    void everyBiRowShowsThePromisedFiguresItsGapIsComputedFrom() {
        List<Map> rows = reader.documentName("biGapRows")
                .variable("groupBy", List.of("TOUCHPOINT", "VARIABLE"))
                .execute()
                .path("biGapRows.edges[*].node")
                .entityList(Map.class)
                .get();
        Map<String, Object> mixed = row(rows, "CUSTOMER_RELATIONSHIP_PLEASANT");
        assertThat(mixed)
                .containsEntry("n", 3)
                .containsEntry("weight", 3)
                .containsEntry("promised_n", 2)
                .containsEntry("promised_weight", 2)
                .containsEntry("unpromised_n", 1)
                .containsEntry("significance", "NOT_SIGNIFICANT")
                .containsEntry("severity", "EXCEEDED");
        assertThat((Double) mixed.get("lived")).isCloseTo(230.0 / 3, within(1e-9));
        assertThat((Double) mixed.get("promised_lived")).isCloseTo(95, within(1e-9));
        assertThat((Double) mixed.get("target")).isCloseTo(85, within(1e-9));
        assertThat((Double) mixed.get("gap")).isCloseTo(10, within(1e-9));
        assertThat((Double) mixed.get("std_error")).isCloseTo(5, within(1e-9));
        assertThat((Double) mixed.get("ci_low")).isCloseTo(95 - 5 * Q1, within(1e-9));
        assertThat((Double) mixed.get("ci_high"))
                .isCloseTo(95 + 5 * Q1, within(1e-9))
                .isGreaterThan(100);
        for (Map row : rows) {
            assertReconciles(row);
        }
    }

    @Test
    void theCsvCarriesThePromisedFiguresAndTheThreeValuedSignificance() {
        List<Map<String, String>> rows = csv("groupBy=TOUCHPOINT,VARIABLE&from=2026-03-01&to=2026-03-31");

        assertThat(rows).hasSize(3);
        Map<String, String> mixed = csvRow(rows, "CUSTOMER_RELATIONSHIP_PLEASANT");
        assertThat(mixed)
                .containsEntry("n", "3")
                .containsEntry("promised_n", "2")
                .containsEntry("promised_weight", "2")
                .containsEntry("promised_lived", "95.0")
                .containsEntry("target", "85.0")
                .containsEntry("gap", "10.0")
                .containsEntry("std_error", "5.0")
                .containsEntry("significance", "NOT_SIGNIFICANT")
                .containsEntry("unpromised_n", "1");
        assertThat(Double.parseDouble(mixed.get("ci_high"))).isCloseTo(95 + 5 * Q1, within(1e-9));
        // one promised respondent: no interval, significance UNDETERMINED (not a false "not significant")
        assertThat(csvRow(rows, "ACCESS_EASY"))
                .containsEntry("n", "1")
                .containsEntry("promised_lived", "70.0")
                .containsEntry("gap", "-10.0")
                .containsEntry("std_error", "")
                .containsEntry("ci_low", "")
                .containsEntry("significance", "UNDETERMINED")
                .containsEntry("severity", "MAJOR");
        // nothing promised: no promised figure, no significance
        assertThat(csvRow(rows, "USE_PLEASANT"))
                .containsEntry("lived", "90.0")
                .containsEntry("promised_n", "0")
                .containsEntry("promised_weight", "0")
                .containsEntry("promised_lived", "")
                .containsEntry("gap", "")
                .containsEntry("significance", "")
                .containsEntry("unpromised_n", "1");
        for (Map<String, String> row : rows) {
            assertThat(Long.parseLong(row.get("n")))
                    .isEqualTo(Long.parseLong(row.get("promised_n")) + Long.parseLong(row.get("unpromised_n")));
            if (!row.get("gap").isEmpty()) {
                double promisedLived = Double.parseDouble(row.get("promised_lived"));
                assertThat(Double.parseDouble(row.get("gap")))
                        .isEqualTo(promisedLived - Double.parseDouble(row.get("target")));
            }
        }
    }

    @Test
    void aGapCellShowsThePromisedLivedScoreBesideTheLivedScoreOfEveryMeasurement() {
        Map<String, Object> cell = reader.documentName("gaps")
                .variable("groupBy", List.of("VARIABLE"))
                .variable("filter", Map.of("variables", List.of("CUSTOMER_RELATIONSHIP_PLEASANT")))
                .execute()
                .path("gaps.edges[0].node")
                .entity(Map.class)
                .get();

        assertThat(cell)
                .containsEntry("count", 3)
                .containsEntry("promisedCount", 2)
                .containsEntry("promisedWeight", 2)
                .containsEntry("unpromisedCount", 1);
        assertThat((Double) cell.get("lived")).isCloseTo(230.0 / 3, within(1e-9));
        assertThat((Double) cell.get("promisedLived")).isCloseTo(95, within(1e-9));
        assertThat((Double) cell.get("gap")).isCloseTo(10, within(1e-9));
        Map<String, Double> interval = (Map<String, Double>) cell.get("interval");
        assertThat(interval.get("lower")).isCloseTo(95 - 5 * Q1, within(1e-9));
        assertThat(interval.get("upper")).isCloseTo(95 + 5 * Q1, within(1e-9));
        // the lived score of every measurement has its own spread: 90, 100, 40 → v = 1033.33, SE = √(v/3) = 18.56
        assertThat((Double) cell.get("livedStandardError")).isCloseTo(Math.sqrt(3100.0 / 3 / 3), within(1e-9));
    }

    private static void assertReconciles(Map row) {
        assertThat(((Number) row.get("n")).longValue())
                .isEqualTo(
                        ((Number) row.get("promised_n")).longValue() + ((Number) row.get("unpromised_n")).longValue());
        if (row.get("gap") != null) {
            assertThat((Double) row.get("gap"))
                    .isEqualTo((Double) row.get("promised_lived") - (Double) row.get("target"));
        } else {
            assertThat(row.get("promised_lived")).isNull();
            assertThat(row.get("significance")).isNull();
        }
    }

    private static Map<String, Object> row(List<Map> rows, String variable) {
        return (Map<String, Object>) rows.stream()
                .filter(r -> variable.equals(r.get("variable")))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, String> csvRow(List<Map<String, String>> rows, String variable) {
        Predicate<Map<String, String>> ofVariable = r -> variable.equals(r.get("variable"));
        return rows.stream().filter(ofVariable).findFirst().orElseThrow();
    }

    private List<Map<String, String>> csv(String query) {
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
