package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rows of {@link VariantPromiseCase} over GraphQL: each shows the promised figures its gap is computed from. */
@SuppressWarnings({"unchecked", "rawtypes"})
class GapRowsReconcileIT extends VariantPromiseCase {

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
}
