package com.gaplens.application.port.in;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.measurement.Emotion;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.DomainException;
import com.gaplens.domain.shared.ErrorKind;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Records a batch of measurements, idempotently: each item is judged on its own and the answer says, per
 * item and in input order, whether it was {@link Accepted accepted}, a {@link Duplicate duplicate} (its
 * external id is already recorded with the same content: nothing written), a {@link Conflict conflict} (the
 * id is recorded with other content: nothing overwritten) or {@link Rejected rejected} (and why). One bad
 * item never blocks the others.
 *
 * <p>Rejections, each with the field of the item to blame: {@code BLANK} / {@code TOO_LONG} on
 * {@code externalId}; {@code BRAND_NOT_FOUND} on {@code brandId}; {@code TOUCHPOINT_NOT_FOUND} on
 * {@code touchpointId} (also for a touchpoint of another brand); {@code SEGMENT_NOT_FOUND} on
 * {@code segmentId} (also for a segment of another brand); {@code SCALE_NOT_FOUND} /
 * {@code MALFORMED_SCALE_CODE} on {@code scale}; {@code ARCHIVED_REFERENCE} on the archived brand,
 * touchpoint, segment or scale; {@code VALUE_OUT_OF_SCALE} on {@code value}; {@code SAMPLE_SIZE_TOO_SMALL}
 * on {@code sampleSize}; {@code STD_DEV_INVALID} / {@code STD_DEV_OUT_OF_SCALE} on {@code stdDev};
 * {@code EMOTION_INTENSITY_OUT_OF_RANGE} on {@code emotion.intensity}; {@code OBSERVED_IN_FUTURE} on
 * {@code observedAt} (later than now plus the configured tolerance); {@code TOO_LONG} on
 * {@code sourceReference}.
 *
 * <p>Repeats within one batch: the first valid occurrence of an external id is the one recorded; every
 * later one is a duplicate or a conflict against it (or against the stored measurement, when the id was
 * already recorded before the call).
 *
 * <p>A batch of more items than the configured limit is refused whole, before anything is read or written:
 * {@code VALIDATION} / {@code BATCH_TOO_LARGE}, with no field (the adapter names its input).
 */
public interface RecordMeasurementsUseCase {

    RecordMeasurementsReport recordMeasurements(RecordMeasurementsCommand command);

    record RecordMeasurementsCommand(TenantId tenant, List<MeasurementItem> items) {
        public RecordMeasurementsCommand {
            Require.present(tenant, "tenant");
            Require.noNulls(items, "items");
            items = List.copyOf(items);
        }
    }

    /** One item as the client sent it: readable fields, or a failure the adapter met reading them. */
    sealed interface MeasurementItem permits MeasurementFields, UnreadableItem {}

    /**
     * The fields of one measurement, in primitive form: the use case builds (and checks) the domain values.
     *
     * @param sampleSize empty for a single observation (1)
     */
    record MeasurementFields(
            String externalId,
            BrandId brandId,
            TouchpointId touchpointId,
            ExperienceVariable variable,
            Optional<SegmentId> segmentId,
            MeasurementMethod method,
            String scale,
            double value,
            OptionalInt sampleSize,
            OptionalDouble stdDev,
            Instant observedAt,
            Optional<EmotionFields> emotion,
            Optional<String> sourceReference,
            Audience audience)
            implements MeasurementItem {
        public MeasurementFields {
            Require.present(externalId, "externalId");
            Require.present(brandId, "brandId");
            Require.present(touchpointId, "touchpointId");
            Require.present(variable, "variable");
            Require.present(segmentId, "segmentId");
            Require.present(method, "method");
            Require.present(scale, "scale");
            Require.present(sampleSize, "sampleSize");
            Require.present(stdDev, "stdDev");
            Require.present(observedAt, "observedAt");
            Require.present(emotion, "emotion");
            Require.present(sourceReference, "sourceReference");
            Require.present(audience, "audience");
        }
    }

    record EmotionFields(Emotion emotion, double intensity) {}

    /**
     * An item the adapter could not read (an id that is no id of the right kind, say): reported as rejected
     * with {@code failure}, whose field is relative to the item.
     */
    record UnreadableItem(Optional<String> externalId, DomainException failure) implements MeasurementItem {
        public UnreadableItem {
            Require.present(externalId, "externalId");
            Require.present(failure, "failure");
        }
    }

    /** The outcome of every item, in input order, and their totals. */
    record RecordMeasurementsReport(List<MeasurementOutcome> items) {
        public RecordMeasurementsReport {
            Require.noNulls(items, "items");
            items = List.copyOf(items);
        }

        public Totals totals() {
            int accepted = 0;
            int duplicates = 0;
            int conflicts = 0;
            int rejected = 0;
            for (MeasurementOutcome item : items) {
                switch (item) {
                    case Accepted a -> accepted++;
                    case Duplicate d -> duplicates++;
                    case Conflict c -> conflicts++;
                    case Rejected r -> rejected++;
                }
            }
            return new Totals(accepted, duplicates, conflicts, rejected);
        }
    }

    record Totals(int accepted, int duplicates, int conflicts, int rejected) {}

    /** What became of one item; {@code index} is its position in the input, from 0. */
    sealed interface MeasurementOutcome permits Accepted, Duplicate, Conflict, Rejected {
        int index();

        /** The external id as the client sent it, when it sent one. */
        Optional<String> externalId();
    }

    /** Recorded now. */
    record Accepted(int index, Optional<String> externalId) implements MeasurementOutcome {}

    /** Already recorded with the same content: nothing written. */
    record Duplicate(int index, Optional<String> externalId) implements MeasurementOutcome {}

    /** Already recorded (or earlier in the batch) with other content: nothing written or overwritten. */
    record Conflict(int index, Optional<String> externalId) implements MeasurementOutcome {
        public static final String REASON = "EXTERNAL_ID_CONFLICT";
    }

    /**
     * Refused: nothing written.
     *
     * @param field the input to blame, relative to the item ({@code value}, {@code emotion.intensity}…)
     */
    record Rejected(
            int index,
            Optional<String> externalId,
            ErrorKind code,
            String reason,
            Optional<String> field,
            String message)
            implements MeasurementOutcome {
        public static Rejected of(int index, Optional<String> externalId, DomainException failure) {
            return new Rejected(
                    index, externalId, failure.kind(), failure.reason(), failure.field(), failure.getMessage());
        }
    }
}
