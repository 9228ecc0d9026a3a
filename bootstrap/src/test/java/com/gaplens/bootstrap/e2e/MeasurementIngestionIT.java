package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Recording measurements through GraphQL on a real MongoDB: per-item reports, replays, roles, the batch limit. */
class MeasurementIngestionIT extends EndToEndTest {

    private static final String OBSERVED = Instant.now()
            .minus(1, ChronoUnit.DAYS)
            .truncatedTo(ChronoUnit.SECONDS)
            .toString();

    private final TenantId tenant = new TenantId("ingest-" + System.nanoTime());

    @Autowired
    private MeasurementRepository measurements;

    private HttpGraphQlTester writer;
    private String brandId;
    private String touchpointId;
    private String segmentId;
    private String otherBrandsTouchpointId;

    @BeforeEach
    void aBrandWithATouchpointAndASegment() {
        HttpGraphQlTester admin = as(tenant, Role.ADMIN);
        brandId = define(admin, "defineBrand", Map.of("name", "Maison Lumen"));
        touchpointId = define(
                admin,
                "defineTouchpoint",
                Map.of("brandId", brandId, "name", "Checkout", "phase", "PURCHASE", "channel", "STORE"));
        segmentId = define(admin, "defineSegment", Map.of("brandId", brandId, "kind", "PROFILE", "name", "45-54"));
        String otherBrandId = define(admin, "defineBrand", Map.of("name", "Other brand"));
        otherBrandsTouchpointId = define(
                admin,
                "defineTouchpoint",
                Map.of("brandId", otherBrandId, "name", "Checkout", "phase", "PURCHASE", "channel", "WEB"));
        writer = as(tenant, Role.WRITER);
    }

    private static String define(HttpGraphQlTester admin, String document, Map<String, Object> input) {
        return admin.documentName(document)
                .variable("input", input)
                .execute()
                .path(document + ".id")
                .entity(String.class)
                .get();
    }

    /** A single CSAT_5 answer of 4 at the checkout, with {@code changes} applied. */
    private Map<String, Object> item(String externalId, Object... changes) {
        Map<String, Object> item = new HashMap<>();
        item.put("externalId", externalId);
        item.put("brandId", brandId);
        item.put("touchpointId", touchpointId);
        item.put("variable", "ACCESS_EASY");
        item.put("method", "BAROMETER");
        item.put("scale", "CSAT_5");
        item.put("value", 4);
        item.put("observedAt", OBSERVED);
        for (int i = 0; i < changes.length; i += 2) {
            item.put((String) changes[i], changes[i + 1]);
        }
        return item;
    }

    private GraphQlTester.Response record(HttpGraphQlTester as, List<Map<String, Object>> items) {
        return as.documentName("recordMeasurements").variable("input", items).execute();
    }

    private long stored() {
        return measurements.count(tenant);
    }

    private List<Map<String, Object>> mixedBatch() {
        return List.of(
                item("m-0"),
                item(
                        "m-1",
                        "segmentId",
                        segmentId,
                        "scale",
                        "NPS",
                        "value",
                        20,
                        "sampleSize",
                        120,
                        "stdDev",
                        30,
                        "emotion",
                        Map.of("emotion", "TRUST", "intensity", 0.25),
                        "sourceReference",
                        "wave 12"),
                item("m-2", "value", 6),
                item("m-3", "touchpointId", otherBrandsTouchpointId),
                item("m-0"),
                item("m-0", "value", 3),
                item("m-6", "emotion", Map.of("emotion", "JOY", "intensity", 1.5)),
                item("m-7", "brandId", "not-a-global-id"),
                item(
                        "m-8",
                        "observedAt",
                        Instant.now().plus(1, ChronoUnit.HOURS).toString()),
                item("m-9", "sampleSize", 0),
                item("m-10", "sampleSize", 10, "stdDev", -1),
                item("m-11", "scale", "UNKNOWN_SCALE"));
    }

