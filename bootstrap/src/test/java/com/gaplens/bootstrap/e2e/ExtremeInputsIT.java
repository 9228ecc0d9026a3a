package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.bootstrap.e2e.RawGraphQl.Answer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Every read of the gap views, the CSV export and the rebuild driven with the most a caller may ask (issue 18, item
 * 1): the widest period of valid days (1970-01-01 to 9999-12-31), the largest page, every groupable dimension by DAY,
 * filter lists of the largest allowed length (1,000 ids, every enum value), six segments compared. Each answer is data
 * or a typed refusal, never {@code INTERNAL_ERROR} nor HTTP 500; where it is data it is the data of the same call
 * over the two years the tenant's measurements cover (the cost follows the data, not the period named); and another
 * tenant is answered right after each. The query budget is made large here: what is judged is the database's answer,
 * not the budget's (QueryBudgetIT covers that).
 */
@TestPropertySource(
        properties = {"gaplens.graphql.budget.capacity=10000000", "gaplens.graphql.budget.refill-per-second=100000"})
class ExtremeInputsIT extends EndToEndTest {

    private static final Map<String, String> WIDEST = Map.of("from", "1970-01-01", "to", "9999-12-31");
    private static final Map<String, String> DATA = Map.of("from", "2024-01-01", "to", "2025-12-31");
    private static final List<String> EVERY_DIMENSION =
            List.of("BRAND BRAND_VALUE COMMITMENT PHASE TOUCHPOINT CHANNEL FAMILY DIMENSION VARIABLE SEGMENT METHOD"
                    .split(" "));
    static final Set<String> TYPED = Set.of("VALIDATION", "QUERY_TOO_COMPLEX", "TIMEOUT", "UNAVAILABLE");
    private static final String CELL = "keys { dimension value label } bucket count weight lived livedStandardError"
            + " promisedCount promisedWeight promisedLived target gap standardError significance severity"
            + " unpromisedCount unpromisedLived methods";

    private static ExtremeInputsData.Fixture fixture;

    @BeforeEach
    void twoYearsOfTenantAAndASmallTenantB() {
        if (fixture == null) {
            fixture = ExtremeInputsData.create(this, new RawGraphQl(baseUrl()));
        }
    }

    /**
     * The call with the widest period, then the same call over the data's two years: data equal to it, or a typed
     * refusal; then tenant B is answered.
     */
    private void assertBoundedAndEqual(String operation, Function<Map<String, String>, JsonNode> call) {
        JsonNode overTwoYears = call.apply(DATA);
        assertThat(overTwoYears).as(operation + " over the two years").isNotNull();
        JsonNode widest = call.apply(WIDEST);
        if (widest != null) {
            assertThat(widest).as(operation + " over 1970-9999").isEqualTo(overTwoYears);
        }
        assertTenantBAnswered(operation);
    }

    private JsonNode read(String operation, String document, Map<String, Object> variables) {
        return ExtremeInputsData.dataOrTypedRefusal(
                operation, fixture.client().post(fixture.reader(), document, variables));
    }

    private void assertTenantBAnswered(String after) {
        Answer brands =
                fixture.client().post(fixture.otherReader(), "{ brands(first: 5) { edges { node { name } } } }", null);
        assertThat(brands.hasErrors())
                .as("tenant B after " + after + ": " + brands.body())
                .isFalse();
        assertThat(brands.data().at("/brands/edges/0/node/name").asString()).isEqualTo("Other");
        Answer gaps = fixture.client()
                .post(
                        fixture.otherReader(),
                        "{ gaps(groupBy: [TOUCHPOINT], first: 5) { edges { node { count } } } }",
                        null);
        assertThat(gaps.hasErrors())
                .as("tenant B after " + after + ": " + gaps.body())
                .isFalse();
        assertThat(gaps.data().at("/gaps/edges/0/node/count").asLong()).isEqualTo(2);
    }

    /** A filter of tenant A's brand whose every list is as long as allowed: 1,000 ids (the rest unknown ones). */
    private Map<String, Object> longestFilter(Map<String, String> period) {
        return fixture.filter(period, 1_000);
    }

    /**
     * Every page of {@code field} grouped by every dimension per day under the longest filter: the 225 promised
     * measurements, on 225 distinct days, one group each (null when the call was refused, as the caller checks).
     */
    private JsonNode everyPromisedGroup(String field, String document, Map<String, String> period) {
        JsonNode groups = ExtremeInputsData.everyPage(
                field,
                field,
                (op, v) -> read(op, document, v),
                Map.of("f", longestFilter(period), "g", EVERY_DIMENSION));
        if (groups != null) {
            assertThat(groups.size()).isEqualTo(ExtremeInputsData.PROMISED);
        }
        return groups;
    }

