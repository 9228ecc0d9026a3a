package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Impact studies through GraphQL on a real MongoDB: defined by an administrator, fed by a writer with per-customer
 * observations or group summaries, read by a reader. Expected figures come from published worked examples and
 * SciPy, as cited beside each; none is copied from GapLens's own output.
 */
class ImpactStudiesIT extends EndToEndTest {

    /** Cost per acquired customer, exposed (9) and control (11); the data of the domain's ImpactAnalysisTest. */
    private static final List<Double> COST_EXPOSED = List.of(38.0, 41.5, 35.0, 39.5, 36.0, 40.0, 37.5, 34.5, 38.5);

    private static final List<Double> COST_CONTROL =
            List.of(45.0, 52.5, 39.0, 48.0, 55.5, 43.0, 50.0, 47.5, 41.0, 53.0, 46.5);

    private final TenantId tenant = new TenantId("impact-" + System.nanoTime());
    private HttpGraphQlTester admin;
    private HttpGraphQlTester writer;
    private HttpGraphQlTester reader;
    private String brandId;

    @BeforeEach
    void aBrandAndItsThreeKindsOfCaller() {
        admin = as(tenant, Role.ADMIN);
        writer = as(tenant, Role.WRITER);
        reader = as(tenant, Role.READER);
        brandId = admin.documentName("defineBrand")
                .variable("input", Map.of("name", "Maison Lumen", "values", List.of(Map.of("name", "Simplicity"))))
                .execute()
                .path("defineBrand.id")
                .entity(String.class)
                .get();
    }

    private GraphQlTester.Response define(String initiative, List<Map<String, Object>> metrics) {
        return admin.documentName("defineImpactStudy")
                .variable(
                        "input",
                        Map.of(
                                "brandId",
                                brandId,
                                "initiative",
                                initiative,
                                "period",
                                Map.of("from", "2025-01-01", "to", "2025-03-31"),
                                "metrics",
                                metrics))
                .execute();
    }

    private String defineStudy(String... metricCodes) {
        List<Map<String, Object>> metrics = new ArrayList<>();
        for (String code : metricCodes) {
            metrics.add(Map.of("code", code));
        }
        return define("Same-day delivery with a fitting at the door", metrics)
                .path("defineImpactStudy.id")
                .entity(String.class)
                .get();
    }

    private GraphQlTester.Response observe(
            HttpGraphQlTester caller, String studyId, String metric, String group, String batch, Map<String, ?> data) {
        return caller.documentName("recordImpactObservations")
                .variable(
                        "input",
                        Map.of(
                                "studyId", studyId,
                                "metric", metric,
                                "group", group,
                                "batchId", batch,
                                "observations", data))
                .execute();
    }

    private GraphQlTester.Response summarise(String studyId, String metric, String group, Map<String, ?> summary) {
        return writer.documentName("recordImpactSummary")
                .variable("input", Map.of("studyId", studyId, "metric", metric, "group", group, "summary", summary))
                .execute();
    }

    private static Map<String, Object> values(List<Double> values) {
        return Map.of("values", values);
    }

    /** {@code ones} outcomes 1 then {@code n − ones} outcomes 0. */
    private static Map<String, Object> outcomes(int n, int ones) {
        List<Integer> outcomes = new ArrayList<>(Collections.nCopies(ones, 1));
        outcomes.addAll(Collections.nCopies(n - ones, 0));
        return Map.of("outcomes", outcomes);
    }

    private static void assertClose(GraphQlTester.Response response, String path, double expected, double tolerance) {
        response.path(path).entity(Double.class).satisfies(v -> assertThat(v).isCloseTo(expected, within(tolerance)));
    }

