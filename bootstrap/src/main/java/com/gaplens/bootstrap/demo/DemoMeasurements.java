package com.gaplens.bootstrap.demo;

import com.gaplens.application.port.in.RecordMeasurementsUseCase.EmotionFields;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.MeasurementFields;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.MeasurementItem;
import com.gaplens.bootstrap.demo.DemoBrand.CommitmentSpec;
import com.gaplens.bootstrap.demo.DemoBrand.SegmentSpec;
import com.gaplens.bootstrap.demo.DemoCatalogue.DemoTouchpoint;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.experience.PerceptionDimension;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.measurement.Emotion;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.segment.SegmentId;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A year of measurements of the demo brand, drawn from a seeded random generator: the same catalogue,
 * seed and {@code until} give the same items, in the same order, on any machine (the generator is
 * {@link SplittableRandom}, whose algorithm is specified).
 *
 * <p>Every method of measurement is there: barometers (CSAT 1–5 or NPS aggregates, customer effort 1–7 on
 * the EASY variables), consumer studies (Likert 1–5 and 1–7 aggregates with their standard deviation),
 * observations (share of customers served well, or one mystery shopper's Likert 1–5 rating), social
 * mentions and complaints (one text's sentiment, −1…1, usually with an emotion and its intensity) and
 * expert reviews (one expert's Likert 1–7 rating). Each item is observed at a random instant of the
 * year before {@code until}, for one of the four segments or none.
 *
 * <p>What customers live, on the 0–100 score, is the central target of the variable moved by a fixed
 * offset per touchpoint and variable (−7…+5, from the seed), except where a story is planted (see
 * {@link DemoBrand}): after-sales authenticity lived at {@value #AFTER_SALES_45_54} by the 45–54 (promised
 * {@link DemoBrand#AFTER_SALES_TARGET_45_54}) and {@value #AFTER_SALES_25_34} by the 25–34 (promised 75);
 * delivery lived at {@value #DELIVERY} (promised 72); online payment at {@value #PAYMENT} (promised 80).
 * Complaints are {@value #COMPLAINT_SHIFT} points gloomier than the rest.
 */
public final class DemoMeasurements {

    static final double AFTER_SALES_45_54 = 54;
    static final double AFTER_SALES_25_34 = 86;
    static final double AFTER_SALES_OTHERS = 74;
    static final double DELIVERY = 93;
    static final double PAYMENT = 42;
    static final double COMPLAINT_SHIFT = -20;

    private static final Duration YEAR = Duration.ofDays(365);

    private final DemoCatalogue catalogue;
    private final long seed;
    private final Instant until;
    private final List<SegmentSpec> segmentOrder = DemoBrand.SEGMENTS;
    private final Map<ExperienceVariable, Double> centralLevels = new EnumMap<>(ExperienceVariable.class);
    private final double[][] offsets;
    private final int totalWeight;

    public DemoMeasurements(DemoCatalogue catalogue, long seed, Instant until) {
        this.catalogue = catalogue;
        this.seed = seed;
        this.until = until.truncatedTo(ChronoUnit.SECONDS);
        for (CommitmentSpec c : DemoBrand.COMMITMENTS) {
            if (c.phase().isEmpty() && c.touchpoints().isEmpty()) {
                centralLevels.put(c.variable(), c.level());
            }
        }
        SplittableRandom personality = new SplittableRandom(seed ^ 0x5DEECE66DL);
        offsets = new double[catalogue.touchpoints().size()][ExperienceVariable.values().length];
        for (double[] row : offsets) {
            for (int v = 0; v < row.length; v++) {
                row[v] = -7 + 12 * personality.nextDouble();
            }
        }
        totalWeight = catalogue.touchpoints().stream()
                .mapToInt(t -> t.spec().weight())
                .sum();
    }

    /** The first {@code count} items, generated as they are consumed. */
    public Stream<MeasurementItem> items(long count) {
        Iterator<MeasurementItem> iterator = new Iterator<>() {
            private final SplittableRandom random = new SplittableRandom(seed);
            private long index;

            @Override
            public boolean hasNext() {
                return index < count;
            }

            @Override
            public MeasurementItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return item(index++, random);
            }
        };
        return StreamSupport.stream(
                Spliterators.spliterator(iterator, count, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** What customers of {@code segment} live at {@code touchpoint} on {@code variable}, on the 0–100 score. */
    double lived(int touchpoint, ExperienceVariable variable, Optional<SegmentSpec> segment) {
        DemoTouchpoint tp = catalogue.touchpoints().get(touchpoint);
        String name = tp.spec().name();
        if (name.equals(DemoBrand.ONLINE_PAYMENT) && variable == DemoBrand.PAYMENT_VARIABLE) {
            return PAYMENT;
        }
        if (name.equals(DemoBrand.HOME_DELIVERY) && variable == DemoBrand.DELIVERY_VARIABLE) {
            return DELIVERY;
        }
        if (tp.spec().phase() == JourneyPhase.AFTER_PURCHASE && variable == DemoBrand.AFTER_SALES_VARIABLE) {
            if (segment.equals(Optional.of(DemoBrand.AGED_45_54))) {
                return AFTER_SALES_45_54;
            }
            if (segment.equals(Optional.of(DemoBrand.AGED_25_34))) {
                return AFTER_SALES_25_34;
            }
            return AFTER_SALES_OTHERS;
        }
        return centralLevels.get(variable) + offsets[touchpoint][variable.ordinal()];
    }

    private MeasurementItem item(long index, SplittableRandom random) {
        int touchpoint = pickTouchpoint(random);
        DemoTouchpoint tp = catalogue.touchpoints().get(touchpoint);
        ExperienceVariable variable = pickVariable(tp, random);
        Optional<SegmentSpec> segment = pickSegment(random);
        MeasurementMethod method = pickMethod(random);
        Instant observedAt = until.minusSeconds(3_600 + random.nextLong(YEAR.toSeconds() - 3_600));
        double lived = lived(touchpoint, variable, segment);
        Optional<SegmentId> segmentId = segment.map(catalogue.segments()::get);
        String source = "GapLens demo (seed " + seed + "), " + source(method, observedAt);

        Reading reading = switch (method) {
            case BAROMETER -> barometer(variable, lived, random);
            case CONSUMER_STUDY -> consumerStudy(lived, random);
            case OBSERVATION -> observation(lived, random);
            case SOCIAL -> single("SENTIMENT", -1, 1, false, lived + 18 * random.nextGaussian(), 2);
            case COMPLAINT ->
                single("SENTIMENT", -1, 1, false, lived + COMPLAINT_SHIFT + 15 * random.nextGaussian(), 2);
            case EXPERT_REVIEW -> single("LIKERT_7", 1, 7, false, lived + 10 * random.nextGaussian(), 0);
        };
        double emotionChance = switch (method) {
            case SOCIAL -> 0.8;
            case COMPLAINT -> 0.9;
            case OBSERVATION -> reading.sampleSize().isEmpty() ? 0.3 : 0;
            default -> 0;
        };
        Optional<EmotionFields> emotion =
                random.nextDouble() < emotionChance ? Optional.of(emotion(reading.score(), random)) : Optional.empty();
        return new MeasurementFields(
                "demo-" + catalogue.brand().value() + "-" + index,
                catalogue.brand(),
                tp.id(),
                variable,
                segmentId,
                method,
                reading.scale(),
                reading.value(),
                reading.sampleSize(),
                reading.stdDev(),
                observedAt,
                emotion,
                Optional.of(source),
                Audience.CUSTOMER);
    }

    private int pickTouchpoint(SplittableRandom random) {
        int drawn = random.nextInt(totalWeight);
        List<DemoTouchpoint> touchpoints = catalogue.touchpoints();
        for (int i = 0; i < touchpoints.size(); i++) {
            drawn -= touchpoints.get(i).spec().weight();
            if (drawn < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights add up to " + totalWeight);
    }

    /** Half the time the variable a story is about, where there is one; otherwise any of the twelve. */
    private static ExperienceVariable pickVariable(DemoTouchpoint tp, SplittableRandom random) {
        String name = tp.spec().name();
        boolean focus = random.nextDouble() < 0.5;
        ExperienceVariable any = ExperienceVariable.values()[random.nextInt(ExperienceVariable.values().length)];
        if (!focus) {
            return any;
        }
        if (name.equals(DemoBrand.ONLINE_PAYMENT)) {
            return DemoBrand.PAYMENT_VARIABLE;
        }
        if (name.equals(DemoBrand.HOME_DELIVERY)) {
            return DemoBrand.DELIVERY_VARIABLE;
        }
        if (DemoBrand.AFTER_SALES_DESK.contains(name)) {
            return DemoBrand.AFTER_SALES_VARIABLE;
        }
        return any;
    }

    /** 28 % aged 25–34, 28 % aged 45–54, 10 % gift purchases, 9 % urgent repairs, 25 % no segment. */
    private Optional<SegmentSpec> pickSegment(SplittableRandom random) {
        double drawn = random.nextDouble();
        double[] shares = {0.28, 0.28, 0.10, 0.09};
        for (int i = 0; i < shares.length; i++) {
            drawn -= shares[i];
            if (drawn < 0) {
                return Optional.of(segmentOrder.get(i));
            }
        }
        return Optional.empty();
    }

    private static MeasurementMethod pickMethod(SplittableRandom random) {
        int drawn = random.nextInt(100);
        if (drawn < 30) {
            return MeasurementMethod.BAROMETER;
        }
        if (drawn < 45) {
            return MeasurementMethod.CONSUMER_STUDY;
        }
        if (drawn < 60) {
            return MeasurementMethod.OBSERVATION;
        }
        if (drawn < 80) {
            return MeasurementMethod.SOCIAL;
        }
        if (drawn < 90) {
            return MeasurementMethod.COMPLAINT;
        }
        return MeasurementMethod.EXPERT_REVIEW;
    }

    /** A barometer wave: customer effort (1–7, lower is better) on EASY variables, else CSAT 1–5 or NPS. */
    private static Reading barometer(ExperienceVariable variable, double lived, SplittableRandom random) {
        int respondents = 30 + random.nextInt(271);
        double mean = lived + 3 * random.nextGaussian();
        if (variable.dimension() == PerceptionDimension.EASY) {
            return aggregate("CES_7", 1, 7, true, mean, respondents, 1.0 + 0.6 * random.nextDouble());
        }
        if (random.nextDouble() < 0.6) {
            return aggregate("CSAT_5", 1, 5, false, mean, respondents, 0.8 + 0.4 * random.nextDouble());
        }
        return aggregate("NPS", -100, 100, false, mean, respondents, Double.NaN);
    }

    private static Reading consumerStudy(double lived, SplittableRandom random) {
        int respondents = 100 + random.nextInt(501);
        double mean = lived + 2 * random.nextGaussian();
        if (random.nextBoolean()) {
            return aggregate("LIKERT_5", 1, 5, false, mean, respondents, 0.9 + 0.5 * random.nextDouble());
        }
        return aggregate("LIKERT_7", 1, 7, false, mean, respondents, 1.2 + 0.6 * random.nextDouble());
    }

    /** The share of customers served well on a visit (an aggregate), or one mystery shopper's rating. */
    private static Reading observation(double lived, SplittableRandom random) {
        if (random.nextBoolean()) {
            return aggregate(
                    "PERCENT", 0, 100, false, lived + 4 * random.nextGaussian(), 20 + random.nextInt(181), Double.NaN);
        }
        return single("LIKERT_5", 1, 5, false, lived + 15 * random.nextGaussian(), 0);
    }

    private static EmotionFields emotion(double score, SplittableRandom random) {
        double drawn = random.nextDouble();
        Emotion emotion;
        if (score >= 65) {
            emotion = drawn < 0.5 ? Emotion.JOY : drawn < 0.8 ? Emotion.TRUST : Emotion.SURPRISE;
        } else if (score <= 45) {
            emotion = drawn < 0.5 ? Emotion.FRUSTRATION : drawn < 0.75 ? Emotion.ANGER : Emotion.ANXIETY;
        } else {
            emotion = drawn < 0.4 ? Emotion.SURPRISE : drawn < 0.7 ? Emotion.TRUST : Emotion.FRUSTRATION;
        }
        double intensity = Math.min(1, 0.2 + Math.abs(score - 55) / 55 + 0.1 * random.nextDouble());
        return new EmotionFields(emotion, round(intensity, 2));
    }

    private static String source(MeasurementMethod method, Instant observedAt) {
        YearMonth month = YearMonth.from(observedAt.atZone(ZoneOffset.UTC));
        return switch (method) {
            case BAROMETER -> "barometer wave " + month;
            case CONSUMER_STUDY -> "consumer study " + month;
            case OBSERVATION -> "field observation " + month;
            case SOCIAL -> "social listening " + month;
            case COMPLAINT -> "complaint file " + month;
            case EXPERT_REVIEW -> "expert review " + month;
        };
    }

    /** An aggregate of {@code n} answers whose mean scores {@code score} (clamped to 0–100). */
    private static Reading aggregate(
            String scale, double min, double max, boolean lowerIsBetter, double score, int n, double stdDev) {
        double clamped = clamp(score);
        double value = round(native_(min, max, lowerIsBetter, clamped), 2);
        return new Reading(
                scale,
                value,
                OptionalInt.of(n),
                Double.isNaN(stdDev) ? OptionalDouble.empty() : OptionalDouble.of(round(stdDev, 2)),
                clamped);
    }

    /** One answer scoring about {@code score}, rounded to the scale's steps ({@code decimals} 0: whole points). */
    private static Reading single(
            String scale, double min, double max, boolean lowerIsBetter, double score, int decimals) {
        double clamped = clamp(score);
        double value = round(native_(min, max, lowerIsBetter, clamped), decimals);
        return new Reading(scale, value, OptionalInt.empty(), OptionalDouble.empty(), clamped);
    }

    private static double native_(double min, double max, boolean lowerIsBetter, double score) {
        double share = score / 100;
        return lowerIsBetter ? max - share * (max - min) : min + share * (max - min);
    }

    private static double clamp(double score) {
        return Math.max(0, Math.min(100, score));
    }

    private static double round(double value, int decimals) {
        double factor = Math.pow(10, decimals);
        double rounded = Math.round(value * factor) / factor;
        return rounded == 0 ? 0 : rounded;
    }

    /** A reading in native units, and the score it was drawn from (for the emotion). */
    private record Reading(String scale, double value, OptionalInt sampleSize, OptionalDouble stdDev, double score) {}
}