    @Test
    void aMixedBatchGetsItsExactPerItemReportAndOnlyTheGoodItemsAreStored() {
        GraphQlTester.Response response = record(writer, mixedBatch());

        response.errors().verify();
        response.path("recordMeasurements.items[*].status")
                .entityList(String.class)
                .containsExactly(
                        "ACCEPTED",
                        "ACCEPTED",
                        "REJECTED",
                        "REJECTED",
                        "DUPLICATE",
                        "CONFLICT",
                        "REJECTED",
                        "REJECTED",
                        "REJECTED",
                        "REJECTED",
                        "REJECTED",
                        "REJECTED");
        response.path("recordMeasurements.items[*].index")
                .entityList(Integer.class)
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        response.path("recordMeasurements.items[*].reason")
                .entityList(String.class)
                .containsExactly(
                        null,
                        null,
                        "VALUE_OUT_OF_SCALE",
                        "TOUCHPOINT_NOT_FOUND",
                        null,
                        "EXTERNAL_ID_CONFLICT",
                        "EMOTION_INTENSITY_OUT_OF_RANGE",
                        "UNKNOWN_ID",
                        "OBSERVED_IN_FUTURE",
                        "SAMPLE_SIZE_TOO_SMALL",
                        "STD_DEV_INVALID",
                        "SCALE_NOT_FOUND");
        response.path("recordMeasurements.items[*].field")
                .entityList(String.class)
                .containsExactly(
                        null,
                        null,
                        "input[2].value",
                        "input[3].touchpointId",
                        null,
                        "input[5].externalId",
                        "input[6].emotion.intensity",
                        "input[7].brandId",
                        "input[8].observedAt",
                        "input[9].sampleSize",
                        "input[10].stdDev",
                        "input[11].scale");
        response.path("recordMeasurements.items[3].code").entity(String.class).isEqualTo("NOT_FOUND");
        response.path("recordMeasurements.items[5].code").entity(String.class).isEqualTo("CONFLICT");
        response.path("recordMeasurements.items[2].code").entity(String.class).isEqualTo("VALIDATION");
        response.path("recordMeasurements.items[3].externalId")
                .entity(String.class)
                .isEqualTo("m-3");
        response.path("recordMeasurements.items[0].code").valueIsNull();
        response.path("recordMeasurements.totals")
                .entity(Map.class)
                .isEqualTo(Map.of("accepted", 2, "duplicates", 1, "conflicts", 1, "rejected", 8));

        assertThat(stored()).isEqualTo(2);
        try (Stream<RecordedMeasurement> all = measurements.streamAll(tenant)) {
            Map<String, RecordedMeasurement> byId = new HashMap<>();
            all.forEach(m -> byId.put(m.externalId().value(), m));
            // CSAT_5 4 → 100·(4 − 1)/4 = 75; NPS 20 → (20 + 100)/2 = 60, sd 30 → 100·30/200 = 15
            assertThat(byId.get("m-0").normalised().score()).isEqualTo(75.0);
            assertThat(byId.get("m-1").normalised().weight()).isEqualTo(120);
            assertThat(byId.get("m-1").normalised().score()).isEqualTo(60.0);
            assertThat(byId.get("m-1").normalised().dispersion()).isEqualTo(15.0);
            assertThat(byId.get("m-1").measurement().segment()).isPresent();
        }
    }

    @Test
    void replayingTheSameBatchGivesOnlyDuplicatesAndWritesNothingNew() {
        List<Map<String, Object>> batch = IntStream.range(0, 50)
                .mapToObj(i -> item("replay-" + i, "value", 1 + (i % 5)))
                .toList();
        record(writer, batch)
                .path("recordMeasurements.totals.accepted")
                .entity(Integer.class)
                .isEqualTo(50);
        assertThat(stored()).isEqualTo(50);

        GraphQlTester.Response replay = record(as(tenant, Role.WRITER), batch);

        replay.path("recordMeasurements.items[*].status")
                .entityList(String.class)
                .satisfies(statuses -> assertThat(statuses).hasSize(50).containsOnly("DUPLICATE"));
        replay.path("recordMeasurements.totals")
                .entity(Map.class)
                .isEqualTo(Map.of("accepted", 0, "duplicates", 50, "conflicts", 0, "rejected", 0));
        assertThat(stored()).isEqualTo(50);
    }

    @Test
    void twoClientsSendingTheSameBatchAtOnceRecordEachMeasurementExactlyOnce() throws Exception {
        List<Map<String, Object>> batch = IntStream.range(0, 300)
                .mapToObj(i -> item("race-" + i, "value", 1 + (i % 5)))
                .toList();
        HttpGraphQlTester first = as(tenant, Role.WRITER);
        HttpGraphQlTester second = as(tenant, Role.WRITER);

        List<List<String>> statuses;
        try (ExecutorService clients = Executors.newFixedThreadPool(2)) {
            Future<List<String>> a = clients.submit(() -> statusesOf(record(first, batch)));
            Future<List<String>> b = clients.submit(() -> statusesOf(record(second, batch)));
            statuses = List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
        }

        for (int i = 0; i < batch.size(); i++) {
            List<String> both = List.of(statuses.get(0).get(i), statuses.get(1).get(i));
            assertThat(both).as("item %d", i).containsExactlyInAnyOrder("ACCEPTED", "DUPLICATE");
        }
        assertThat(stored()).isEqualTo(300);
    }

    private static List<String> statusesOf(GraphQlTester.Response response) {
        return response.path("recordMeasurements.items[*].status")
                .entityList(String.class)
                .get();
    }