    @Test
    void welchAndTwoProportionResultsMatchPublishedAndIndependentlyComputedFigures() {
        // given a study of revenue per customer, upsell and cross-sell
        String study = defineStudy("REVENUE_PER_CUSTOMER", "UPSELL", "CROSS_SELL");

        // revenue per customer, per customer: 8 exposed against 12 control, the exposed spread ~6× the control's
        observe(
                        writer,
                        study,
                        "REVENUE_PER_CUSTOMER",
                        "EXPOSED",
                        "rev-e",
                        values(List.of(182.0, 240.5, 131.0, 275.0, 199.5, 310.0, 158.0, 226.0)))
                .path("recordImpactObservations.status")
                .entity(String.class)
                .isEqualTo("RECORDED");
        observe(
                        writer,
                        study,
                        "REVENUE_PER_CUSTOMER",
                        "CONTROL",
                        "rev-c",
                        values(List.of(
                                160.0, 171.5, 149.0, 166.0, 155.5, 180.0, 162.5, 158.0, 170.0, 151.5, 175.0, 164.0)))
                .path("recordImpactObservations.observations")
                .entity(Long.class)
                .isEqualTo(12L);
        // upsell as group summaries: 460 of 1,000 exposed, 400 of 1,000 control
        summarise(study, "UPSELL", "EXPOSED", Map.of("n", 1000, "successes", 460));
        summarise(study, "UPSELL", "CONTROL", Map.of("n", 1000, "successes", 400));
        // cross-sell per customer: the published "300 New York voters, 56 % in favour, 200 from Washington, 48 %"
        observe(writer, study, "CROSS_SELL", "EXPOSED", "xs-e", outcomes(300, 168));
        observe(writer, study, "CROSS_SELL", "CONTROL", "xs-c", outcomes(200, 96));

        // when
        var read = reader.documentName("impactStudy").variable("studyId", study).execute();

        // then, revenue: by hand m1 = 215.25, m2 = 1963/12, uplift = 620/1963, SE = 21.3161986, t = 2.4238218,
        // df = 7.2329481; SciPy 1.17.1 stats.ttest_ind(equal_var=False): t = 2.4238217954381955,
        // p = 0.044735924309194; t.ppf(0.975, df) = 2.3492732 gives the CI [1.5890920, 101.7442414]
        read.path("impactStudy.results[0].test").entity(String.class).isEqualTo("WELCH_T");
        read.path("impactStudy.results[0].status").entity(String.class).isEqualTo("TESTED");
        read.path("impactStudy.results[0].exposedSize").entity(Long.class).isEqualTo(8L);
        read.path("impactStudy.results[0].controlSize").entity(Long.class).isEqualTo(12L);
        assertClose(read, "impactStudy.results[0].exposedMean", 215.25, 1e-12);
        assertClose(read, "impactStudy.results[0].controlMean", 1963.0 / 12, 1e-10);
        assertClose(read, "impactStudy.results[0].difference", 155.0 / 3, 1e-10);
        assertClose(read, "impactStudy.results[0].relativeUplift", 620.0 / 1963, 1e-12);
        assertClose(read, "impactStudy.results[0].statistic", 2.4238217954381955, 1e-10);
        assertClose(read, "impactStudy.results[0].degreesOfFreedom", 7.2329480636202375, 1e-9);
        assertClose(read, "impactStudy.results[0].pValue", 0.044735924309194, 1e-12);
        assertClose(read, "impactStudy.results[0].interval95.lower", 1.5890920, 1e-6);
        assertClose(read, "impactStudy.results[0].interval95.upper", 101.7442414, 1e-6);
        read.path("impactStudy.results[0].significant").entity(Boolean.class).isEqualTo(true);
        read.path("impactStudy.results[0].verdict").entity(String.class).isEqualTo("IMPROVEMENT");
        read.path("impactStudy.results[0].verdictText").entity(String.class).isEqualTo("improvement");

        // upsell, by hand: p̂ = 0.43, SE0 = √(0.43 × 0.57 × 0.002) = 0.0221405, z = 0.06 / 0.0221405 = 2.7099707,
        // p = 2(1 − Φ(z)) = 0.0067289; unpooled SE = √(0.2484/1000 + 0.24/1000) = 0.0220998,
        // CI = 0.06 ± 1.959964 × 0.0220998 = [0.0166852, 0.1033148]; uplift 0.06 / 0.40 = 0.15
        read.path("impactStudy.results[1].test").entity(String.class).isEqualTo("TWO_PROPORTION_Z");
        assertClose(read, "impactStudy.results[1].exposedMean", 0.46, 1e-15);
        assertClose(read, "impactStudy.results[1].difference", 0.06, 1e-12);
        assertClose(read, "impactStudy.results[1].relativeUplift", 0.15, 1e-12);
        assertClose(read, "impactStudy.results[1].statistic", 2.7099707, 1e-6);
        assertClose(read, "impactStudy.results[1].pValue", 0.0067289, 1e-6);
        assertClose(read, "impactStudy.results[1].interval95.lower", 0.0166852, 1e-6);
        assertClose(read, "impactStudy.results[1].interval95.upper", 0.1033148, 1e-6);
        read.path("impactStudy.results[1].degreesOfFreedom").valueIsNull();
        read.path("impactStudy.results[1].verdict").entity(String.class).isEqualTo("IMPROVEMENT");

        // cross-sell, as published
        // (https://homeworksource.com/p/1078444/a-sample-poll-of-300-voters-from-new-york-city-and-200-voter):
        // pooled p̂ = 0.528, Z = 1.755, two-tailed p = 0.0792; by hand z = 1.7554669, p = 0.0791795,
        // CI = 0.08 ± 1.9599640 × 0.0454899 = [−0.0091586, 0.1691586]
        assertClose(read, "impactStudy.results[2].exposedMean", 0.56, 1e-15);
        assertClose(read, "impactStudy.results[2].controlMean", 0.48, 1e-15);
        assertClose(read, "impactStudy.results[2].statistic", 1.755, 5e-4);
        assertClose(read, "impactStudy.results[2].pValue", 0.0792, 5e-5);
        assertClose(read, "impactStudy.results[2].statistic", 1.7554669, 1e-6);
        assertClose(read, "impactStudy.results[2].interval95.lower", -0.0091586, 1e-6);
        assertClose(read, "impactStudy.results[2].interval95.upper", 0.1691586, 1e-6);
        read.path("impactStudy.results[2].verdict").entity(String.class).isEqualTo("NO_DETECTABLE_EFFECT");
        read.path("impactStudy.results[2].verdictText").entity(String.class).isEqualTo("no detectable effect");

        // and the data per metric and group says how it arrived
        read.path("impactStudy.data[*].route")
                .entityList(String.class)
                .containsExactly("OBSERVATIONS", "OBSERVATIONS", "SUMMARY", "SUMMARY", "OBSERVATIONS", "OBSERVATIONS");
        read.path("impactStudy.data[4].n").entity(Long.class).isEqualTo(300L);
    }

