package com.gaplens.domain.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gaplens.domain.shared.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class GroupDataTest {

    @Test
    void refusesANegativeSampleSizeInAContinuousSummary() {
        assertRefused(() -> new ContinuousSummary(-1, 10, 2), "NEGATIVE_SAMPLE_SIZE", "n");
    }

    @Test
    void refusesANegativeStandardDeviation() {
        assertRefused(() -> new ContinuousSummary(10, 10, -0.5), "NEGATIVE_STANDARD_DEVIATION", "standardDeviation");
    }

    @Test
    void refusesANanMean() {
        assertRefused(() -> new ContinuousSummary(10, Double.NaN, 1), "NOT_FINITE", "mean");
    }

    @Test
    void refusesAnInfiniteStandardDeviation() {
        assertRefused(() -> new ContinuousSummary(10, 3, Double.POSITIVE_INFINITY), "NOT_FINITE", "standardDeviation");
    }

    @Test
    void acceptsAnEmptyContinuousSummary() {
        assertThat(new ContinuousSummary(0, 0, 0).n()).isZero();
    }

    @Test
    void refusesANegativeSampleSizeInARateSummary() {
        assertRefused(() -> new RateSummary(-3, 0), "NEGATIVE_SAMPLE_SIZE", "n");
    }

    @Test
    void refusesMoreSuccessesThanCustomers() {
        assertRefused(() -> new RateSummary(10, 11), "SUCCESSES_EXCEED_SAMPLE_SIZE", "successes");
    }

    @Test
    void refusesNegativeSuccesses() {
        assertRefused(() -> new RateSummary(10, -1), "NEGATIVE_SUCCESSES", "successes");
    }

    @Test
    void refusesANonFiniteObservationNamingItsPosition() {
        assertRefused(() -> ContinuousObservations.of(1.0, Double.NaN), "NOT_FINITE", "values[1]");
    }

    @Test
    void refusesAMissingObservation() {
        assertRefused(() -> new ContinuousObservations(Arrays.asList(1.0, null)), "REQUIRED", "values");
    }

    @Test
    void refusesARateOutcomeOtherThanZeroOrOne() {
        assertRefused(() -> RateObservations.ofZeroOne(0, 1, 2), "NOT_ZERO_OR_ONE", "outcomes[2]");
    }

    @Test
    void rateOutcomesReduceToTheirCount() {
        assertThat(new RateObservations(List.of(true, false, true)).summary()).isEqualTo(new RateSummary(3, 2));
        assertThat(new RateSummary(3, 2).failures()).isEqualTo(1);
        assertThat(new RateSummary(0, 0).proportion()).isEmpty();
    }

    @Test
    void aSingleObservationHasAStandardDeviationOfZeroAndNoneIsEmpty() {
        assertThat(ContinuousObservations.of(7.5).summary()).isEqualTo(new ContinuousSummary(1, 7.5, 0));
        assertThat(ContinuousObservations.of().summary()).isEqualTo(new ContinuousSummary(0, 0, 0));
    }

    @Test
    void observationsOfOneKindCannotBeAppendedToTheOther() {
        assertRefused(
                () -> ContinuousObservations.of(1, 2).append(RateObservations.ofZeroOne(1)),
                "DATA_KIND_MISMATCH",
                "observations");
    }

    @Test
    void appendedObservationsKeepTheirOrder() {
        assertThat(ContinuousObservations.of(1, 2).append(ContinuousObservations.of(3)))
                .isEqualTo(ContinuousObservations.of(1, 2, 3));
    }

    static void assertRefused(ThrowingCallable call, String reason, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.field()).hasValue(field);
        });
    }
}
