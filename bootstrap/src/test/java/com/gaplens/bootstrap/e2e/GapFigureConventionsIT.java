package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The two conventions of docs/gap-figures.md, through the API on a real MongoDB, against figures worked by hand.
 *
 * <p>LIKERT_5 (1–5, not a share, score = 100·(v − 1)/4), everything promised by Simplicity (ACCESS_EASY at 80,
 * ACCESS_USEFUL at 60), one BAROMETER each:
 * <ul>
 *   <li>ACCESS_EASY: two aggregates of {@code sampleSize} 1 without {@code stdDev}, values 4 and 2 → scores 75 and
 *       25, each one respondent with dispersion 0: W = 2, S2 = 75² + 25² = 6250, v = 6250 − 100²/2 = 1250, SE =
 *       √(1250/2) = 25; q(1) = tan(0.475·π) = 12.706205 → [50 − 317.655, 50 + 317.655], not clamped; gap 50 − 80 =
 *       −30, CRITICAL, NOT_SIGNIFICANT. Had they taken the default dispersion, v would be 1250 + 2·833.33;</li>
 *   <li>ACCESS_USEFUL: one aggregate of {@code sampleSize} 2 without {@code stdDev}, value 3 → score 50 with the
 *       scale's default dispersion 100/√12: S2 = 2·(2500 + 10000/12), v = 10000/6, SE = √(10000/12) = 28.867513;
 *       gap 50 − 60 = −10, MAJOR;</li>
 *   <li>a {@code sampleSize} of 1 with a {@code stdDev} of 0.5: one respondent has no spread, refused.</li>
 * </ul>
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class GapFigureConventionsIT extends EndToEndTest {

    private static final double Q1 = 12.706204736174707;
    private static final double DEFAULT_DISPERSION = 100 / Math.sqrt(12);

    private final TenantId tenant = new TenantId("conventions-" + System.nanoTime());

    @Test
    void oneRespondentHasDispersionZeroAnAggregateWithoutStdDevTheDefaultAndIntervalsAreNotClamped() {
        HttpGraphQlTester admin = as(tenant, Role.ADMIN);
        var brand = admin.documentName("defineBrand")
                .variable("input", Map.of("name", "Maison Lumen", "values", List.of(Map.of("name", "Simplicity"))))
                .execute();
        String brandId = brand.path("defineBrand.id").entity(String.class).get();
        String simplicity =
                brand.path("defineBrand.values[0].id").entity(String.class).get();
        String checkout = admin.documentName("defineTouchpoint")
                .variable(
                        "input",
                        Map.of("brandId", brandId, "name", "Checkout", "phase", "PURCHASE", "channel", "STORE"))
                .execute()
                .path("defineTouchpoint.id")
                .entity(String.class)
                .get();
        String targetId = admin.documentName("draftTargetExperience")
                .variable(
                        "input",
                        Map.of(
                                "brandId",
                                brandId,
                                "commitments",
                                List.of(
                                        Map.of(
                                                "brandValue",
                                                simplicity,
                                                "variable",
                                                "ACCESS_EASY",
                                                "targetLevel",
                                                80,
                                                "wording",
                                                "Paying takes two taps"),
                                        Map.of(
                                                "brandValue",
                                                simplicity,
                                                "variable",
                                                "ACCESS_USEFUL",
                                                "targetLevel",
                                                60,
                                                "wording",
                                                "The receipt says what was bought"))))
                .execute()
                .path("draftTargetExperience.id")
                .entity(String.class)
                .get();
        admin.documentName("publishTargetExperience")
                .variable(
                        "input",
                        Map.of(
                                "targetExperienceId",
                                targetId,
                                "expectedVersion",
                                1,
                                "inForceFrom",
                                "2026-01-01T00:00:00Z"))
                .execute()
                .path("publishTargetExperience.id")
                .hasValue();

        var report = as(tenant, Role.WRITER)
                .documentName("recordMeasurements")
                .variable(
                        "input",
                        List.of(
                                likert(brandId, checkout, "e-1", "ACCESS_EASY", 4, 1, null),
                                likert(brandId, checkout, "e-2", "ACCESS_EASY", 2, 1, null),
                                likert(brandId, checkout, "u-1", "ACCESS_USEFUL", 3, 2, null),
                                likert(brandId, checkout, "x-1", "ACCESS_EASY", 3, 1, 0.5)))
                .execute();

        report.path("recordMeasurements.totals.accepted").entity(Integer.class).isEqualTo(3);
        Map<String, Object> refused =
                report.path("recordMeasurements.items[3]").entity(Map.class).get();
        assertThat(refused)
                .containsEntry("status", "REJECTED")
                .containsEntry("reason", "STD_DEV_OUT_OF_SCALE")
                .containsEntry("field", "input[3].stdDev");

        List<Map> cells = as(tenant, Role.READER)
                .documentName("gaps")
                .variable("groupBy", List.of("VARIABLE"))
                .execute()
                .path("gaps.edges[*].node")
                .entityList(Map.class)
                .get();
        Map<String, Object> easy = cell(cells, "ACCESS_EASY");
        assertThat(easy).containsEntry("weight", 2).containsEntry("promisedWeight", 2);
        assertThat((Double) easy.get("promisedLived")).isCloseTo(50, within(1e-9));
        assertThat((Double) easy.get("standardError")).isCloseTo(25, within(1e-9));
        Map<String, Double> interval = (Map<String, Double>) easy.get("interval");
        assertThat(interval.get("lower")).isCloseTo(50 - 25 * Q1, within(1e-9)).isLessThan(0);
        assertThat(interval.get("upper")).isCloseTo(50 + 25 * Q1, within(1e-9)).isGreaterThan(100);
        assertThat((Double) easy.get("gap")).isCloseTo(-30, within(1e-9));
        assertThat(easy).containsEntry("severity", "CRITICAL").containsEntry("significance", "NOT_SIGNIFICANT");

        Map<String, Object> useful = cell(cells, "ACCESS_USEFUL");
        assertThat(useful).containsEntry("weight", 2).containsEntry("count", 1);
        assertThat((Double) useful.get("standardError")).isCloseTo(DEFAULT_DISPERSION, within(1e-9));
        assertThat(((Map<String, Double>) useful.get("interval")).get("lower"))
                .isCloseTo(50 - DEFAULT_DISPERSION * Q1, within(1e-9));
        assertThat((Double) useful.get("gap")).isCloseTo(-10, within(1e-9));
        assertThat(useful).containsEntry("severity", "MAJOR");
    }

    private static Map<String, Object> cell(List<Map> cells, String variable) {
        return (Map<String, Object>) cells.stream()
                .filter(c -> ((List<Map>) c.get("keys")).getFirst().get("value").equals(variable))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> likert(
            String brandId,
            String touchpoint,
            String id,
            String variable,
            double value,
            int sampleSize,
            Double stdDev) {
        Map<String, Object> item = new HashMap<>();
        item.put("externalId", id);
        item.put("brandId", brandId);
        item.put("touchpointId", touchpoint);
        item.put("variable", variable);
        item.put("method", "BAROMETER");
        item.put("scale", "LIKERT_5");
        item.put("value", value);
        item.put("sampleSize", sampleSize);
        if (stdDev != null) {
            item.put("stdDev", stdDev);
        }
        item.put("observedAt", "2026-03-10T10:00:00Z");
        return item;
    }
}