    @Test
    void summariesAndPerCustomerObservationsOfTheSameDataGiveTheSameAnswerAndALowerCostIsAnImprovement() {
        // given the cost data once per customer and once summarised by hand:
        // exposed n = 9, mean = 340.5/9 = 227/6, s² = 44/8 = 5.5; control n = 11, mean = 521/11, s² = 2943/110
        String perCustomer = defineStudy("ACQUISITION_COST");
        observe(writer, perCustomer, "ACQUISITION_COST", "EXPOSED", "e-1", values(COST_EXPOSED.subList(0, 4)));
        observe(writer, perCustomer, "ACQUISITION_COST", "EXPOSED", "e-2", values(COST_EXPOSED.subList(4, 9)));
        observe(writer, perCustomer, "ACQUISITION_COST", "CONTROL", "c-1", values(COST_CONTROL));
        String summarised = defineStudy("ACQUISITION_COST");
        summarise(
                summarised,
                "ACQUISITION_COST",
                "EXPOSED",
                Map.of("n", 9, "mean", 227.0 / 6, "standardDeviation", Math.sqrt(5.5)));
        summarise(
                summarised,
                "ACQUISITION_COST",
                "CONTROL",
                Map.of("n", 11, "mean", 521.0 / 11, "standardDeviation", Math.sqrt(2943.0 / 110)));

        // when
        var fromObservations = reader.documentName("impactStudy")
                .variable("studyId", perCustomer)
                .execute();
        var fromSummaries = reader.documentName("impactStudy")
                .variable("studyId", summarised)
                .execute();

        // then both read as SciPy 1.17.1 ttest_ind(equal_var=False) does: t = −5.463001167055723,
        // p = 7.35954462887976e-05; df by hand 14.5112906; the cost fell, which is an improvement
        for (var read : List.of(fromObservations, fromSummaries)) {
            assertClose(read, "impactStudy.results[0].difference", 227.0 / 6 - 521.0 / 11, 1e-10);
            assertClose(read, "impactStudy.results[0].statistic", -5.463001167055723, 1e-9);
            assertClose(read, "impactStudy.results[0].degreesOfFreedom", 14.511290603643978, 1e-8);
            assertClose(read, "impactStudy.results[0].pValue", 7.35954462887976e-05, 1e-12);
            read.path("impactStudy.results[0].interval95.upper")
                    .entity(Double.class)
                    .satisfies(upper -> assertThat(upper).isNegative());
            read.path("impactStudy.results[0].verdict").entity(String.class).isEqualTo("IMPROVEMENT");
        }
        fromObservations
                .path("impactStudy.data[0].batches")
                .entity(Integer.class)
                .isEqualTo(2);

        // and the same costs with the groups swapped: the exposed pay more, a deterioration (p unchanged)
        String swapped = defineStudy("ACQUISITION_COST");
        observe(writer, swapped, "ACQUISITION_COST", "EXPOSED", "e", values(COST_CONTROL));
        observe(writer, swapped, "ACQUISITION_COST", "CONTROL", "c", values(COST_EXPOSED));
        var worse =
                reader.documentName("impactStudy").variable("studyId", swapped).execute();
        assertClose(worse, "impactStudy.results[0].statistic", 5.463001167055723, 1e-9);
        worse.path("impactStudy.results[0].verdict").entity(String.class).isEqualTo("DETERIORATION");
    }

