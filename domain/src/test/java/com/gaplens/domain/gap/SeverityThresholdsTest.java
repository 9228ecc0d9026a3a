package com.gaplens.domain.gap;

import static com.gaplens.domain.gap.Cells.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeverityThresholdsTest {

    // DOMAIN.md: CRITICAL ≤ −20 < MAJOR ≤ −10 < MINOR ≤ −3 < ON_TARGET < +3 ≤ EXCEEDED
    @ParameterizedTest(name = "gap {0} is {1}")
    @CsvSource({
        "-100, CRITICAL",
        "-20.001, CRITICAL",
        "-20, CRITICAL",
        "-19.999, MAJOR",
        "-10, MAJOR",
        "-9.999, MINOR",
        "-3, MINOR",
        "-2.999, ON_TARGET",
        "0, ON_TARGET",
        "2.999, ON_TARGET",
        "3, EXCEEDED",
        "3.001, EXCEEDED",
        "100, EXCEEDED",
    })
    void defaultThresholdsClassifyEveryBoundaryAsTheBriefSays(double gap, Severity expected) {
        assertThat(SeverityThresholds.DEFAULT.classify(gap)).isEqualTo(expected);
    }

    @Test
    void aTenantMayConfigureItsOwnThresholds() {
        // given a more tolerant tenant
        SeverityThresholds tolerant = new SeverityThresholds(-30, -15, -5, 5);

        // then
        assertThat(tolerant.classify(-20)).isEqualTo(Severity.MAJOR);
        assertThat(tolerant.classify(-30)).isEqualTo(Severity.CRITICAL);
        assertThat(tolerant.classify(-4)).isEqualTo(Severity.ON_TARGET);
        assertThat(tolerant.classify(4)).isEqualTo(Severity.ON_TARGET);
        assertThat(tolerant.classify(5)).isEqualTo(Severity.EXCEEDED);
    }

    @Test
    void thresholdsMustBeOrderedAroundZero() {
        assertRejected(() -> new SeverityThresholds(-10, -20, -3, 3), "SEVERITY_THRESHOLDS_NOT_ORDERED", "major");
        assertRejected(() -> new SeverityThresholds(-20, -20, -3, 3), "SEVERITY_THRESHOLDS_NOT_ORDERED", "major");
        assertRejected(() -> new SeverityThresholds(-20, -3, -10, 3), "SEVERITY_THRESHOLDS_NOT_ORDERED", "minor");
        assertRejected(() -> new SeverityThresholds(-20, -10, 0, 3), "SEVERITY_THRESHOLDS_NOT_ORDERED", "minor");
        assertRejected(() -> new SeverityThresholds(-20, -10, -3, 0), "SEVERITY_THRESHOLDS_NOT_ORDERED", "exceeded");
    }

    @Test
    void thresholdsLieOnTheGapScale() {
        assertRejected(() -> new SeverityThresholds(-120, -10, -3, 3), "SEVERITY_THRESHOLD_OUT_OF_RANGE", "critical");
        assertRejected(
                () -> new SeverityThresholds(-20, -10, -3, Double.NaN), "SEVERITY_THRESHOLD_OUT_OF_RANGE", "exceeded");
    }
}
