package com.gaplens.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.domain.measurement.MeasurementMethod;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GapTest {

    private static LivedScore livedWithin(double lower, double upper) {
        return new LivedScore(
                4,
                40,
                (lower + upper) / 2,
                OptionalDouble.of(1),
                OptionalDouble.of(1),
                Optional.of(new ConfidenceInterval(lower, upper)),
                new Triangulation(Set.of(MeasurementMethod.BAROMETER)));
    }

    @Test
    void gapIsSignificantWhenTheIntervalExcludesTheTarget() {
        assertThat(Gap.of(livedWithin(60, 80), 80.000001, SeverityThresholds.DEFAULT)
                        .significance())
                .isEqualTo(Significance.SIGNIFICANT);
        assertThat(Gap.of(livedWithin(60, 80), 59.999999, SeverityThresholds.DEFAULT)
                        .significance())
                .isEqualTo(Significance.SIGNIFICANT);
    }

    @Test
    void gapIsNotSignificantWhenTheTargetLiesInTheIntervalBoundsIncluded() {
        assertThat(Gap.of(livedWithin(60, 80), 80, SeverityThresholds.DEFAULT).significance())
                .isEqualTo(Significance.NOT_SIGNIFICANT);
        assertThat(Gap.of(livedWithin(60, 80), 60, SeverityThresholds.DEFAULT).significance())
                .isEqualTo(Significance.NOT_SIGNIFICANT);
        assertThat(Gap.of(livedWithin(60, 80), 71, SeverityThresholds.DEFAULT).significance())
                .isEqualTo(Significance.NOT_SIGNIFICANT);
    }

    @Test
    void gapIsLivedMinusTargetAndItsSeverityReadsItsSize() {
        // lived 70, target 90 → −20: CRITICAL
        Gap gap = Gap.of(livedWithin(65, 75), 90, SeverityThresholds.DEFAULT);

        assertThat(gap.value()).isEqualTo(-20);
        assertThat(gap.severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void oneMethodAloneIsAWeakSignalTwoAreNot() {
        assertThat(new Triangulation(Set.of()).weakSignal()).isTrue();
        assertThat(new Triangulation(Set.of(MeasurementMethod.SOCIAL)).weakSignal())
                .isTrue();
        assertThat(new Triangulation(Set.of(MeasurementMethod.SOCIAL, MeasurementMethod.COMPLAINT)).weakSignal())
                .isFalse();
        assertThat(new Triangulation(EnumSet.allOf(MeasurementMethod.class)).count())
                .isEqualTo(6);
    }

    @Test
    void triangulationCountsDistinctMethodsAcrossMergedCells() {
        // given two cells measured by the same method and a third by another
        CellStatistics byBarometer = CellStatistics.of(Cells.promised(10, 70, 5, 70, MeasurementMethod.BAROMETER));
        CellStatistics byBarometerAgain = CellStatistics.of(Cells.promised(12, 72, 5, 70, MeasurementMethod.BAROMETER));
        CellStatistics byExpert = CellStatistics.of(Cells.promised(1, 60, 0, 70, MeasurementMethod.EXPERT_REVIEW));

        // then
        assertThat(byBarometer
                        .merge(byBarometerAgain)
                        .gap(SeverityThresholds.DEFAULT)
                        .orElseThrow()
                        .triangulation()
                        .weakSignal())
                .isTrue();
        Triangulation all = byBarometer
                .merge(byBarometerAgain)
                .merge(byExpert)
                .gap(SeverityThresholds.DEFAULT)
                .orElseThrow()
                .triangulation();
        assertThat(all.count()).isEqualTo(2);
        assertThat(all.weakSignal()).isFalse();
    }
}
