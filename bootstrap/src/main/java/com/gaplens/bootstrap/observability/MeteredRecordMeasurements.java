package com.gaplens.bootstrap.observability;

import com.gaplens.application.port.in.RecordMeasurementsUseCase;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.Accepted;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.Conflict;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.Duplicate;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.MeasurementOutcome;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.Rejected;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;

/**
 * Recording measurements, counted: every item's outcome ({@value #RECORDED}, tag {@code outcome} =
 * {@code accepted}, {@code duplicate}, {@code conflict}, {@code rejected}), every rejection's reason
 * ({@value #REJECTIONS}, tag {@code reason}: a stable code such as {@code VALUE_OUT_OF_SCALE}) and the
 * time each batch takes ({@value #BATCHES}). A decorator, so the application stays free of Micrometer.
 *
 * <p>A batch refused whole ({@code BATCH_TOO_LARGE}) throws before any item is judged: it counts in the
 * batch timer with {@code exception} set, in no item counter.
 */
public final class MeteredRecordMeasurements implements RecordMeasurementsUseCase {

    public static final String RECORDED = "gaplens.measurements.recorded";
    public static final String REJECTIONS = "gaplens.measurements.rejections";
    public static final String BATCHES = "gaplens.measurements.batches";

    private final RecordMeasurementsUseCase delegate;
    private final MeterRegistry registry;
    private final Counter accepted;
    private final Counter duplicates;
    private final Counter conflicts;
    private final Counter rejected;

    public MeteredRecordMeasurements(RecordMeasurementsUseCase delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
        this.accepted = outcome("accepted");
        this.duplicates = outcome("duplicate");
        this.conflicts = outcome("conflict");
        this.rejected = outcome("rejected");
    }

    @Override
    public RecordMeasurementsReport recordMeasurements(RecordMeasurementsCommand command) {
        Timer.Sample sample = Timer.start(registry);
        String exception = "none";
        try {
            RecordMeasurementsReport report = delegate.recordMeasurements(command);
            count(report);
            return report;
        } catch (RuntimeException e) {
            exception = e.getClass().getSimpleName();
            throw e;
        } finally {
            sample.stop(Timer.builder(BATCHES)
                    .description("Time to record one batch of measurements, whatever its outcome")
                    .tag("exception", exception)
                    .register(registry));
        }
    }

    private void count(RecordMeasurementsReport report) {
        for (MeasurementOutcome item : report.items()) {
            switch (item) {
                case Accepted a -> accepted.increment();
                case Duplicate d -> duplicates.increment();
                case Conflict c -> conflicts.increment();
                case Rejected r -> {
                    rejected.increment();
                    Counter.builder(REJECTIONS)
                            .description("Measurements rejected, by the rule they broke")
                            .tag("reason", r.reason().toUpperCase(Locale.ROOT))
                            .register(registry)
                            .increment();
                }
            }
        }
    }

    private Counter outcome(String outcome) {
        return Counter.builder(RECORDED)
                .description("Measurement items judged by recordMeasurements, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }
}
