package com.gaplens.adapters.mongo.measurement;

import com.gaplens.adapters.mongo.mapping.StoredValues;
import com.gaplens.adapters.mongo.tenancy.TenantOwned;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.gap.TimeBucket;
import com.gaplens.domain.measurement.Emotion;
import com.gaplens.domain.measurement.EmotionReading;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.measurement.Measurement;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.measurement.NormalisedReading;
import com.gaplens.domain.measurement.Reading;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A raw measurement as stored, one per (tenant, externalId). Beside the fields of the measurement it holds
 * everything a roll-up keys or weighs it by, so that roll-ups are computed (and recomputed) from this
 * collection alone, without joining the catalogue:
 * <ul>
 *   <li>{@code w}, {@code x}, {@code s}: its contribution (weight, 0–100 score, 0–100 dispersion), normalised
 *       with its scale when recorded;</li>
 *   <li>{@code phase}, {@code channel}: of its touchpoint when recorded; {@code family}, {@code dimension}:
 *       of its variable;</li>
 *   <li>{@code day}, {@code week}, {@code month}, {@code quarter}, {@code year}: the UTC {@link TimeBucket}
 *       keys of {@code observedAt};</li>
 *   <li>{@code rollupState}: {@value #PENDING} when written; the roll-up step applies it and marks it.</li>
 * </ul>
 * Absent optional values are absent fields. {@code observedAt} and {@code recordedAt} are BSON dates
 * (milliseconds, which is what a measurement keeps).
 */
@Document(MeasurementDocument.COLLECTION)
record MeasurementDocument(
        @Id String id,
        String tenant,
        String externalId,
        String brandId,
        String touchpointId,
        String variable,
        String segmentId,
        String method,
        String scaleCode,
        String readingKind,
        double value,
        int sampleSize,
        Double stdDev,
        Instant observedAt,
        String emotion,
        Double emotionIntensity,
        String sourceReference,
        long w,
        double x,
        double s,
        String phase,
        String channel,
        String family,
        String dimension,
        String day,
        String week,
        String month,
        String quarter,
        String year,
        String rollupState,
        Instant recordedAt)
        implements TenantOwned {

    static final String COLLECTION = "measurements";
    static final String EXTERNAL_ID = "externalId";
    static final String PENDING = "PENDING";
    static final String SINGLE = "SINGLE";
    static final String AGGREGATE = "AGGREGATE";

    static MeasurementDocument from(RecordedMeasurement recorded) {
        Measurement m = recorded.measurement();
        NormalisedReading normalised = recorded.normalised();
        Instant observedAt = m.observedAt();
        return new MeasurementDocument(
                new ObjectId().toHexString(),
                StoredValues.tenantId(m.tenant()),
                m.externalId().value(),
                StoredValues.brandId(m.brand()),
                StoredValues.touchpointId(m.touchpoint()),
                m.variable().name(),
                m.segment().map(StoredValues::segmentId).orElse(null),
                m.method().name(),
                StoredValues.scaleCode(m.scale()),
                m.reading() instanceof Reading.Single ? SINGLE : AGGREGATE,
                m.reading().value(),
                m.reading().sampleSize(),
                m.reading().stdDev().isPresent() ? m.reading().stdDev().getAsDouble() : null,
                observedAt,
                m.emotion().map(e -> e.emotion().name()).orElse(null),
                m.emotion().map(EmotionReading::intensity).orElse(null),
                m.sourceReference().orElse(null),
                normalised.weight(),
                normalised.score(),
                normalised.dispersion(),
                recorded.phase().name(),
                recorded.channel().name(),
                m.variable().family().name(),
                m.variable().dimension().name(),
                TimeBucket.DAY.keyOf(observedAt),
                TimeBucket.WEEK.keyOf(observedAt),
                TimeBucket.MONTH.keyOf(observedAt),
                TimeBucket.QUARTER.keyOf(observedAt),
                TimeBucket.YEAR.keyOf(observedAt),
                PENDING,
                recorded.recordedAt());
    }

    Measurement toMeasurement() {
        OptionalDouble sd = stdDev == null ? OptionalDouble.empty() : OptionalDouble.of(stdDev);
        Reading reading =
                SINGLE.equals(readingKind) ? new Reading.Single(value) : new Reading.Aggregate(value, sampleSize, sd);
        return new Measurement(
                StoredValues.toTenantId(tenant),
                new ExternalId(externalId),
                StoredValues.toBrandId(brandId),
                StoredValues.toTouchpointId(touchpointId),
                ExperienceVariable.valueOf(variable),
                Optional.ofNullable(segmentId).map(StoredValues::toSegmentId),
                MeasurementMethod.valueOf(method),
                StoredValues.toScaleCode(scaleCode),
                reading,
                observedAt,
                Optional.ofNullable(emotion).map(e -> new EmotionReading(Emotion.valueOf(e), emotionIntensity)),
                Optional.ofNullable(sourceReference));
    }

    RecordedMeasurement toRecorded() {
        return new RecordedMeasurement(
                toMeasurement(),
                new NormalisedReading(w, x, s),
                JourneyPhase.valueOf(phase),
                Channel.valueOf(channel),
                recordedAt);
    }
}