    @Test
    void gapsGroupedByEveryDimensionPerDayOverTheWidestPeriodAreTheGapsOfTheTwoYears() {
        String document = "query($f: GapFilterInput, $g: [GapDimension!], $after: String) { gaps(filter: $f,"
                + " groupBy: $g, bucket: DAY, orderBy: {field: GAP, direction: DESC}, first: 100, after: $after)"
                + " { edges { node { " + CELL + " } } pageInfo { hasNextPage endCursor } } }";
        assertBoundedAndEqual("gaps", period -> everyPromisedGroup("gaps", document, period));
    }

    @Test
    void biGapRowsGroupedByEveryDimensionPerDayOverTheWidestPeriodAreTheRowsOfTheTwoYears() {
        String document = "query($f: GapFilterInput, $g: [GapDimension!], $after: String) { biGapRows(filter: $f,"
                + " groupBy: $g, bucket: DAY, first: 100, after: $after) { edges { node { brand_id commitment_id"
                + " touchpoint_id segment_id variable method bucket n weight lived promised_n promised_lived target"
                + " gap std_error ci_low ci_high significance severity methods triangulation unpromised_n } }"
                + " pageInfo { hasNextPage endCursor } } }";
        assertBoundedAndEqual("biGapRows", period -> everyPromisedGroup("biGapRows", document, period));
    }

    /**
     * The export takes its filter in the URL, which Tomcat bounds ({@code server.max-http-request-header-size}, 64 KB of
     * request line and headers): 100 ids in each of the five id lists fit (8 KB, Tomcat's default, held 10).
     */
    @Test
    void theCsvExportGroupedByEveryDimensionPerDayOverTheWidestPeriodIsTheExportOfTheTwoYears() {
        assertBoundedAndEqual("GET /bi/gap-rows.csv", period -> {
            Map<String, String> parameters = new LinkedHashMap<>();
            fixture.filter(period, 100).forEach((name, value) -> {
                if (value instanceof List<?> list) {
                    parameters.put(
                            name,
                            String.join(",", list.stream().map(String::valueOf).toList()));
                }
            });
            parameters.put("from", period.get("from"));
            parameters.put("to", period.get("to"));
            parameters.put("groupBy", String.join(",", EVERY_DIMENSION));
            parameters.put("bucket", "DAY");
            Answer csv = fixture.client().csv(fixture.reader(), parameters);
            assertThat(csv.status()).as("CSV: " + csv.body()).isLessThan(500);
            if (csv.status() != 200) {
                System.out.println("[ExtremeInputsIT] CSV refused: " + csv.status() + " " + csv.body());
                assertThat(csv.json()).as("CSV: " + csv.body()).isNotNull();
                assertThat(csv.json().get("code").asString()).isIn(TYPED);
                return null;
            }
            System.out.println(
                    "[ExtremeInputsIT] CSV answered " + csv.body().lines().count() + " lines");
            assertThat(csv.body().lines().count()).isEqualTo(1 + ExtremeInputsData.PROMISED);
            return RawGraphQl.JSON.getNodeFactory().stringNode(csv.body());
        });
    }

    @Test
    void theRankedListsAndWholeViewsOverTheWidestPeriodAreThoseOfTheTwoYears() {
        String ranked = "query($f: GapFilterInput) {"
                + " worstIrritants(filter: $f, first: 100) { " + CELL + " }"
                + " signatureMoments(filter: $f, first: 100, includeNotSignificant: true) { " + CELL + " }"
                + " unpromised(filter: $f, first: 100) { " + CELL + " } }";
        assertBoundedAndEqual(
                "worstIrritants, signatureMoments, unpromised",
                period -> read("ranked lists", ranked, Map.of("f", longestFilter(period))));
        String views = "query($f: GapFilterInput, $t: ID) { brandValueEmbodiment(filter: $f) { " + CELL + " }"
                + " fluidityAndFullness(filter: $f) { fluidity { promisedCount promisedLived target gap }"
                + " fullness { promisedCount promisedLived target gap } }"
                + " emotionalProfile(touchpointId: $t, filter: $f) { measurements carrying netValence"
                + " emotions { emotion count share meanIntensity } } }";
        assertBoundedAndEqual(
                "brandValueEmbodiment, fluidityAndFullness, emotionalProfile",
                period -> read(
                        "whole views",
                        views,
                        Map.of(
                                "f",
                                longestFilter(period),
                                "t",
                                fixture.touchpoints().getFirst())));
    }

    @Test
    void theGapMatrixOverTheWidestPeriodIsTheMatrixOfTheTwoYears() {
        String document = "query($b: ID!, $s: ID, $p: PeriodInput, $f: GapFilterInput) { gapMatrix(brandId: $b,"
                + " segmentId: $s, period: $p, filter: $f) { cells { " + CELL + " } families { " + CELL + " }"
                + " dimensions { " + CELL + " } total { " + CELL + " } } }";
        assertBoundedAndEqual("gapMatrix", period -> {
            Map<String, Object> variables = new HashMap<>();
            variables.put("b", fixture.brand());
            variables.put("s", fixture.segments().getFirst());
            variables.put("p", period);
            variables.put("f", longestFilter(period));
            return read("gapMatrix", document, variables);
        });
    }

