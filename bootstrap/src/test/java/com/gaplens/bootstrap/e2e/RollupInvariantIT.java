package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.application.port.in.MaintainRollupsUseCase;
import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.application.port.out.RollupCells;
import com.gaplens.application.rollup.CellAddress;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.gap.CellSums;
import com.gaplens.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

/**
 * The roll-up invariant through the API: after any acknowledged call, the gaps equal a reference computed here from
 * the measurements the API said it accepted — for random batches with repeats and conflicts, and after a crash
 * between the raw insert and the roll-up (a fault injected through the {@link RollupCells} port), which the
 * repair finishes, with every measurement present exactly once.
 */
@TestPropertySource(
        properties = {
            "gaplens.rollups.repair-grace=0s",
            "gaplens.rollups.repair-interval=1h",
            // this test reads every cell after every batch: far more than a client's budget allows
            "gaplens.graphql.budget.capacity=1000000",
            "gaplens.graphql.budget.refill-per-second=100000"
        })
class RollupInvariantIT extends EndToEndTest {

    /** Fails applying roll-ups while armed: the process "dies" between its two writes. */
    static final AtomicBoolean CRASH_BEFORE_ROLLUP = new AtomicBoolean();

    @TestConfiguration
    static class FaultyRollups {
        @Bean
        @Primary
        RollupCells faultyCells(com.gaplens.adapters.mongo.rollup.MongoRollupCells real) {
            return new RollupCells() {
                @Override
                public void add(
                        TenantId tenant, RollupToken token, Map<CellAddress, CellSums> deltas, RollupToken safe) {
                    if (CRASH_BEFORE_ROLLUP.get()) {
                        throw new IllegalStateException("injected crash between the raw insert and the roll-up");
                    }
                    real.add(tenant, token, deltas, safe);
                }

                @Override
                public List<StoredCell> month(TenantId tenant, String brand, String month) {
                    return real.month(tenant, brand, month);
                }

                @Override
                public Map<CellAddress, Long> versions(TenantId tenant, Collection<CellAddress> cells) {
                    return real.versions(tenant, cells);
                }

                @Override
                public Optional<String> nextMonth(TenantId tenant, String brand, String from, String to) {
                    return real.nextMonth(tenant, brand, from, to);
                }
            };
        }
    }

    private final TenantId tenant = new TenantId("invariant-" + System.nanoTime());

    @Autowired
    private MaintainRollupsUseCase maintenance;

    @Autowired
    private MeasurementRepository measurements;

    private HttpGraphQlTester writer;
    private HttpGraphQlTester reader;
    private String brandId;
    private final List<String> touchpoints = new ArrayList<>();
    private final List<String> segments = new ArrayList<>();
    /** What the API acknowledged: external id → the item accepted. */
    private final Map<String, Map<String, Object>> accepted = new HashMap<>();

    @BeforeEach
    void aBrand() {
        CRASH_BEFORE_ROLLUP.set(false);
        HttpGraphQlTester admin = as(tenant, Role.ADMIN);
        brandId = admin.documentName("defineBrand")
                .variable("input", Map.of("name", "Invariant"))
                .execute()
                .path("defineBrand.id")
                .entity(String.class)
                .get();
        for (int i = 0; i < 3; i++) {
            touchpoints.add(admin.documentName("defineTouchpoint")
                    .variable(
                            "input",
                            Map.of("brandId", brandId, "name", "Tp " + i, "phase", "PURCHASE", "channel", "WEB"))
                    .execute()
                    .path("defineTouchpoint.id")
                    .entity(String.class)
                    .get());
        }
        segments.add(admin.documentName("defineSegment")
                .variable("input", Map.of("brandId", brandId, "kind", "PROFILE", "name", "25-34"))
                .execute()
                .path("defineSegment.id")
                .entity(String.class)
                .get());
        writer = as(tenant, Role.WRITER);
        reader = as(tenant, Role.READER);
    }

