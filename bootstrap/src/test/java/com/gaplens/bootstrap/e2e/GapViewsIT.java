package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Gap views end to end on a real MongoDB, against figures worked by hand.
 *
 * <p>The worked case. Brand Maison Lumen promises Simplicity on ACCESS_EASY at 80 (in force from 2026-01-01).
 * At the Checkout (PURCHASE, STORE), four single PERCENT observations on ACCESS_EASY: 60, 70, 80 (BAROMETER) and 50
 * (OBSERVATION); at the Delivery (AFTER_PURCHASE, DELIVERY) one of 90 on USE_PLEASANT, which nothing promises.
 * <ul>
 *   <li>W = 4, S1 = 260 → lived 65; S2 = 3600 + 4900 + 6400 + 2500 = 17400;</li>
 *   <li>v = (17400 − 260²/4)/3 = 500/3 = 166.667; SE = √(166.667/4) = 6.454972;</li>
 *   <li>t(0.975; 3) = 3.182446 → half width 20.542603 → interval [44.457397, 85.542603];</li>
 *   <li>gap = 65 − 80 = −15: MAJOR (−20 < −15 ≤ −10), NOT_SIGNIFICANT (80 lies in the interval);</li>
 *   <li>two methods: not a weak signal. The grand total: 5 measurements, lived (260 + 90)/5 = 70, the same gap.</li>
 * </ul>
 * Then version 2, target 70, published in force from 2026-02-01 (back-dated, before the observations): the same
 * measurements are judged anew, gap −5, MINOR.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class GapViewsIT extends EndToEndTest {

    private static final String OBSERVED = "2026-03-10T10:00:00Z";
    private static final double HALF_WIDTH = 3.182446305284263 * Math.sqrt(500.0 / 3 / 4);

    private final TenantId tenant = new TenantId("gaps-" + System.nanoTime());

    @org.springframework.beans.factory.annotation.Autowired
    private com.gaplens.application.port.in.MaintainRollupsUseCase maintenance;

    private HttpGraphQlTester admin;
    private HttpGraphQlTester reader;
    private String brandId;
    private String checkout;
    private String delivery;
    private String targetId;
    private String commitmentId;
    private String simplicityId;

    @BeforeEach
    void theWorkedCase() {
        admin = as(tenant, Role.ADMIN);
        reader = as(tenant, Role.READER);
        Map<String, Object> brand = admin.documentName("defineBrand")
                .variable("input", Map.of("name", "Maison Lumen", "values", List.of(Map.of("name", "Simplicity"))))
                .execute()
                .path("defineBrand")
                .entity(Map.class)
                .get();
        brandId = (String) brand.get("id");
        String simplicity = (String)
                ((List<Map<String, Object>>) brand.get("values")).getFirst().get("id");
        checkout = define(
                "defineTouchpoint",
                Map.of("brandId", brandId, "name", "Checkout", "phase", "PURCHASE", "channel", "STORE"));
        delivery = define(
                "defineTouchpoint",
                Map.of("brandId", brandId, "name", "Delivery", "phase", "AFTER_PURCHASE", "channel", "DELIVERY"));
        simplicityId = simplicity;
        var drafted = admin.documentName("draftTargetExperience")
                .variable(
                        "input",
                        Map.of(
                                "brandId",
                                brandId,
                                "commitments",
                                List.of(Map.of(
                                        "brandValue",
                                        simplicity,
                                        "variable",
                                        "ACCESS_EASY",
                                        "targetLevel",
                                        80,
                                        "wording",
                                        "Paying is effortless"))))
                .execute();
        targetId = drafted.path("draftTargetExperience.id").entity(String.class).get();
        commitmentId = drafted.path("draftTargetExperience.draft[0].id")
                .entity(String.class)
                .get();
        publish(1, "2026-01-01T00:00:00Z");
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("c-1", checkout, "ACCESS_EASY", "BAROMETER", 60));
        items.add(item("c-2", checkout, "ACCESS_EASY", "BAROMETER", 70));
        items.add(item("c-3", checkout, "ACCESS_EASY", "BAROMETER", 80));
        items.add(item("c-4", checkout, "ACCESS_EASY", "OBSERVATION", 50));
        items.add(item("d-1", delivery, "USE_PLEASANT", "BAROMETER", 90));
        as(tenant, Role.WRITER)
                .documentName("recordMeasurements")
                .variable("input", items)
                .execute()
                .path("recordMeasurements.totals.accepted")
                .entity(Integer.class)
                .isEqualTo(5);
    }

    @Test
    void theMatrixShowsTheWorkedGapWithItsIntervalSeverityAndTotals() {
        assertTheWorkedMatrix();
    }

    private void assertTheWorkedMatrix() {
        var matrix = reader.documentName("gapMatrix")
                .variable("brandId", brandId)
                .variable("period", Map.of("from", "2026-03-01", "to", "2026-03-31"))
                .execute();

        Map<String, Object> easy =
                matrix.path("gapMatrix.cells[0]").entity(Map.class).get();
        assertThat(easy.get("keys")).asString().contains("ACCESS_EASY");
        assertThat(easy).containsEntry("count", 4).containsEntry("weight", 4);
        assertThat((Double) easy.get("lived")).isCloseTo(65, within(1e-9));
        assertThat((Double) easy.get("target")).isCloseTo(80, within(1e-9));
        assertThat((Double) easy.get("gap")).isCloseTo(-15, within(1e-9));
        assertThat((Double) easy.get("standardError")).isCloseTo(6.454972243679028, within(1e-9));
        Map<String, Double> interval = (Map<String, Double>) easy.get("interval");
        assertThat(interval.get("lower")).isCloseTo(65 - HALF_WIDTH, within(1e-6));
        assertThat(interval.get("upper")).isCloseTo(65 + HALF_WIDTH, within(1e-6));
        assertThat(interval.get("lower")).isCloseTo(44.457397, within(1e-6));
        assertThat(easy)
                .containsEntry("severity", "MAJOR")
                .containsEntry("significance", "NOT_SIGNIFICANT")
                .containsEntry("significant", false)
                .containsEntry("methodCount", 2)
                .containsEntry("weakSignal", false)
                .containsEntry("unpromisedCount", 0);
        Map<String, Object> pleasant =
                matrix.path("gapMatrix.cells[1]").entity(Map.class).get();
        assertThat(pleasant)
                .containsEntry("count", 1)
                .containsEntry("unpromisedCount", 1)
                .containsEntry("gap", null);
        assertThat((Double) pleasant.get("lived")).isCloseTo(90, within(1e-9));
        assertThat(matrix.path("gapMatrix.families").entityList(Map.class).get())
                .hasSize(2);
        assertThat(matrix.path("gapMatrix.dimensions").entityList(Map.class).get())
                .hasSize(2);
        Map<String, Object> total =
                matrix.path("gapMatrix.total").entity(Map.class).get();
        assertThat(total)
                .containsEntry("count", 5)
                .containsEntry("severity", "MAJOR")
                .containsEntry("weakSignal", false);
        assertThat((Double) total.get("lived")).isCloseTo(70, within(1e-9));
        assertThat((Double) total.get("gap")).isCloseTo(-15, within(1e-9));
    }

    @Test
    void aBackDatedVersionJudgesTheMeasurementsItGovernsAnew() {
        admin.documentName("updateTargetExperienceDraft")
                .variable(
                        "input",
                        Map.of("targetExperienceId", targetId, "expectedVersion", 2, "commitments", reviseTo70()))
                .execute()
                .path("updateTargetExperienceDraft.version")
                .entity(Long.class)
                .isEqualTo(3L);
        publish(3, "2026-02-01T00:00:00Z");

        Map<String, Object> row = checkoutGap();

        assertThat((Double) row.get("target")).isCloseTo(70, within(1e-9));
        assertThat((Double) row.get("gap")).isCloseTo(-5, within(1e-9));
        assertThat(row).containsEntry("severity", "MINOR");
        reader.documentName("rebuildRollups")
                .variable(
                        "input", Map.of("brandId", brandId, "period", Map.of("from", "2026-03-01", "to", "2026-03-31")))
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));
        Map<String, Object> rebuild = admin.documentName("rebuildRollups")
                .variable(
                        "input", Map.of("brandId", brandId, "period", Map.of("from", "2026-03-01", "to", "2026-03-31")))
                .execute()
                .path("rebuildRollups")
                .entity(Map.class)
                .get();
        assertThat(rebuild)
                .containsEntry("daysTotal", 31)
                .containsEntry("measurementsRead", 5)
                .containsEntry("cellsDiffering", 0);
    }

    @Test
    void gapsArePagedByStableCursorsInTheOrderAsked() {
        var first = reader.documentName("gaps")
                .variable("groupBy", List.of("TOUCHPOINT", "METHOD"))
                .variable("orderBy", Map.of("field", "LIVED", "direction", "DESC"))
                .variable("first", 2)
                .execute();
        List<Map> page1 = first.path("gaps.edges[*].node").entityList(Map.class).get();
        String cursor =
                first.path("gaps.pageInfo.endCursor").entity(String.class).get();
        first.path("gaps.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        // Delivery/BAROMETER 90, Checkout/BAROMETER 70, Checkout/OBSERVATION 50
        assertThat(page1).extracting(n -> (Double) n.get("lived")).containsExactly(90.0, 70.0);

        var second = reader.documentName("gaps")
                .variable("groupBy", List.of("TOUCHPOINT", "METHOD"))
                .variable("orderBy", Map.of("field", "LIVED", "direction", "DESC"))
                .variable("first", 2)
                .variable("after", cursor)
                .execute();
        assertThat(second.path("gaps.edges[*].node").entityList(Map.class).get())
                .extracting(n -> (Double) n.get("lived"))
                .containsExactly(50.0);
        second.path("gaps.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);

        assertError(reader.documentName("gaps").variable("first", 101).execute(), "VALIDATION", null, "first");
        assertError(
                reader.documentName("gaps")
                        .variable("filter", Map.of("touchpointIds", List.of("not-an-id")))
                        .execute(),
                "NOT_FOUND",
                "UNKNOWN_ID",
                "filter.touchpointIds[0]");
    }

    @Test
    void biRowsArePagedInKeyOrderEachPageStartingAfterTheLastRowOfThePreviousOne() {
        List<List<Object>> all = biRows(reader.documentName("biGapRows")
                .variable("groupBy", List.of("TOUCHPOINT", "METHOD"))
                .variable("first", 100)
                .execute());
        // Delivery/BAROMETER, Checkout/BAROMETER, Checkout/OBSERVATION: one touchpoint's rows together, its methods
        // by name
        assertThat(all).hasSize(3);
        int barometer = all.indexOf(List.of(checkout, "BAROMETER"));
        assertThat(all.get(barometer + 1)).isEqualTo(List.of(checkout, "OBSERVATION"));

        // one row a page, each after the cursor of the one before: the same rows, in the same order
        List<List<Object>> paged = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more && paged.size() <= all.size()) {
            var page = reader.documentName("biGapRows")
                    .variable("groupBy", List.of("TOUCHPOINT", "METHOD"))
                    .variable("first", 1)
                    .variable("after", after)
                    .execute();
            paged.addAll(biRows(page));
            after = page.path("biGapRows.pageInfo.endCursor")
                    .entity(String.class)
                    .get();
            more = page.path("biGapRows.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get();
        }
        assertThat(paged).isEqualTo(all);

        // the key order descending is its reverse
        List<String> descending = reader.documentName("gaps")
                .variable("groupBy", List.of("TOUCHPOINT", "METHOD"))
                .variable("orderBy", Map.of("field", "KEYS", "direction", "DESC"))
                .execute()
                .path("gaps.edges[*].node.keys[*].value")
                .entityList(String.class)
                .get();
        List<String> ascending = new ArrayList<>();
        all.forEach(row -> row.forEach(value -> ascending.add((String) value)));
        assertThat(descending).isEqualTo(pairsReversed(ascending));

        // a cursor of another order is not a position in this one
        String byLived = reader.documentName("gaps")
                .variable("orderBy", Map.of("field", "LIVED"))
                .variable("first", 1)
                .execute()
                .path("gaps.pageInfo.endCursor")
                .entity(String.class)
                .get();
        assertError(
                reader.documentName("biGapRows").variable("after", byLived).execute(),
                "VALIDATION",
                "INVALID_CURSOR",
                "after");
    }

    @SuppressWarnings("unchecked")
    private static List<List<Object>> biRows(GraphQlTester.Response response) {
        List<Map> rows =
                response.path("biGapRows.edges[*].node").entityList(Map.class).get();
        return rows.stream()
                .map(row -> List.<Object>of(row.get("touchpoint_id"), row.get("method")))
                .toList();
    }

    /** (a, b, c, d, e, f) as (e, f, c, d, a, b): the pairs in reverse order, each pair kept as it is. */
    private static List<String> pairsReversed(List<String> values) {
        List<String> reversed = new ArrayList<>();
        for (int i = values.size() - 2; i >= 0; i -= 2) {
            reversed.add(values.get(i));
            reversed.add(values.get(i + 1));
        }
        return reversed;
    }

    @Test
    void readyMadeViewsAgreeWithTheWorkedCase() {
        var views = reader.documentName("gapViews")
                .variable("touchpointId", checkout)
                .execute();
        views.path("worstIrritants").entityList(Map.class).hasSize(0); // −15 is not significant
        views.path("signatureMoments").entityList(Map.class).hasSize(0);
        Map<String, Object> simplicity =
                views.path("brandValueEmbodiment[0]").entity(Map.class).get();
        assertThat(simplicity.get("keys")).asString().contains("Simplicity");
        assertThat((Double) simplicity.get("gap")).isCloseTo(-15, within(1e-9));
        assertThat((Double) views.path("fluidityAndFullness.fluidity.gap")
                        .entity(Double.class)
                        .get())
                .isCloseTo(-15, within(1e-9));
        views.path("fluidityAndFullness.fullness").valueIsNull();
        views.path("emotionalProfile.measurements").entity(Integer.class).isEqualTo(4);
        views.path("emotionalProfile.carrying").entity(Integer.class).isEqualTo(0);
        Map<String, Object> blindSpot =
                views.path("unpromised[0]").entity(Map.class).get();
        assertThat(blindSpot.get("keys")).asString().contains("Delivery").contains("USE_PLEASANT");
        assertThat(blindSpot).containsEntry("unpromisedCount", 1);
    }

    /**
     * Two segments at the checkout on ACCESS_EASY in April: 25-34 lived 60 and 80 (W = 2, lived 70, v = 200),
     * 45-54 lived 40, 50, 60 (W = 3, lived 50, v = 100). Welch: SE² = 200/2 + 100/3 = 133.33, t = 20/√133.33 =
     * 1.7321, df = 133.33² / (100²/1 + 33.33²/2) = 1.6842; not significant with so few respondents.
     */
    @Test
    void twoSegmentsSideBySideWithTheirDifferenceAndItsSignificance() {
        String young = define("defineSegment", Map.of("brandId", brandId, "kind", "PROFILE", "name", "25-34"));
        String older = define("defineSegment", Map.of("brandId", brandId, "kind", "PROFILE", "name", "45-54"));
        List<Map<String, Object>> items = new ArrayList<>();
        double[] youngValues = {60, 80};
        double[] olderValues = {40, 50, 60};
        for (int i = 0; i < youngValues.length; i++) {
            Map<String, Object> item = item("y-" + i, checkout, "ACCESS_EASY", "BAROMETER", youngValues[i]);
            item.put("segmentId", young);
            item.put("observedAt", "2026-04-10T10:00:00Z");
            items.add(item);
        }
        for (int i = 0; i < olderValues.length; i++) {
            Map<String, Object> item = item("o-" + i, checkout, "ACCESS_EASY", "BAROMETER", olderValues[i]);
            item.put("segmentId", older);
            item.put("observedAt", "2026-04-10T10:00:00Z");
            items.add(item);
        }
        as(tenant, Role.WRITER)
                .documentName("recordMeasurements")
                .variable("input", items)
                .execute();

        var comparison = reader.documentName("compareSegments")
                .variable("segmentIds", List.of(young, older))
                .variable("groupBy", List.of("VARIABLE"))
                .execute();

        Map<String, Object> difference = comparison
                .path("compareSegments[0].difference")
                .entity(Map.class)
                .get();
        double se2 = 200.0 / 2 + 100.0 / 3;
        double t = 20 / Math.sqrt(se2);
        double df = se2 * se2 / (Math.pow(200.0 / 2, 2) / 1 + Math.pow(100.0 / 3, 2) / 2);
        double p = 2
                * org.apache.commons.statistics.distribution.TDistribution.of(df)
                        .survivalProbability(t);
        assertThat((Double) difference.get("livedDifference")).isCloseTo(20, within(1e-9));
        assertThat((Double) difference.get("gapDifference")).isCloseTo(20, within(1e-9));
        assertThat((Double) difference.get("degreesOfFreedom")).isCloseTo(1.6842, within(1e-4));
        assertThat((Double) difference.get("pValue")).isCloseTo(p, within(1e-9));
        assertThat(difference).containsEntry("significant", false);
        assertThat(comparison
                        .path("compareSegments[0].segments[1].cell.count")
                        .entity(Integer.class)
                        .get())
                .isEqualTo(3);
        assertError(
                reader.documentName("compareSegments")
                        .variable("segmentIds", List.of(young))
                        .execute(),
                "VALIDATION",
                "SEGMENT_COUNT_OUT_OF_RANGE",
                "segmentIds");
    }

    @Test
    void biRowsComeFlatOverGraphQlAndAsCsvForBiTools() {
        List<Map> rows = reader.documentName("biGapRows")
                .variable("groupBy", List.of("BRAND", "TOUCHPOINT"))
                .execute()
                .path("biGapRows.edges[*].node")
                .entityList(Map.class)
                .get();
        Map<String, Object> checkoutRow = (Map<String, Object>) rows.stream()
                .filter(r -> "Checkout".equals(r.get("touchpoint")))
                .findFirst()
                .orElseThrow();
        assertThat(checkoutRow)
                .containsEntry("brand", "Maison Lumen")
                .containsEntry("touchpoint_id", checkout)
                .containsEntry("n", 4)
                .containsEntry("severity", "MAJOR")
                .containsEntry("significance", "NOT_SIGNIFICANT")
                .containsEntry("significant", false)
                .containsEntry("methods", "OBSERVATION|BAROMETER")
                .containsEntry("triangulation", 2)
                .containsEntry("unpromised_n", 0);
        assertThat((Double) checkoutRow.get("ci_low")).isCloseTo(65 - HALF_WIDTH, within(1e-6));

        String token = token(tenant, Role.READER);
        String csv = http().get()
                .uri("/bi/gap-rows.csv?groupBy=TOUCHPOINT&from=2026-03-01&to=2026-03-31")
                .header("Authorization", "Bearer " + token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst())
                .isEqualTo("brand_id,brand,brand_value_id,brand_value,commitment_id,commitment,phase,touchpoint_id,"
                        + "touchpoint,channel,family,dimension,variable,segment_id,segment,method,bucket,n,weight,lived,"
                        + "promised_n,promised_weight,promised_lived,target,gap,std_error,ci_low,ci_high,"
                        + "significance,severity,methods,triangulation,unpromised_n");
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .contains(",Checkout,")
                        .contains(",4,4,65.0,4,4,65.0,80.0,-15.0,")
                        .contains(",NOT_SIGNIFICANT,MAJOR,OBSERVATION|BAROMETER,2,0"));
        assertThat(lines.subList(1, lines.size()))
                .as("columns the grouping leaves out are empty fields, not quoted empty strings")
                .allSatisfy(line -> assertThat(line).startsWith(",,,,,,").doesNotContain("\"\""));
        String basic = Base64.getEncoder().encodeToString(("powerbi:" + token).getBytes(StandardCharsets.UTF_8));
        http().get()
                .uri("/bi/gap-rows.csv")
                .header("Authorization", "Basic " + basic)
                .exchange()
                .expectStatus()
                .isOk();
        http().get().uri("/bi/gap-rows.csv").exchange().expectStatus().isUnauthorized();
        http().get()
                .uri("/bi/gap-rows.csv?bucket=FORTNIGHT")
                .header("Authorization", "Bearer " + token)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("\"field\":\"bucket\""));
    }

    private List<Map<String, Object>> reviseTo70() {
        return List.of(Map.of(
                "id",
                commitmentId,
                "brandValue",
                simplicityId,
                "variable",
                "ACCESS_EASY",
                "targetLevel",
                70,
                "wording",
                "Paying is effortless"));
    }

    private void publish(long expectedVersion, String inForceFrom) {
        admin.documentName("publishTargetExperience")
                .variable(
                        "input",
                        Map.of(
                                "targetExperienceId",
                                targetId,
                                "expectedVersion",
                                expectedVersion,
                                "inForceFrom",
                                inForceFrom))
                .execute()
                .path("publishTargetExperience.id")
                .entity(String.class)
                .isEqualTo(targetId);
    }

    private String define(String document, Map<String, Object> input) {
        return admin.documentName(document)
                .variable("input", input)
                .execute()
                .path(document + ".id")
                .entity(String.class)
                .get();
    }

    private Map<String, Object> item(String id, String touchpoint, String variable, String method, double value) {
        Map<String, Object> item = new HashMap<>();
        item.put("externalId", id);
        item.put("brandId", brandId);
        item.put("touchpointId", touchpoint);
        item.put("variable", variable);
        item.put("method", method);
        item.put("scale", "PERCENT");
        item.put("value", value);
        item.put("observedAt", OBSERVED);
        return item;
    }

    /** The gap of the checkout touchpoint over all time, as {@code gaps} grouped by touchpoint answers it. */
    private Map<String, Object> checkoutGap() {
        return reader.documentName("gaps")
                .variable("groupBy", List.of("TOUCHPOINT"))
                .variable("filter", Map.of("touchpointIds", List.of(checkout)))
                .execute()
                .path("gaps.edges[0].node")
                .entity(Map.class)
                .get();
    }
}
