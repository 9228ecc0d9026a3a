package com.gaplens.adapters.mongo.measurement;

import com.gaplens.adapters.mongo.mapping.StoredValues;
import com.gaplens.adapters.mongo.tenancy.TenantOwned;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.experience.Score;
import com.gaplens.domain.gap.TimeBucket;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.measurement.Emotion;
import com.gaplens.domain.measurement.EmotionReading;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.measurement.Measurement;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.measurement.NormalisedReading;
import com.gaplens.domain.measurement.Reading;
import com.gaplens.domain.target.CommitmentId;
import com.gaplens.domain.target.Judgement;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.bson.codecs.pojo.annotations.BsonId;
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
 *   <li>{@code audience}; its judgement: {@code commitmentId}, {@code brandValueId}, {@code target} (absent when
 *       unpromised), from the promise in force when it was observed;</li>
 *   <li>{@code rollupToken}: the last change of the roll-ups that concerned it (the call that inserted it, or the
 *       new judgement that moved it); {@code leaving}: the judgement that change moved it from, if it moved it
 *       ({@code {}} for unpromised);</li>
 *   <li>{@code rejudgeMark}: present while a publication asks for it to be judged anew (each marking writes a new
 *       one, so a judgement read before a later marking is not stored over it).</li>
 * </ul>
 * Absent optional values are absent fields. {@code observedAt} and {@code recordedAt} are BSON dates
 * (milliseconds, which is what a measurement keeps). Spring Data reads it; it is inserted through the driver's
 * record codec, which stores it as Spring Data would ({@code MeasurementDocumentEncodingTest}), in a fraction of the
 * time: ingestion inserts thousands per call.
 */
@Document(MeasurementDocument.COLLECTION)
public record MeasurementDocument(
        @Id @BsonId ObjectId id,
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
        Instant recordedAt,
        String audience,
        String commitmentId,
        String brandValueId,
        Double target,
        Leaving leaving,
        String rejudgeMark,
        String rollupToken)
        implements TenantOwned {

    static final String COLLECTION = "measurements";
    static final String EXTERNAL_ID = "externalId";
    static final String REJUDGE_MARK = "rejudgeMark";
    static final String ROLLUP_TOKEN = "rollupToken";
    static final String LEAVING = "leaving";
    static final String COMMITMENT = "commitmentId";
    static final String BRAND_VALUE = "brandValueId";
    static final String TARGET = "target";
    static final String OBSERVED_AT = "observedAt";
    static final String RECORDED_AT = "recordedAt";
    static final String SINGLE = "SINGLE";
    static final String AGGREGATE = "AGGREGATE";

    static MeasurementDocument from(RecordedMeasurement recorded, String rollupToken) {
        Measurement m = recorded.measurement();
        NormalisedReading normalised = recorded.normalised();
        Instant observedAt = m.observedAt();
        Optional<Judgement.Promised> promised =
                recorded.judgement() instanceof Judgement.Promised p ? Optional.of(p) : Optional.empty();
        return new MeasurementDocument(
                new ObjectId(),
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
                recorded.recordedAt(),
                m.audience().name(),
                promised.map(p -> p.commitment().value()).orElse(null),
                promised.map(p -> p.brandValue().value()).orElse(null),
                promised.map(p -> p.target().value()).orElse(null),
                null,
                null,
                rollupToken);
    }

    /** The judgement a change moved a measurement from: its commitment, brand value and target; all null: none. */
    public record Leaving(String commitmentId, String brandValueId, Double target) {

        static Leaving of(Judgement judgement) {
            return judgement instanceof Judgement.Promised p
                    ? new Leaving(
                            p.commitment().value(),
                            p.brandValue().value(),
                            p.target().value())
                    : new Leaving(null, null, null);
        }

        Judgement judgement() {
            return MeasurementDocument.judgement(commitmentId, brandValueId, target);
        }
    }

    Judgement judgement() {
        return judgement(commitmentId, brandValueId, target);
    }

    static Judgement judgement(String commitmentId, String brandValueId, Double target) {
        return commitmentId == null
                ? Judgement.UNPROMISED
                : new Judgement.Promised(
                        new CommitmentId(commitmentId), new BrandValueId(brandValueId), new Score(target));
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
                Optional.ofNullable(sourceReference),
                audience == null ? Audience.CUSTOMER : Audience.valueOf(audience));
    }

    RecordedMeasurement toRecorded() {
        return new RecordedMeasurement(
                toMeasurement(),
                new NormalisedReading(w, x, s),
                JourneyPhase.valueOf(phase),
                Channel.valueOf(channel),
                recordedAt,
                judgement());
    }
}