    @Test
    void aTenantMetricWhereLowerIsBetterAndTooFewCustomersReadAsTheySay() {
        // given a tenant metric and a standard one given with its (standard) kind
        var defined = define(
                "Queue-busting at the checkout",
                List.of(
                        Map.of("code", "WAIT_MINUTES", "kind", "CONTINUOUS", "direction", "LOWER_IS_BETTER"),
                        Map.of("code", "RETENTION", "kind", "RATE")));
        defined.path("defineImpactStudy.metrics[0].standard")
                .entity(Boolean.class)
                .isEqualTo(false);
        defined.path("defineImpactStudy.metrics[1].direction")
                .entity(String.class)
                .isEqualTo("HIGHER_IS_BETTER");
        defined.path("defineImpactStudy.results[*].status")
                .entityList(String.class)
                .containsExactly("NOT_ENOUGH_DATA", "NOT_ENOUGH_DATA");
        String study = defined.path("defineImpactStudy.id").entity(String.class).get();

        // when a group has one customer only, and retention has 4 successes in a group
        observe(writer, study, "WAIT_MINUTES", "EXPOSED", "w-e", values(List.of(4.0)));
        observe(writer, study, "WAIT_MINUTES", "CONTROL", "w-c", values(List.of(9.0, 11.0, 10.0)));
        summarise(study, "RETENTION", "EXPOSED", Map.of("n", 40, "successes", 4));
        summarise(study, "RETENTION", "CONTROL", Map.of("n", 40, "successes", 20));
        var read = reader.documentName("impactStudy").variable("studyId", study).execute();

        // then it says so, with what is known, and prints no statistic
        read.path("impactStudy.results[0].status").entity(String.class).isEqualTo("NOT_ENOUGH_DATA");
        read.path("impactStudy.results[0].insufficiency").entity(String.class).isEqualTo("GROUP_TOO_SMALL");
        read.path("impactStudy.results[0].verdictText").entity(String.class).isEqualTo("not enough data");
        assertClose(read, "impactStudy.results[0].exposedMean", 4.0, 0);
        assertClose(read, "impactStudy.results[0].controlMean", 10.0, 1e-12);
        read.path("impactStudy.results[0].pValue").valueIsNull();
        read.path("impactStudy.results[0].statistic").valueIsNull();
        read.path("impactStudy.results[0].explanation")
                .entity(String.class)
                .satisfies(text -> assertThat(text).contains("at least 2"));
        read.path("impactStudy.results[1].insufficiency")
                .entity(String.class)
                .isEqualTo("NORMAL_APPROXIMATION_NOT_VALID");

        // and once the exposed group has two customers at 4 and 6 (mean 5, s² = 2), lower waits are an improvement:
        // SE = √(2/2 + 1/3) = 1.1547005, t = −5/1.1547005 = −4.3301270, df = (4/3)² / (1/1 + (1/3)²/2) = 1.6842105
        observe(writer, study, "WAIT_MINUTES", "EXPOSED", "w-e2", values(List.of(6.0)));
        var again =
                reader.documentName("impactStudy").variable("studyId", study).execute();
        assertClose(again, "impactStudy.results[0].statistic", -4.3301270189, 1e-9);
        assertClose(again, "impactStudy.results[0].degreesOfFreedom", 1.6842105263, 1e-9);
    }

