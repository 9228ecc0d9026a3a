package com.gaplens.application.port.out.contract;

import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.experience.Score;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.measurement.EmotionReading;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.measurement.Measurement;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.measurement.NormalisedReading;
import com.gaplens.domain.measurement.Reading;
import com.gaplens.domain.scale.ScaleCode;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.target.CommitmentId;
import com.gaplens.domain.target.Judgement;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Recorded measurements for the {@link MonthCellFeedContract}: PERCENT readings (the score is the value) of brand
 * {@code b-1}, touchpoint {@code tp-1} (PURCHASE, STORE), variable ACCESS_EASY, recorded at the start of 2027.
 */
public final class MonthCells {

    /** Commitment {@code c-1} of value {@code v-1} promises 70. */
    public static final Score TARGET = new Score(70);

    public static final Judgement PROMISED =
            new Judgement.Promised(new CommitmentId("c-1"), new BrandValueId("v-1"), TARGET);

    private static final Instant RECORDED = Instant.parse("2027-01-01T00:00:00Z");

    private MonthCells() {}

    /**
     * A BAROMETER measurement of segment {@code s-1}, promised by {@code c-1}: {@code weight} respondents scoring
     * {@code score} on average with dispersion {@code dispersion} (0 for one respondent).
     */
    public static RecordedMeasurement promised(
            TenantId tenant, String externalId, String observedAt, int weight, double score, double dispersion) {
        return measurement(
                tenant,
                externalId,
                observedAt,
                weight,
                score,
                dispersion,
                Optional.of(new SegmentId("s-1")),
                MeasurementMethod.BAROMETER,
                Audience.CUSTOMER,
                PROMISED);
    }

    /** A SOCIAL mention scoring 30, without segment, that no commitment covers. */
    public static RecordedMeasurement unpromised(TenantId tenant, String externalId, String observedAt) {
        return measurement(
                tenant,
                externalId,
                observedAt,
                1,
                30,
                0,
                Optional.empty(),
                MeasurementMethod.SOCIAL,
                Audience.CUSTOMER,
                Judgement.UNPROMISED);
    }

    /** An employee's BAROMETER answer scoring 65 (employee experience is never promised). */
    public static RecordedMeasurement employee(TenantId tenant, String externalId, String observedAt) {
        return measurement(
                tenant,
                externalId,
                observedAt,
                1,
                65,
                0,
                Optional.empty(),
                MeasurementMethod.BAROMETER,
                Audience.EMPLOYEE,
                Judgement.UNPROMISED);
    }

    /** The same measurement carrying an emotion. */
    public static RecordedMeasurement withEmotion(RecordedMeasurement m, EmotionReading emotion) {
        Measurement base = m.measurement();
        return new RecordedMeasurement(
                new Measurement(
                        base.tenant(),
                        base.externalId(),
                        base.brand(),
                        base.touchpoint(),
                        base.variable(),
                        base.segment(),
                        base.method(),
                        base.scale(),
                        base.reading(),
                        base.observedAt(),
                        Optional.of(emotion),
                        base.sourceReference(),
                        base.audience()),
                m.normalised(),
                m.phase(),
                m.channel(),
                m.recordedAt(),
                m.judgement());
    }

    /** Every key a measurement has, as its month cell carries them. */
    public static Map<GapDimension, String> keysOf(RecordedMeasurement m) {
        Map<GapDimension, String> keys = new EnumMap<>(GapDimension.class);
        for (GapDimension dimension : GapDimension.values()) {
            m.key(dimension).ifPresent(value -> keys.put(dimension, value));
        }
        return keys;
    }

    private static RecordedMeasurement measurement(
            TenantId tenant,
            String externalId,
            String observedAt,
            int weight,
            double score,
            double dispersion,
            Optional<SegmentId> segment,
            MeasurementMethod method,
            Audience audience,
            Judgement judgement) {
        Reading reading = weight == 1
                ? new Reading.Single(score)
                : new Reading.Aggregate(score, weight, OptionalDouble.of(dispersion));
        return new RecordedMeasurement(
                new Measurement(
                        tenant,
                        new ExternalId(externalId),
                        new BrandId("b-1"),
                        new TouchpointId("tp-1"),
                        ExperienceVariable.ACCESS_EASY,
                        segment,
                        method,
                        new ScaleCode("PERCENT"),
                        reading,
                        Instant.parse(observedAt),
                        Optional.empty(),
                        Optional.empty(),
                        audience),
                new NormalisedReading(weight, score, weight == 1 ? 0 : dispersion),
                JourneyPhase.PURCHASE,
                Channel.STORE,
                RECORDED,
                judgement);
    }
}