    @Test
    void randomBatchesWithRepeatsAndConflictsKeepEveryCellEqualToTheAcceptedMeasurements() {
        Random random = new Random(2026);
        List<Map<String, Object>> sent = new ArrayList<>();
        for (int batch = 0; batch < 8; batch++) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                if (!sent.isEmpty() && random.nextInt(5) == 0) {
                    Map<String, Object> repeat = new HashMap<>(sent.get(random.nextInt(sent.size())));
                    if (random.nextBoolean()) {
                        repeat.put("value", ((Number) repeat.get("value")).doubleValue() == 1 ? 2 : 1); // a conflict
                    }
                    items.add(repeat);
                } else {
                    items.add(randomItem(random, "r-" + batch + "-" + i));
                }
            }
            record(items);
            sent.addAll(items);
            assertGapsEqualTheAcceptedMeasurements();
        }
        assertThat(measurements.count(tenant)).isEqualTo(accepted.size());
    }

    /**
     * A call returns once its measurements are stored under a sealed change; the cells take them in a fold. While
     * folding fails, the call is still acknowledged, its measurements are pending, and a view that cannot fold them
     * answers an error rather than leave them out; once a fold succeeds they are in every view, counted once.
     */
    @Test
    void aFoldThatFailsLeavesTheCallAcknowledgedAndItsMeasurementsPendingUntilAFoldAddsThemOnce() {
        List<Map<String, Object>> items = List.of(
                randomItem(new Random(1), "crash-1"),
                randomItem(new Random(2), "crash-2"),
                randomItem(new Random(3), "crash-3"));
        CRASH_BEFORE_ROLLUP.set(true);
        writer.documentName("recordMeasurements")
                .variable("input", items)
                .execute()
                .path("recordMeasurements.totals.accepted")
                .entity(Integer.class)
                .isEqualTo(3);
        assertThat(measurements.count(tenant)).as("stored and acknowledged").isEqualTo(3);
        reader.document("{ rollupStatus { pendingRollups awaitingJudgement } }")
                .execute()
                .path("rollupStatus.pendingRollups")
                .entity(Integer.class)
                .isEqualTo(3);
        reader.documentName("gaps")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "INTERNAL_ERROR")));

        CRASH_BEFORE_ROLLUP.set(false);
        assertThat(maintenance.fold())
                .as("changes folded (the background folder may have taken some)")
                .isLessThan(2);

        reader.document("{ rollupStatus { pendingRollups awaitingJudgement } }")
                .execute()
                .path("rollupStatus.pendingRollups")
                .entity(Integer.class)
                .isEqualTo(0);
        items.forEach(item -> accepted.put((String) item.get("externalId"), item));
        assertGapsEqualTheAcceptedMeasurements();
        // the client retries anyway: all duplicates, nothing counted twice
        writer.documentName("recordMeasurements")
                .variable("input", items)
                .execute()
                .path("recordMeasurements.totals.duplicates")
                .entity(Integer.class)
                .isEqualTo(3);
        assertThat(measurements.count(tenant)).isEqualTo(3);
        assertGapsEqualTheAcceptedMeasurements();
    }

    @Test
    void aRetryAfterAFailedFoldAddsWhatItLeftPendingAtOnce() {
        List<Map<String, Object>> items =
                List.of(randomItem(new Random(4), "retry-1"), randomItem(new Random(5), "retry-2"));
        CRASH_BEFORE_ROLLUP.set(true);
        writer.documentName("recordMeasurements").variable("input", items).execute();
        CRASH_BEFORE_ROLLUP.set(false);

        writer.documentName("recordMeasurements")
                .variable("input", items)
                .execute()
                .path("recordMeasurements.totals.duplicates")
                .entity(Integer.class)
                .isEqualTo(2);

        items.forEach(item -> accepted.put((String) item.get("externalId"), item));
        assertGapsEqualTheAcceptedMeasurements();
    }

    private void record(List<Map<String, Object>> items) {
        List<Map> outcomes = writer.documentName("recordMeasurements")
                .variable("input", items)
                .execute()
                .path("recordMeasurements.items[*]")
                .entityList(Map.class)
                .get();
        for (int i = 0; i < items.size(); i++) {
            if ("ACCEPTED".equals(outcomes.get(i).get("status"))) {
                accepted.put((String) items.get(i).get("externalId"), items.get(i));
            }
        }
    }

    /** Per touchpoint × variable × segment × method × day: count, weight and Σw·x from the accepted items. */
    private void assertGapsEqualTheAcceptedMeasurements() {
        Map<String, double[]> expected = new HashMap<>();
        for (Map<String, Object> item : accepted.values()) {
            String key =
                    item.get("touchpointId") + "|" + item.get("variable") + "|" + item.getOrDefault("segmentId", "-")
                            + "|" + item.get("method") + "|" + ((String) item.get("observedAt")).substring(0, 10);
            double w = item.containsKey("sampleSize") ? ((Number) item.get("sampleSize")).doubleValue() : 1;
            double x = ((Number) item.get("value")).doubleValue(); // PERCENT: the score is the value
            double[] sums = expected.computeIfAbsent(key, k -> new double[3]);
            sums[0] += 1;
            sums[1] += w;
            sums[2] += w * x;
        }
        List<Map> cells = new ArrayList<>();
        String after = null;
        do {
            var page = reader.documentName("gaps")
                    .variable("groupBy", List.of("TOUCHPOINT", "VARIABLE", "SEGMENT", "METHOD"))
                    .variable("bucket", "DAY")
                    .variable("first", 100)
                    .variable("after", after)
                    .execute();
            cells.addAll(page.path("gaps.edges[*].node").entityList(Map.class).get());
            after = page.path("gaps.pageInfo.hasNextPage").entity(Boolean.class).get()
                    ? page.path("gaps.pageInfo.endCursor").entity(String.class).get()
                    : null;
        } while (after != null);
        Map<String, double[]> actual = new HashMap<>();
        for (Map cell : cells) {
            Map<String, String> keys = new HashMap<>();
            ((List<Map<String, String>>) cell.get("keys")).forEach(k -> keys.put(k.get("dimension"), k.get("value")));
            String key = keys.get("TOUCHPOINT") + "|" + keys.get("VARIABLE") + "|" + keys.getOrDefault("SEGMENT", "-")
                    + "|" + keys.get("METHOD") + "|" + cell.get("bucket");
            double count = ((Number) cell.get("count")).doubleValue();
            actual.put(key, new double[] {count, Double.NaN, ((Number) cell.get("lived")).doubleValue()});
        }
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((key, sums) -> {
            assertThat(actual.get(key)[0]).as(key).isEqualTo(sums[0]);
            assertThat(actual.get(key)[2]).as(key + " lived").isCloseTo(sums[2] / sums[1], within(1e-9));
        });
    }

    private int totalCount() {
        List<Map> cells = reader.documentName("gaps")
                .execute()
                .path("gaps.edges[*].node")
                .entityList(Map.class)
                .get();
        return cells.isEmpty() ? 0 : ((Number) cells.getFirst().get("count")).intValue();
    }

    private Map<String, Object> randomItem(Random random, String externalId) {
        Map<String, Object> item = new HashMap<>();
        item.put("externalId", externalId);
        item.put("brandId", brandId);
        item.put("touchpointId", touchpoints.get(random.nextInt(touchpoints.size())));
        item.put("variable", List.of("ACCESS_EASY", "USE_USEFUL").get(random.nextInt(2)));
        if (random.nextBoolean()) {
            item.put("segmentId", segments.getFirst());
        }
        item.put("method", List.of("BAROMETER", "OBSERVATION").get(random.nextInt(2)));
        item.put("scale", "PERCENT");
        item.put("value", random.nextInt(101));
        if (random.nextBoolean()) {
            item.put("sampleSize", 1 + random.nextInt(30));
            item.put("stdDev", random.nextInt(20));
        }
        item.put("observedAt", "2026-0" + (1 + random.nextInt(3)) + "-1" + random.nextInt(10) + "T12:00:00Z");
        return item;
    }
}
