package com.gaplens.domain.impact;

import static com.gaplens.domain.impact.GroupDataTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ImpactMetricTest {

    @Test
    void theStandardMetricsHaveTheKindAndDirectionOfTheSources() {
        assertThat(ImpactMetric.ACQUISITION_COST)
                .isEqualTo(new ImpactMetric("ACQUISITION_COST", MetricKind.CONTINUOUS, Direction.LOWER_IS_BETTER));
        assertThat(ImpactMetric.REVENUE_PER_CUSTOMER.kind()).isEqualTo(MetricKind.CONTINUOUS);
        assertThat(ImpactMetric.REVENUE_PER_CUSTOMER.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(ImpactMetric.STANDARD)
                .filteredOn(m -> m.kind() == MetricKind.RATE)
                .containsExactly(ImpactMetric.RETENTION, ImpactMetric.UPSELL, ImpactMetric.CROSS_SELL)
                .allMatch(m -> m.direction() == Direction.HIGHER_IS_BETTER);
        assertThat(ImpactMetric.STANDARD).allMatch(ImpactMetric::isStandard);
        assertThat(ImpactMetric.standard("UPSELL")).contains(ImpactMetric.UPSELL);
    }

    @Test
    void aTenantDefinesItsOwnMetric() {
        var metric = ImpactMetric.custom("NPS_PROMOTER_SHARE", MetricKind.RATE, Direction.HIGHER_IS_BETTER);

        assertThat(metric.isStandard()).isFalse();
        assertThat(ImpactMetric.standard("NPS_PROMOTER_SHARE")).isEmpty();
    }

    @Test
    void aTenantMetricCannotTakeAStandardCode() {
        assertRefused(
                () -> ImpactMetric.custom("RETENTION", MetricKind.RATE, Direction.HIGHER_IS_BETTER),
                "RESERVED_METRIC_CODE",
                "metric.code");
    }

    @Test
    void aStandardCodeCannotBeRedefined() {
        assertRefused(
                () -> new ImpactMetric("ACQUISITION_COST", MetricKind.CONTINUOUS, Direction.HIGHER_IS_BETTER),
                "STANDARD_METRIC_REDEFINED",
                "metric.code");
    }

    @Test
    void refusesAMalformedCode() {
        assertRefused(
                () -> ImpactMetric.custom("churn rate", MetricKind.RATE, Direction.LOWER_IS_BETTER),
                "MALFORMED_METRIC_CODE",
                "metric.code");
        assertRefused(
                () -> ImpactMetric.custom("A".repeat(65), MetricKind.RATE, Direction.LOWER_IS_BETTER),
                "MALFORMED_METRIC_CODE",
                "metric.code");
    }

    @Test
    void refusesAMissingKind() {
        assertRefused(() -> ImpactMetric.custom("CHURN", null, Direction.LOWER_IS_BETTER), "REQUIRED", "metric.kind");
    }

    @Test
    void zeroDifferenceFavoursNoDirection() {
        assertThat(Direction.HIGHER_IS_BETTER.favours(0)).isFalse();
        assertThat(Direction.LOWER_IS_BETTER.favours(0)).isFalse();
        assertThat(Direction.LOWER_IS_BETTER.favours(-0.1)).isTrue();
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
        assertRefused(
                () -> new StudyPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 28)),
                "PERIOD_ENDS_BEFORE_IT_STARTS",
                "period.to");
        assertThat(new StudyPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1))
                        .contains(LocalDate.of(2025, 3, 1)))
                .isTrue();
    }
}