    @Test
    void aBatchIsIdempotentAndOneGroupAndMetricTakesOneRouteOnly() {
        String study = defineStudy("RETENTION");

        observe(writer, study, "RETENTION", "EXPOSED", "wave-1", outcomes(10, 6))
                .path("recordImpactObservations.status")
                .entity(String.class)
                .isEqualTo("RECORDED");
        var replay = observe(writer, study, "RETENTION", "EXPOSED", "wave-1", outcomes(10, 6));
        replay.path("recordImpactObservations.status").entity(String.class).isEqualTo("ALREADY_RECORDED");
        replay.path("recordImpactObservations.observations").entity(Long.class).isEqualTo(0L);
        assertError(
                observe(writer, study, "RETENTION", "EXPOSED", "wave-1", outcomes(10, 7)),
                "CONFLICT",
                "BATCH_CONTENT_CONFLICT",
                "input.batchId");
        assertError(
                summarise(study, "RETENTION", "EXPOSED", Map.of("n", 10, "successes", 6)),
                "CONFLICT",
                "MIXED_DATA_ROUTES",
                "input.summary");
        summarise(study, "RETENTION", "CONTROL", Map.of("n", 10, "successes", 5));
        assertError(
                observe(writer, study, "RETENTION", "CONTROL", "wave-2", outcomes(3, 1)),
                "CONFLICT",
                "MIXED_DATA_ROUTES",
                "input.observations");

        var read = reader.documentName("impactStudy").variable("studyId", study).execute();
        read.path("impactStudy.data[0].n").entity(Long.class).isEqualTo(10L);
        read.path("impactStudy.data[0].batches").entity(Integer.class).isEqualTo(1);
        read.path("impactStudy.data[1].route").entity(String.class).isEqualTo("SUMMARY");

        // discarding the exposed observations lets that group switch to a summary
        var discarded = writer.documentName("discardImpactData")
                .variable("input", Map.of("studyId", study, "metric", "RETENTION", "group", "EXPOSED"))
                .execute();
        discarded.path("discardImpactData.data[0].route").valueIsNull();
        discarded.path("discardImpactData.data[0].n").entity(Long.class).isEqualTo(0L);
        summarise(study, "RETENTION", "EXPOSED", Map.of("n", 10, "successes", 6))
                .path("recordImpactSummary.data[0].route")
                .entity(String.class)
                .isEqualTo("SUMMARY");
    }