    @Test
    void oneMeasurementIsRecordedAloneWithItsFieldsUnderInput() {
        writer.documentName("recordMeasurement")
                .variable("input", item("single-1"))
                .execute()
                .path("recordMeasurement.status")
                .entity(String.class)
                .isEqualTo("ACCEPTED");

        GraphQlTester.Response rejected = writer.documentName("recordMeasurement")
                .variable("input", item("single-2", "value", 0))
                .execute();

        rejected.path("recordMeasurement.status").entity(String.class).isEqualTo("REJECTED");
        rejected.path("recordMeasurement.field").entity(String.class).isEqualTo("input.value");
        writer.documentName("recordMeasurement")
                .variable("input", item("single-1"))
                .execute()
                .path("recordMeasurement.status")
                .entity(String.class)
                .isEqualTo("DUPLICATE");
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void onlyAWriterMayRecord() {
        for (Role role : List.of(Role.READER, Role.ADMIN)) {
            assertError(record(as(tenant, role), List.of(item("forbidden-" + role))), "FORBIDDEN", null, null);
            assertError(
                    as(tenant, role)
                            .documentName("recordMeasurement")
                            .variable("input", item("forbidden-one-" + role))
                            .execute(),
                    "FORBIDDEN",
                    null,
                    null);
        }
        assertThat(stored()).isZero();
    }

    @Test
    void aBatchOverTheLimitIsRefusedWholeAndNothingIsWritten() {
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 5_001; i++) {
            tooMany.add(item("over-" + i));
        }

        assertError(record(writer, tooMany), "VALIDATION", "BATCH_TOO_LARGE", "input");

        assertThat(stored()).isZero();
    }

    /**
     * A value the schema's types refuse (an enum value that does not exist, a DateTime without its offset or out of
     * range, a required field left out, a field the input has not) refuses the call before any item is read, as
     * GraphQL does, and says which item and field, in the variables or in the document.
     */
    @Test
    void aValueTheSchemaRefusesRefusesTheWholeCallNamingItsItemAndField() {
        Map<String, Object> noMethod = item("typed-4");
        noMethod.remove("method");
        Map<String, Object> extraField = item("typed-5", "scaleCode", "CSAT_5");

        assertError(
                record(writer, List.of(item("typed-0"), item("typed-1", "method", "SURVEY"))),
                "VALIDATION",
                "UNKNOWN_VALUE",
                "input[1].method");
        assertError(
                record(writer, List.of(item("typed-2", "observedAt", "2026-11-02T10:00:00"))),
                "VALIDATION",
                "MALFORMED_VALUE",
                "input[0].observedAt");
        assertError(
                record(writer, List.of(item("typed-3", "observedAt", "1960-01-01T00:00:00Z"))),
                "VALIDATION",
                "INSTANT_OUT_OF_RANGE",
                "input[0].observedAt");
        assertError(record(writer, List.of(noMethod)), "VALIDATION", "REQUIRED", "input[0].method");
        assertError(record(writer, List.of(extraField)), "VALIDATION", "UNKNOWN_FIELD", "input[0].scaleCode");
        assertError(
                writer.document(literal("SURVEY", "2026-11-02T10:00:00Z")).execute(),
                "VALIDATION",
                "UNKNOWN_VALUE",
                "input.method");
        assertError(
                writer.document(literal("BAROMETER", "1960-01-01T00:00:00Z")).execute(),
                "VALIDATION",
                "INSTANT_OUT_OF_RANGE",
                "input.observedAt");
        // graphql-java speaks German and Dutch too: its messages stay English, so that they are read all the same
        assertError(
                writer.mutate()
                        .header("Accept-Language", "de")
                        .build()
                        .document(literal("SURVEY", "2026-11-02T10:00:00Z"))
                        .execute(),
                "VALIDATION",
                "UNKNOWN_VALUE",
                "input.method");
        record(writer, List.of(item("typed-0", "method", "SURVEY")))
                .errors()
                .satisfy(errors -> assertThat(errors.getFirst().getMessage())
                        .isEqualTo("input[0].method: \"SURVEY\" is not a MeasurementMethod; one of OBSERVATION,"
                                + " BAROMETER, COMPLAINT, SOCIAL, EXPERT_REVIEW, CONSUMER_STUDY."));
        assertThat(stored()).isZero();
    }

    /** {@code recordMeasurement} with its input written in the document, of this method and instant. */
    private static String literal(String method, String observedAt) {
        return "mutation { recordMeasurement(input: {externalId: \"typed-literal\", brandId: \"b\", touchpointId:"
                + " \"t\", variable: ACCESS_EASY, method: " + method + ", scale: \"CSAT_5\", value: 4, observedAt: \""
                + observedAt + "\"}) { status } }";
    }

    @Test
    void anotherTenantsBrandIsNotFound() {
        TenantId other = new TenantId("ingest-other-" + System.nanoTime());

        GraphQlTester.Response response = record(as(other, Role.WRITER), List.of(item("m-0")));

        response.path("recordMeasurements.items[0].status").entity(String.class).isEqualTo("REJECTED");
        response.path("recordMeasurements.items[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        response.path("recordMeasurements.items[0].field").entity(String.class).isEqualTo("input[0].brandId");
        assertThat(measurements.count(other)).isZero();
    }
}
