package com.gaplens.application.gaps;

import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.domain.measurement.Measurement;
import com.gaplens.domain.target.Judgement;
import java.util.Optional;

/**
 * What gap cells are filtered and grouped by. Each cell of the roll-ups carries every one of them; a grouped
 * answer merges the cells sharing the chosen dimensions' values. {@link #COMMITMENT} and {@link #BRAND_VALUE}
 * are absent (no value) for unpromised measurements, {@link #SEGMENT} for measurements without a segment.
 */
public enum GapDimension {
    BRAND,
    BRAND_VALUE,
    COMMITMENT,
    PHASE,
    TOUCHPOINT,
    CHANNEL,
    FAMILY,
    DIMENSION,
    VARIABLE,
    SEGMENT,
    METHOD;

    /** The value of this dimension for a recorded measurement, in its stored form; empty when it has none. */
    public Optional<String> of(RecordedMeasurement recorded) {
        Measurement m = recorded.measurement();
        Optional<Judgement.Promised> promised =
                recorded.judgement() instanceof Judgement.Promised p ? Optional.of(p) : Optional.empty();
        return switch (this) {
            case BRAND -> Optional.of(m.brand().value());
            case BRAND_VALUE -> promised.map(p -> p.brandValue().value());
            case COMMITMENT -> promised.map(p -> p.commitment().value());
            case PHASE -> Optional.of(recorded.phase().name());
            case TOUCHPOINT -> Optional.of(m.touchpoint().value());
            case CHANNEL -> Optional.of(recorded.channel().name());
            case FAMILY -> Optional.of(m.variable().family().name());
            case DIMENSION -> Optional.of(m.variable().dimension().name());
            case VARIABLE -> Optional.of(m.variable().name());
            case SEGMENT -> m.segment().map(s -> s.value());
            case METHOD -> Optional.of(m.method().name());
        };
    }
}