    @Test
    void everyBadInputGetsItsTypedErrorWithTheFieldToBlame() {
        String study = defineStudy("RETENTION", "ACQUISITION_COST");

        assertError(
                summarise(study, "RETENTION", "EXPOSED", Map.of("n", -1, "successes", 0)),
                "VALIDATION",
                "NEGATIVE_SAMPLE_SIZE",
                "input.summary.n");
        assertError(
                summarise(
                        study, "ACQUISITION_COST", "EXPOSED", Map.of("n", 5, "mean", 40.0, "standardDeviation", -2.0)),
                "VALIDATION",
                "NEGATIVE_STANDARD_DEVIATION",
                "input.summary.standardDeviation");
        assertError(
                summarise(study, "RETENTION", "EXPOSED", Map.of("n", 10, "successes", 11)),
                "VALIDATION",
                "SUCCESSES_EXCEED_SAMPLE_SIZE",
                "input.summary.successes");
        assertError(
                summarise(study, "ACQUISITION_COST", "EXPOSED", Map.of("n", 5, "mean", 40.0)),
                "VALIDATION",
                "REQUIRED",
                "input.summary.standardDeviation");
        assertError(
                summarise(study, "ACQUISITION_COST", "EXPOSED", Map.of("n", 10, "successes", 5)),
                "VALIDATION",
                "DATA_KIND_MISMATCH",
                "input.summary");
        assertError(
                summarise(study, "UPSELL", "EXPOSED", Map.of("n", 10, "successes", 5)),
                "NOT_FOUND",
                "UNKNOWN_METRIC",
                "input.metric");
        assertError(
                observe(writer, study, "RETENTION", "EXPOSED", "b-1", Map.of("outcomes", List.of(1, 2, 0))),
                "VALIDATION",
                "NOT_ZERO_OR_ONE",
                "input.observations.outcomes[1]");
        assertError(
                observe(writer, study, "RETENTION", "EXPOSED", "b-1", Map.of("outcomes", List.of())),
                "VALIDATION",
                "EMPTY_BATCH",
                "input.observations");
        assertError(
                observe(writer, study, "RETENTION", "EXPOSED", "b-1", Map.of()),
                "VALIDATION",
                "REQUIRED",
                "input.observations");
        assertError(
                observe(writer, study, "RETENTION", "EXPOSED", "not a valid id!", outcomes(2, 1)),
                "VALIDATION",
                null,
                "input.batchId");

        // definitions
        assertError(
                define("x", List.of(Map.of("code", "RETENTION"), Map.of("code", "NPS_DELTA", "kind", "CONTINUOUS"))),
                "VALIDATION",
                "REQUIRED",
                "input.metrics[1].direction");
        assertError(
                define("x", List.of(Map.of("code", "ACQUISITION_COST", "direction", "HIGHER_IS_BETTER"))),
                "VALIDATION",
                "STANDARD_METRIC_REDEFINED",
                "input.metrics[0].code");
        assertError(
                define("x", List.of(Map.of("code", "RETENTION"), Map.of("code", "RETENTION"))),
                "VALIDATION",
                "DUPLICATE_METRIC",
                "input.metrics[1].code");
        assertError(define("x", List.of()), "VALIDATION", "NO_METRICS", "input.metrics");
        assertError(
                admin.documentName("defineImpactStudy")
                        .variable(
                                "input",
                                Map.of(
                                        "brandId",
                                        brandId,
                                        "initiative",
                                        "x",
                                        "period",
                                        Map.of("from", "2025-03-01", "to", "2025-02-01"),
                                        "metrics",
                                        List.of(Map.of("code", "RETENTION"))))
                        .execute(),
                "VALIDATION",
                "PERIOD_ENDS_BEFORE_IT_STARTS",
                "input.period.to");

        // nothing half-written: the study holds no data
        var read = reader.documentName("impactStudy").variable("studyId", study).execute();
        read.path("impactStudy.data[*].n").entityList(Long.class).containsExactly(0L, 0L, 0L, 0L);
        read.path("impactStudy.version").entity(Long.class).isEqualTo(1L);
    }

