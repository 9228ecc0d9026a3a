package com.gaplens.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gaplens.domain.experience.Score;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.measurement.NormalisedReading;
import com.gaplens.domain.shared.InvalidInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test-data builders for cells, on the 0–100 scale. */
final class Cells {

    private Cells() {}

    static Contribution promised(
            long weight, double score, double dispersion, double target, MeasurementMethod method) {
        return Contribution.promised(new NormalisedReading(weight, score, dispersion), method, new Score(target));
    }

    static Contribution unpromised(long weight, double score, double dispersion, MeasurementMethod method) {
        return Contribution.unpromised(new NormalisedReading(weight, score, dispersion), method);
    }

    /** One respondent's answer, promised at {@code target}, by barometer. */
    static Contribution single(double score, double target) {
        return promised(1, score, 0, target, MeasurementMethod.BAROMETER);
    }

    static void assertRejected(ThrowingCallable call, String reason, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.field()).contains(field);
        });
    }
}
