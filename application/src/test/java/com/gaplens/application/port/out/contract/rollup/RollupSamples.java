package com.gaplens.application.port.out.contract.rollup;

import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.experience.Score;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.measurement.Emotion;
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
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;

/**
 * Measurements drawn at random over a small catalogue — two brands, three touchpoints each, two segments, two
 * months of early 2026 across a month boundary, every method, single readings and aggregates, emotions, employees —
 * so that cells of every level receive several measurements and groups straddle months and days.
 */
public final class RollupSamples {

    static final Instant START = Instant.parse("2026-01-25T00:00:00Z");
    static final String[] BRANDS = {"brand-a", "brand-b"};
    private static final JourneyPhase[] PHASES = {JourneyPhase.PURCHASE, JourneyPhase.AFTER_PURCHASE, JourneyPhase.USAGE
    };
    private static final Channel[] CHANNELS = {Channel.STORE, Channel.WEB, Channel.PHONE};
    private static final ExperienceVariable[] VARIABLES = {
        ExperienceVariable.ACCESS_EASY, ExperienceVariable.USE_PLEASANT, ExperienceVariable.SHARING_USEFUL
    };

    private final Random random;

    RollupSamples(long seed) {
        this.random = new Random(seed);
    }

    /** {@code n} measurements of the tenant, the same for every tenant given the same prefix. */
    public static List<RecordedMeasurement> batch(TenantId tenant, String prefix, int n) {
        RollupSamples drawn = new RollupSamples(prefix.hashCode());
        List<RecordedMeasurement> batch = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            batch.add(drawn.measurement(tenant, prefix + i));
        }
        return batch;
    }

    /** A measurement of {@code tenant} named {@code id}, judged {@link #judgement() at random}. */
    RecordedMeasurement measurement(TenantId tenant, String id) {
        String brand = BRANDS[random.nextInt(BRANDS.length)];
        int touchpoint = random.nextInt(3);
        Optional<SegmentId> segment = random.nextInt(3) == 0
                ? Optional.empty()
                : Optional.of(new SegmentId(brand + "-seg-" + random.nextInt(2)));
        boolean aggregate = random.nextBoolean();
        long weight = aggregate ? 2 + random.nextInt(300) : 1;
        double score = random.nextInt(4) == 0 ? random.nextInt(5) * 25.0 : random.nextDouble() * 100;
        double dispersion = aggregate ? random.nextDouble() * 30 : 0;
        Reading reading = aggregate
                ? new Reading.Aggregate(score, (int) weight, OptionalDouble.of(dispersion))
                : new Reading.Single(score);
        Optional<EmotionReading> emotion = random.nextInt(3) == 0
                ? Optional.of(new EmotionReading(
                        Emotion.values()[random.nextInt(Emotion.values().length)], random.nextInt(101) / 100.0))
                : Optional.empty();
        Instant observedAt = START.plusSeconds(random.nextInt(14 * 24 * 3600));
        Audience audience = random.nextInt(8) == 0 ? Audience.EMPLOYEE : Audience.CUSTOMER;
        Measurement measurement = new Measurement(
                tenant,
                new ExternalId(id),
                new BrandId(brand),
                new TouchpointId(brand + "-tp-" + touchpoint),
                VARIABLES[random.nextInt(VARIABLES.length)],
                segment,
                MeasurementMethod.values()[random.nextInt(MeasurementMethod.values().length)],
                new ScaleCode("PERCENT"),
                reading,
                observedAt,
                emotion,
                Optional.empty(),
                audience);
        return new RecordedMeasurement(
                measurement,
                new NormalisedReading(weight, score, dispersion),
                PHASES[touchpoint],
                CHANNELS[touchpoint],
                START,
                audience == Audience.CUSTOMER ? judgement() : Judgement.UNPROMISED);
    }

    /** A judgement: unpromised, or one of three commitments of two values, with targets of several levels. */
    Judgement judgement() {
        int which = random.nextInt(4);
        if (which == 0) {
            return Judgement.UNPROMISED;
        }
        return new Judgement.Promised(
                new CommitmentId("commitment-" + which),
                new BrandValueId("value-" + (which % 2)),
                new Score(List.of(60.0, 72.5, 80.0, 66.6).get(random.nextInt(4))));
    }

    /** The same measurement with other content (another reading): a conflict on its external id. */
    RecordedMeasurement conflicting(RecordedMeasurement measurement) {
        Measurement m = measurement.measurement();
        Measurement other = new Measurement(
                m.tenant(),
                m.externalId(),
                m.brand(),
                m.touchpoint(),
                m.variable(),
                m.segment(),
                m.method(),
                m.scale(),
                new Reading.Single(m.reading().value() > 50 ? 1 : 99),
                m.observedAt(),
                m.emotion(),
                m.sourceReference(),
                m.audience());
        return new RecordedMeasurement(
                other,
                new NormalisedReading(1, m.reading().value() > 50 ? 1 : 99, 0),
                measurement.phase(),
                measurement.channel(),
                measurement.recordedAt(),
                measurement.judgement());
    }

    boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    int next(int bound) {
        return random.nextInt(bound);
    }
}