    @Test
    void aStudyIsLinkedOnlyToItsBrandsTouchpointsAndCommitmentsAndStoresThem() {
        String checkout = admin.documentName("defineTouchpoint")
                .variable(
                        "input",
                        Map.of("brandId", brandId, "name", "Checkout", "phase", "PURCHASE", "channel", "STORE"))
                .execute()
                .path("defineTouchpoint.id")
                .entity(String.class)
                .get();
        String otherBrand = admin.documentName("defineBrand")
                .variable("input", Map.of("name", "Other", "values", List.of(Map.of("name", "Speed"))))
                .execute()
                .path("defineBrand.id")
                .entity(String.class)
                .get();
        String theirs = admin.documentName("defineTouchpoint")
                .variable(
                        "input", Map.of("brandId", otherBrand, "name", "Desk", "phase", "PURCHASE", "channel", "STORE"))
                .execute()
                .path("defineTouchpoint.id")
                .entity(String.class)
                .get();
        Map<String, Object> input = new HashMap<>(Map.of(
                "brandId",
                brandId,
                "initiative",
                "Faster checkout",
                "period",
                Map.of("from", "2025-01-01", "to", "2025-03-31"),
                "metrics",
                List.of(Map.of("code", "RETENTION"))));

        input.put("targetedTouchpointIds", List.of(checkout, theirs));
        assertError(
                admin.documentName("defineImpactStudy").variable("input", input).execute(),
                "VALIDATION",
                "UNKNOWN_TOUCHPOINT",
                "input.targetedTouchpointIds[1]");

        input.put("targetedTouchpointIds", List.of(checkout));
        var defined =
                admin.documentName("defineImpactStudy").variable("input", input).execute();
        defined.path("defineImpactStudy.targetedTouchpointIds")
                .entityList(String.class)
                .containsExactly(checkout);
        defined.path("defineImpactStudy.brandId").entity(String.class).isEqualTo(brandId);
        String study = defined.path("defineImpactStudy.id").entity(String.class).get();
        reader.documentName("impactStudy")
                .variable("studyId", study)
                .execute()
                .path("impactStudy.targetedTouchpointIds")
                .entityList(String.class)
                .containsExactly(checkout);

        // experience beside business: the checkout's lived experience during the study (60 and 80 → 70; the
        // measurement of May is outside the study's period)
        List<Map<String, Object>> lived = new ArrayList<>();
        double[] values = {60, 80, 10};
        String[] days = {"2025-02-10T10:00:00Z", "2025-03-31T23:00:00Z", "2025-05-01T10:00:00Z"};
        for (int i = 0; i < values.length; i++) {
            lived.add(Map.of(
                    "externalId",
                    "study-" + i,
                    "brandId",
                    brandId,
                    "touchpointId",
                    checkout,
                    "variable",
                    "USE_EASY",
                    "method",
                    "BAROMETER",
                    "scale",
                    "PERCENT",
                    "value",
                    values[i],
                    "observedAt",
                    days[i]));
        }
        writer.documentName("recordMeasurements")
                .variable("input", lived)
                .execute()
                .path("recordMeasurements.totals.accepted")
                .entity(Integer.class)
                .isEqualTo(3);
        var gaps = reader.documentName("impactStudyGaps")
                .variable("studyId", study)
                .execute();
        gaps.path("impactStudy.experienceGaps[0].keys[0].label")
                .entity(String.class)
                .isEqualTo("Checkout");
        gaps.path("impactStudy.experienceGaps[0].count").entity(Integer.class).isEqualTo(2);
        gaps.path("impactStudy.experienceGaps[0].lived").entity(Double.class).isEqualTo(70.0);
        gaps.path("impactStudy.experienceGaps[0].gap").valueIsNull();
    }