    /**
     * Six segments (the most allowed) by every other dimension: per DAY that makes 225 groups, refused whatever the
     * period (VALIDATION / TOO_MANY_GROUPS, at most 100); per QUARTER the comparison over 1970–9999 is that of the two
     * years.
     */
    @Test
    void
            sixSegmentsComparedByEveryDimensionOverTheWidestPeriodAreRefusedPerDayAndTheComparisonOfTheTwoYearsPerQuarter() {
        String document = "query($s: [ID!]!, $f: GapFilterInput, $g: [GapDimension!], $b: TimeBucket) {"
                + " compareSegments(segmentIds: $s, filter: $f, groupBy: $g, bucket: $b) { keys { dimension value }"
                + " bucket segments { segmentId cell { count lived gap } } difference { livedDifference gapDifference"
                + " pValue significant } } }";
        List<String> withoutSegment =
                EVERY_DIMENSION.stream().filter(d -> !d.equals("SEGMENT")).toList();
        for (Map<String, String> period : List.of(DATA, WIDEST)) {
            Answer perDay = fixture.client()
                    .post(
                            fixture.reader(),
                            document,
                            Map.of(
                                    "s",
                                    fixture.segments(),
                                    "f",
                                    longestFilter(period),
                                    "g",
                                    withoutSegment,
                                    "b",
                                    "DAY"));
            assertThat(perDay.status()).isEqualTo(200);
            assertThat(perDay.code()).as(perDay.body()).isEqualTo("VALIDATION");
            assertThat(perDay.reason()).as(perDay.body()).isEqualTo("TOO_MANY_GROUPS");
            assertTenantBAnswered("compareSegments per DAY over " + period);
        }
        assertBoundedAndEqual("compareSegments per QUARTER", period -> {
            JsonNode comparison = read(
                    "compareSegments",
                    document,
                    Map.of("s", fixture.segments(), "f", longestFilter(period), "g", withoutSegment, "b", "QUARTER"));
            if (comparison != null) {
                assertThat(comparison.get("compareSegments").size()).isBetween(2, 100);
            }
            return comparison;
        });
    }

    @Test
    void aRebuildOverTheWidestPeriodReadsAndChecksWhatTheTwoYearsHoldAndLeavesTheViewsAsTheyWere() {
        String document = "mutation($b: ID!, $p: PeriodInput!) { rebuildRollups(input: {brandId: $b, period: $p})"
                + " { measurementsRead cellsChecked cellsDiffering cellsBusy } }";
        assertBoundedAndEqual("rebuildRollups", period -> {
            JsonNode report = ExtremeInputsData.dataOrTypedRefusal(
                    "rebuildRollups",
                    fixture.client().post(fixture.admin(), document, Map.of("b", fixture.brand(), "p", period)));
            if (report != null) {
                assertThat(report.at("/rebuildRollups/measurementsRead").asLong())
                        .isEqualTo(ExtremeInputsData.MEASUREMENTS);
                assertThat(report.at("/rebuildRollups/cellsDiffering").asLong()).isZero();
            }
            return report;
        });
        JsonNode rebuilt = read(
                "rebuildRollups",
                "{ gaps(groupBy: [TOUCHPOINT], bucket: YEAR, first: 100) { edges { node { bucket count } } } }",
                null);
        assertThat(rebuilt.at("/gaps/edges").size()).isEqualTo(4);
        long total = 0;
        for (JsonNode edge : rebuilt.at("/gaps/edges")) {
            total += edge.at("/node/count").asLong();
        }
        assertThat(total).isEqualTo(ExtremeInputsData.MEASUREMENTS);
    }

    @Test
    void anImpactStudyOverTheWidestPeriodReadsTheGapsOfTheTwoYears() {
        String define = "mutation($b: ID!, $p: StudyPeriodInput!) { defineImpactStudy(input: {brandId: $b,"
                + " initiative: \"Everything\", period: $p, metrics: [{code: \"RETENTION\"}]}) { id } }";
        String study = "query($s: ID!) { impactStudy(studyId: $s) { experienceGaps { keys { dimension value }"
                + " count lived target gap } } }";
        assertBoundedAndEqual("impactStudy", period -> {
            JsonNode defined = ExtremeInputsData.dataOrTypedRefusal(
                    "defineImpactStudy",
                    fixture.client().post(fixture.admin(), define, Map.of("b", fixture.brand(), "p", period)));
            if (defined == null) {
                return null;
            }
            return read(
                    "impactStudy",
                    study,
                    Map.of("s", defined.at("/defineImpactStudy/id").asString()));
        });
    }
}
