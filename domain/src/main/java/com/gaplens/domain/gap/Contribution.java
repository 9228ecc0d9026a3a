package com.gaplens.domain.gap;

import com.gaplens.domain.experience.Score;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.measurement.NormalisedReading;
import com.gaplens.domain.shared.Require;
import java.util.Optional;

/**
 * What one measurement brings to a cell: its normalised reading, its method, and — when a commitment
 * covers it — the effective target level {@code t} of that commitment for the measurement's segment at
 * its observation time. Without a target the measurement is <em>unpromised</em>: it counts in lived
 * views but in no gap.
 */
public record Contribution(NormalisedReading reading, MeasurementMethod method, Optional<Score> target) {

    public Contribution {
        Require.present(reading, "reading");
        Require.present(method, "method");
        Require.present(target, "target");
    }

    /** A measurement a commitment covers, with that commitment's effective target level. */
    public static Contribution promised(NormalisedReading reading, MeasurementMethod method, Score target) {
        return new Contribution(reading, method, Optional.of(Require.present(target, "target")));
    }

    /** A measurement no commitment covers: a blind spot of the promise. */
    public static Contribution unpromised(NormalisedReading reading, MeasurementMethod method) {
        return new Contribution(reading, method, Optional.empty());
    }

    public boolean isPromised() {
        return target.isPresent();
    }
}