    @Test
    void anotherTenantsStudyIsNotFoundAndEachRoleDoesOnlyItsPart() {
        String study = defineStudy("RETENTION");
        TenantId other = new TenantId("impact-other-" + System.nanoTime());

        assertError(
                as(other, Role.READER)
                        .documentName("impactStudy")
                        .variable("studyId", study)
                        .execute(),
                "NOT_FOUND",
                "IMPACT_STUDY_NOT_FOUND",
                "studyId");
        assertError(
                observe(as(other, Role.WRITER), study, "RETENTION", "EXPOSED", "b-1", outcomes(2, 1)),
                "NOT_FOUND",
                "IMPACT_STUDY_NOT_FOUND",
                "input.studyId");
        as(other, Role.READER)
                .documentName("impactStudies")
                .execute()
                .path("impactStudies.edges")
                .entityList(Object.class)
                .hasSize(0);

        // roles: a reader defines nothing, an administrator records no data, a writer reads nothing
        assertError(
                reader.documentName("defineImpactStudy")
                        .variable(
                                "input",
                                Map.of(
                                        "brandId",
                                        brandId,
                                        "initiative",
                                        "x",
                                        "period",
                                        Map.of("from", "2025-01-01", "to", "2025-01-31"),
                                        "metrics",
                                        List.of(Map.of("code", "RETENTION"))))
                        .execute(),
                "FORBIDDEN",
                null,
                null);
        assertError(observe(admin, study, "RETENTION", "EXPOSED", "b-1", outcomes(2, 1)), "FORBIDDEN", null, null);
        assertError(
                writer.documentName("impactStudy").variable("studyId", study).execute(), "FORBIDDEN", null, null);
    }

    @Test
    void writersSendingBatchesAtOnceAllCountAndAReplayedBatchCountsOnce() throws Exception {
        // given one study and eight calls at once: six distinct batches of 5 outcomes, and one batch sent twice
        String study = defineStudy("RETENTION");
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String batch = "parallel-" + i;
            HttpGraphQlTester client = as(tenant, Role.WRITER);
            calls.add(() -> observe(client, study, "RETENTION", "EXPOSED", batch, outcomes(5, 2))
                    .path("recordImpactObservations.status")
                    .entity(String.class)
                    .get());
        }
        for (int i = 0; i < 2; i++) {
            HttpGraphQlTester client = as(tenant, Role.WRITER);
            calls.add(() -> observe(client, study, "RETENTION", "EXPOSED", "twice", outcomes(5, 2))
                    .path("recordImpactObservations.status")
                    .entity(String.class)
                    .get());
        }

        // when
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        List<String> statuses = new ArrayList<>();
        try {
            for (Future<String> answer : pool.invokeAll(calls)) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }

        // then: 7 batches of 5, the twice-sent one once
        assertThat(statuses).filteredOn("RECORDED"::equals).hasSize(7);
        assertThat(statuses).filteredOn("ALREADY_RECORDED"::equals).hasSize(1);
        var read = reader.documentName("impactStudy").variable("studyId", study).execute();
        read.path("impactStudy.data[0].n").entity(Long.class).isEqualTo(35L);
        read.path("impactStudy.data[0].batches").entity(Integer.class).isEqualTo(7);
    }

    @Test
    void studiesAreListedByPeriodStartPageByPage() {
        String first = defineStudy("RETENTION");
        String second = defineStudy("UPSELL");
        String third = defineStudy("CROSS_SELL");

        var page = reader.documentName("impactStudies")
                .variable("brandId", brandId)
                .variable("first", 2)
                .execute();
        page.path("impactStudies.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        List<String> ids = new ArrayList<>(page.path("impactStudies.edges[*].node.id")
                .entityList(String.class)
                .get());
        String cursor = page.path("impactStudies.pageInfo.endCursor")
                .entity(String.class)
                .get();
        var rest = reader.documentName("impactStudies")
                .variable("brandId", brandId)
                .variable("first", 2)
                .variable("after", cursor)
                .execute();
        ids.addAll(rest.path("impactStudies.edges[*].node.id")
                .entityList(String.class)
                .get());

        assertThat(ids).containsExactlyInAnyOrder(first, second, third);
        rest.path("impactStudies.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }
}
