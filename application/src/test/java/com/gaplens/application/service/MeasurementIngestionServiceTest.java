package com.gaplens.application.service;

import static com.gaplens.domain.testdata.DomainFailures.assertFailsWithoutField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.application.port.in.ArchiveBrandUseCase.ArchiveBrandCommand;
import com.gaplens.application.port.in.ArchiveScaleUseCase.ArchiveScaleCommand;
import com.gaplens.application.port.in.ArchiveSegmentUseCase.ArchiveSegmentCommand;
import com.gaplens.application.port.in.ArchiveTouchpointUseCase.ArchiveTouchpointCommand;
import com.gaplens.application.port.in.DefineScaleUseCase.DefineScaleCommand;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.Accepted;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.Conflict;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.Duplicate;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.EmotionFields;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.MeasurementFields;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.MeasurementItem;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.MeasurementOutcome;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.RecordMeasurementsCommand;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.RecordMeasurementsReport;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.Rejected;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.Totals;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.UnreadableItem;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.application.port.out.fake.InMemoryMeasurementRepository;
import com.gaplens.application.port.out.fake.InMemoryRollups;
import com.gaplens.application.port.out.fake.InMemoryScaleRepository;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.measurement.Emotion;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.scale.Direction;
import com.gaplens.domain.scale.ScaleCode;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.ErrorKind;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.Touchpoint;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MeasurementIngestionServiceTest {

    private static final TenantId TENANT = new TenantId("acme");
    private static final Instant NOW = CatalogueHarness.NOW;
    private static final Instant OBSERVED = NOW.minus(Duration.ofDays(2));

    private final CatalogueHarness catalogue = new CatalogueHarness();
    private final InMemoryScaleRepository scaleRepository = new InMemoryScaleRepository();
    private final ScaleService scales = new ScaleService(scaleRepository);
    private final InMemoryMeasurementRepository measurements = new InMemoryMeasurementRepository();
    private final InMemoryRollups rollups = new InMemoryRollups(measurements, catalogue.clock);
    private final MeasurementIngestionService service = new MeasurementIngestionService(
            measurements,
            catalogue.brandRepository,
            catalogue.touchpointRepository,
            catalogue.segmentRepository,
            scales,
            catalogue.targetRepository,
            catalogue.variantRepository,
            rollups.writer,
            catalogue.clock,
            new IngestionLimits(10, Duration.ofMinutes(5)));

    private final Brand brand = catalogue.brand(TENANT, "Maison Lumen");
    private final Touchpoint checkout =
            catalogue.touchpoint(TENANT, brand.id(), "Checkout", JourneyPhase.PURCHASE, Channel.STORE);
    private final Segment over45 = catalogue.segment(TENANT, brand.id(), "Over 45");
    private final Brand otherBrand = catalogue.brand(TENANT, "Other brand");
    private final Touchpoint otherCheckout =
            catalogue.touchpoint(TENANT, otherBrand.id(), "Checkout", JourneyPhase.PURCHASE, Channel.WEB);
    private final Segment otherSegment = catalogue.segment(TENANT, otherBrand.id(), "Young");

    /** A single CSAT_5 answer of 4 at the checkout: score 100·(4 − 1)/(5 − 1) = 75. */
    private MeasurementFields item(String externalId, UnaryOperator<Fields> changes) {
        return changes.apply(new Fields(externalId)).build();
    }

    private MeasurementFields item(String externalId) {
        return item(externalId, f -> f);
    }

    private final class Fields {
        String externalId;
        BrandId brandId = brand.id();
        TouchpointId touchpointId = checkout.id();
        Optional<SegmentId> segmentId = Optional.empty();
        String scale = "CSAT_5";
        double value = 4;
        OptionalInt sampleSize = OptionalInt.empty();
        OptionalDouble stdDev = OptionalDouble.empty();
        Instant observedAt = OBSERVED;
        Optional<EmotionFields> emotion = Optional.empty();
        Optional<String> sourceReference = Optional.empty();
        Audience audience = Audience.CUSTOMER;

        Fields(String externalId) {
            this.externalId = externalId;
        }

        Fields with(java.util.function.Consumer<Fields> change) {
            change.accept(this);
            return this;
        }

        MeasurementFields build() {
            return new MeasurementFields(
                    externalId,
                    brandId,
                    touchpointId,
                    ExperienceVariable.ACCESS_EASY,
                    segmentId,
                    MeasurementMethod.BAROMETER,
                    scale,
                    value,
                    sampleSize,
                    stdDev,
                    observedAt,
                    emotion,
                    sourceReference,
                    audience);
        }
    }

    private RecordMeasurementsReport record(MeasurementItem... items) {
        return service.recordMeasurements(new RecordMeasurementsCommand(TENANT, Arrays.asList(items)));
    }

    private static void assertRejected(MeasurementOutcome outcome, ErrorKind code, String reason, String field) {
        assertThat(outcome).isInstanceOf(Rejected.class);
        Rejected rejected = (Rejected) outcome;
        assertThat(rejected.code()).isEqualTo(code);
        assertThat(rejected.reason()).isEqualTo(reason);
        assertThat(rejected.field()).contains(field);
        assertThat(rejected.message()).isNotBlank();
    }

    private MeasurementOutcome recordOne(MeasurementFields item) {
        RecordMeasurementsReport report = record(item);
        assertThat(report.items()).hasSize(1);
        return report.items().getFirst();
    }

    @Test
    void aValidMeasurementIsAcceptedAndStoredWithItsContribution() {
        RecordMeasurementsReport report = record(item("m-1"));

        assertThat(report.items()).containsExactly(new Accepted(0, Optional.of("m-1")));
        assertThat(report.totals()).isEqualTo(new Totals(1, 0, 0, 0));
        List<RecordedMeasurement> stored = measurements.streamAll(TENANT).toList();
        assertThat(stored).hasSize(1);
        RecordedMeasurement recorded = stored.getFirst();
        assertThat(recorded.normalised().weight()).isEqualTo(1);
        assertThat(recorded.normalised().score()).isEqualTo(75.0); // 100·(4 − 1)/(5 − 1)
        assertThat(recorded.normalised().dispersion()).isZero();
        assertThat(recorded.phase()).isEqualTo(JourneyPhase.PURCHASE);
        assertThat(recorded.channel()).isEqualTo(Channel.STORE);
        assertThat(recorded.recordedAt()).isEqualTo(NOW);
    }

    @Test
    void anAggregateOnATenantScaleIsNormalisedWithItsScale() {
        scales.defineScale(new DefineScaleCommand(
                TENANT,
                new ScaleCode("WAIT_MINUTES"),
                "Minutes",
                0,
                60,
                Direction.LOWER_IS_BETTER,
                false,
                OptionalDouble.empty()));

        MeasurementOutcome outcome = recordOne(item(
                "m-1",
                f -> f.with(x -> {
                    x.scale = "WAIT_MINUTES";
                    x.value = 15;
                    x.sampleSize = OptionalInt.of(40);
                    x.stdDev = OptionalDouble.of(6);
                    x.segmentId = Optional.of(over45.id());
                    x.emotion = Optional.of(new EmotionFields(Emotion.ANXIETY, 0.5));
                })));

        assertThat(outcome).isInstanceOf(Accepted.class);
        RecordedMeasurement recorded = measurements.streamAll(TENANT).toList().getFirst();
        assertThat(recorded.normalised().weight()).isEqualTo(40);
        assertThat(recorded.normalised().score()).isCloseTo(75.0, within(1e-12)); // 100·(60 − 15)/60
        assertThat(recorded.normalised().dispersion()).isCloseTo(10.0, within(1e-12)); // 100·6/60
        assertThat(recorded.measurement().segment()).contains(over45.id());
    }

    @Test
    void unknownReferencesAreRejectedAsNotFound() {
        assertRejected(
                recordOne(item("m-1", f -> f.with(x -> x.brandId = new BrandId("nope")))),
                ErrorKind.NOT_FOUND,
                "BRAND_NOT_FOUND",
                "brandId");
        assertRejected(
                recordOne(item("m-2", f -> f.with(x -> x.touchpointId = new TouchpointId("nope")))),
                ErrorKind.NOT_FOUND,
                "TOUCHPOINT_NOT_FOUND",
                "touchpointId");
        assertRejected(
                recordOne(item("m-3", f -> f.with(x -> x.segmentId = Optional.of(new SegmentId("nope"))))),
                ErrorKind.NOT_FOUND,
                "SEGMENT_NOT_FOUND",
                "segmentId");
        assertRejected(
                recordOne(item("m-4", f -> f.with(x -> x.scale = "NOPE_10"))),
                ErrorKind.NOT_FOUND,
                "SCALE_NOT_FOUND",
                "scale");
        assertRejected(
                recordOne(item("m-5", f -> f.with(x -> x.scale = "not a code"))),
                ErrorKind.VALIDATION,
                "MALFORMED_SCALE_CODE",
                "scale");
        assertThat(measurements.count(TENANT)).isZero();
    }

    @Test
    void aTouchpointOrSegmentOfAnotherBrandIsNotFound() {
        assertRejected(
                recordOne(item("m-1", f -> f.with(x -> x.touchpointId = otherCheckout.id()))),
                ErrorKind.NOT_FOUND,
                "TOUCHPOINT_NOT_FOUND",
                "touchpointId");
        assertRejected(
                recordOne(item("m-2", f -> f.with(x -> x.segmentId = Optional.of(otherSegment.id())))),
                ErrorKind.NOT_FOUND,
                "SEGMENT_NOT_FOUND",
                "segmentId");
    }

    @Test
    void anotherTenantsCatalogueIsNotFound() {
        TenantId other = new TenantId("other");
        RecordMeasurementsReport report =
                service.recordMeasurements(new RecordMeasurementsCommand(other, List.of(item("m-1"))));

        assertRejected(report.items().getFirst(), ErrorKind.NOT_FOUND, "BRAND_NOT_FOUND", "brandId");
    }

    @Test
    void archivedReferencesAreRejected() {
        Touchpoint closed =
                catalogue.touchpoint(TENANT, brand.id(), "Closed shop", JourneyPhase.PURCHASE, Channel.STORE);
        catalogue.touchpoints.archiveTouchpoint(new ArchiveTouchpointCommand(TENANT, closed.id(), closed.version()));
        Segment gone = catalogue.segment(TENANT, brand.id(), "Gone");
        catalogue.segments.archiveSegment(new ArchiveSegmentCommand(TENANT, gone.id(), gone.version()));
        var scale = scales.defineScale(new DefineScaleCommand(
                TENANT,
                new ScaleCode("OLD_SCALE"),
                "Old",
                0,
                10,
                Direction.HIGHER_IS_BETTER,
                false,
                OptionalDouble.empty()));
        scales.archiveScale(new ArchiveScaleCommand(TENANT, scale.code(), scale.version()));
        Brand retired = catalogue.brand(TENANT, "Retired");
        Touchpoint retiredShop =
                catalogue.touchpoint(TENANT, retired.id(), "Shop", JourneyPhase.PURCHASE, Channel.STORE);
        catalogue.brands.archiveBrand(new ArchiveBrandCommand(TENANT, retired.id(), retired.version()));

        RecordMeasurementsReport report = record(
                item("m-1", f -> f.with(x -> x.touchpointId = closed.id())),
                item("m-2", f -> f.with(x -> x.segmentId = Optional.of(gone.id()))),
                item("m-3", f -> f.with(x -> x.scale = "OLD_SCALE")),
                item(
                        "m-4",
                        f -> f.with(x -> {
                            x.brandId = retired.id();
                            x.touchpointId = retiredShop.id();
                        })));

        assertRejected(report.items().get(0), ErrorKind.VALIDATION, "ARCHIVED_REFERENCE", "touchpointId");
        assertRejected(report.items().get(1), ErrorKind.VALIDATION, "ARCHIVED_REFERENCE", "segmentId");
        assertRejected(report.items().get(2), ErrorKind.VALIDATION, "ARCHIVED_REFERENCE", "scale");
        assertRejected(report.items().get(3), ErrorKind.VALIDATION, "ARCHIVED_REFERENCE", "brandId");
        assertThat(report.totals()).isEqualTo(new Totals(0, 0, 0, 4));
    }

    @Test
    void readingsThatDoNotFitAreRejectedWithTheFieldToBlame() {
        RecordMeasurementsReport report = record(
                item("value", f -> f.with(x -> x.value = 5.5)),
                item("sample", f -> f.with(x -> x.sampleSize = OptionalInt.of(0))),
                item(
                        "sd",
                        f -> f.with(x -> {
                            x.sampleSize = OptionalInt.of(10);
                            x.stdDev = OptionalDouble.of(-0.5);
                        })),
                item("intensity", f -> f.with(x -> x.emotion = Optional.of(new EmotionFields(Emotion.JOY, 1.2)))),
                item(
                        "future",
                        f -> f.with(x ->
                                x.observedAt = NOW.plus(Duration.ofMinutes(5)).plusMillis(1))),
                item("x".repeat(256)),
                item(" "),
                item("source", f -> f.with(x -> x.sourceReference = Optional.of("s".repeat(2_001)))));

        assertRejected(report.items().get(0), ErrorKind.VALIDATION, "VALUE_OUT_OF_SCALE", "value");
        assertRejected(report.items().get(1), ErrorKind.VALIDATION, "SAMPLE_SIZE_TOO_SMALL", "sampleSize");
        assertRejected(report.items().get(2), ErrorKind.VALIDATION, "STD_DEV_INVALID", "stdDev");
        assertRejected(
                report.items().get(3), ErrorKind.VALIDATION, "EMOTION_INTENSITY_OUT_OF_RANGE", "emotion.intensity");
        assertRejected(report.items().get(4), ErrorKind.VALIDATION, "OBSERVED_IN_FUTURE", "observedAt");
        assertRejected(report.items().get(5), ErrorKind.VALIDATION, "TOO_LONG", "externalId");
        assertRejected(report.items().get(6), ErrorKind.VALIDATION, "BLANK", "externalId");
        assertRejected(report.items().get(7), ErrorKind.VALIDATION, "TOO_LONG", "sourceReference");
        assertThat(report.items()).extracting(MeasurementOutcome::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(measurements.count(TENANT)).isZero();
    }

    @Test
    void theFutureToleranceAndTheEdgesOfTheScaleAreAccepted() {
        RecordMeasurementsReport report = record(
                item("at-tolerance", f -> f.with(x -> x.observedAt = NOW.plus(Duration.ofMinutes(5)))),
                item("at-min", f -> f.with(x -> x.value = 1)),
                item("at-max", f -> f.with(x -> x.value = 5)),
                item("intensity-1", f -> f.with(x -> x.emotion = Optional.of(new EmotionFields(Emotion.JOY, 1)))),
                item("id-255", f -> f.with(x -> x.externalId = "y".repeat(255))));

        assertThat(report.totals()).isEqualTo(new Totals(5, 0, 0, 0));
    }

    @Test
    void anUnreadableItemIsRejectedWithTheAdaptersFailure() {
        RecordMeasurementsReport report = record(
                new UnreadableItem(
                        Optional.of("m-0"),
                        new NotFoundException("UNKNOWN_ID", "brandId", "no object has the id given")),
                item("m-1"));

        assertRejected(report.items().get(0), ErrorKind.NOT_FOUND, "UNKNOWN_ID", "brandId");
        assertThat(report.items().get(0).externalId()).contains("m-0");
        assertThat(report.items().get(1)).isEqualTo(new Accepted(1, Optional.of("m-1")));
    }

    @Test
    void replayingABatchGivesDuplicatesAndWritesNothing() {
        MeasurementItem[] batch = {
            item("m-1"), item("m-2", f -> f.with(x -> x.value = 2)), item("bad", f -> f.with(x -> x.value = 9))
        };
        record(batch);
        int insertsBefore = measurements.inserts();

        RecordMeasurementsReport replay = record(batch);

        assertThat(replay.items().subList(0, 2))
                .containsExactly(new Duplicate(0, Optional.of("m-1")), new Duplicate(1, Optional.of("m-2")));
        assertRejected(replay.items().get(2), ErrorKind.VALIDATION, "VALUE_OUT_OF_SCALE", "value");
        assertThat(replay.totals()).isEqualTo(new Totals(0, 2, 0, 1));
        assertThat(measurements.inserts()).isEqualTo(insertsBefore);
        assertThat(measurements.count(TENANT)).isEqualTo(2);
    }

    @Test
    void theSameIdWithOtherContentIsAConflictAndNothingIsOverwritten() {
        record(item("m-1"));

        RecordMeasurementsReport report = record(item("m-1", f -> f.with(x -> x.value = 3)));

        assertThat(report.items()).containsExactly(new Conflict(0, Optional.of("m-1")));
        assertThat(measurements
                        .findByExternalIds(TENANT, java.util.Set.of(new ExternalId("m-1")))
                        .get(new ExternalId("m-1"))
                        .reading()
                        .value())
                .isEqualTo(4.0);
    }

    @Test
    void aRepeatWithinOneBatchIsADuplicateOrAConflictOfItsFirstOccurrence() {
        RecordMeasurementsReport report = record(
                item("m-1"),
                item("m-1"),
                item("m-1", f -> f.with(x -> x.value = 2)),
                item("m-2", f -> f.with(x -> x.value = 42)), // rejected: the next m-2 is the first valid one
                item("m-2"),
                item("m-2"));

        assertThat(report.items().get(0)).isEqualTo(new Accepted(0, Optional.of("m-1")));
        assertThat(report.items().get(1)).isEqualTo(new Duplicate(1, Optional.of("m-1")));
        assertThat(report.items().get(2)).isEqualTo(new Conflict(2, Optional.of("m-1")));
        assertRejected(report.items().get(3), ErrorKind.VALIDATION, "VALUE_OUT_OF_SCALE", "value");
        assertThat(report.items().get(4)).isEqualTo(new Accepted(4, Optional.of("m-2")));
        assertThat(report.items().get(5)).isEqualTo(new Duplicate(5, Optional.of("m-2")));
        assertThat(report.totals()).isEqualTo(new Totals(2, 2, 1, 1));
        assertThat(measurements.count(TENANT)).isEqualTo(2);
    }

    @Test
    void aMixedBatchReportsEachItemInInputOrderAndRecordsTheGoodOnes() {
        record(item("old-same"), item("old-other"));

        RecordMeasurementsReport report = record(
                item("new-1"),
                item("old-same"),
                item("bad", f -> f.with(x -> x.touchpointId = new TouchpointId("nope"))),
                item("old-other", f -> f.with(x -> x.value = 1)),
                item("new-2", f -> f.with(x -> x.segmentId = Optional.of(over45.id()))));

        assertThat(report.items().get(0)).isEqualTo(new Accepted(0, Optional.of("new-1")));
        assertThat(report.items().get(1)).isEqualTo(new Duplicate(1, Optional.of("old-same")));
        assertRejected(report.items().get(2), ErrorKind.NOT_FOUND, "TOUCHPOINT_NOT_FOUND", "touchpointId");
        assertThat(report.items().get(2).externalId()).contains("bad");
        assertThat(report.items().get(3)).isEqualTo(new Conflict(3, Optional.of("old-other")));
        assertThat(report.items().get(4)).isEqualTo(new Accepted(4, Optional.of("new-2")));
        assertThat(report.totals()).isEqualTo(new Totals(2, 1, 1, 1));
        assertThat(measurements.count(TENANT)).isEqualTo(4);
    }

    @Test
    void aBatchIsLookedUpOnceAndInsertedOnceWhateverItsSize() {
        int lookupsBefore = measurements.lookups();
        int insertsBefore = measurements.inserts();

        RecordMeasurementsReport report =
                record(IntStream.range(0, 10).mapToObj(i -> item("m-" + i)).toArray(MeasurementItem[]::new));

        assertThat(report.totals().accepted()).isEqualTo(10);
        assertThat(measurements.lookups() - lookupsBefore).isEqualTo(1);
        assertThat(measurements.inserts() - insertsBefore).isEqualTo(1);
    }

    @Test
    void anIdStoredConcurrentlyBetweenLookupAndInsertIsJudgedAgainstWhatWasStored() {
        // given a batch of three, two of whose ids another writer stores just before our insert
        RecordMeasurementsReport first = record(item("seed-same"), item("seed-other", f -> f.with(x -> x.value = 1)));
        assertThat(first.totals().accepted()).isEqualTo(2);
        List<RecordedMeasurement> seeds = measurements.streamAll(TENANT).toList();
        InMemoryMeasurementRepository racing = new InMemoryMeasurementRepository();
        MeasurementIngestionService raced = new MeasurementIngestionService(
                racing,
                catalogue.brandRepository,
                catalogue.touchpointRepository,
                catalogue.segmentRepository,
                scales,
                catalogue.targetRepository,
                catalogue.variantRepository,
                new InMemoryRollups(racing, catalogue.clock).writer,
                catalogue.clock,
                IngestionLimits.defaults());
        seeds.forEach(seed -> racing.storedConcurrentlyBeforeNextInsert(seed));

        RecordMeasurementsReport report = raced.recordMeasurements(new RecordMeasurementsCommand(
                TENANT,
                List.of(
                        item("seed-same"),
                        item("seed-other"),
                        item("seed-other", f -> f.with(x -> x.value = 1)),
                        item("fresh"))));

        assertThat(report.items())
                .containsExactly(
                        new Duplicate(0, Optional.of("seed-same")),
                        new Conflict(1, Optional.of("seed-other")),
                        new Duplicate(2, Optional.of("seed-other")),
                        new Accepted(3, Optional.of("fresh")));
        assertThat(racing.count(TENANT)).isEqualTo(3);
    }

    @Test
    void aBatchOverTheLimitIsRefusedWholeBeforeAnythingIsReadOrWritten() {
        List<MeasurementItem> eleven = new ArrayList<>(IntStream.range(0, 11)
                .mapToObj(i -> (MeasurementItem) item("m-" + i))
                .toList());
        int lookupsBefore = measurements.lookups();

        assertFailsWithoutField(
                () -> service.recordMeasurements(new RecordMeasurementsCommand(TENANT, eleven)),
                InvalidInputException.class,
                "BATCH_TOO_LARGE");

        assertThat(measurements.lookups()).isEqualTo(lookupsBefore);
        assertThat(measurements.count(TENANT)).isZero();
        assertThat(record(Stream.of(eleven.subList(0, 10)).flatMap(List::stream).toArray(MeasurementItem[]::new))
                        .totals()
                        .accepted())
                .isEqualTo(10);
    }

    @Test
    void anEmptyBatchIsAnEmptyReport() {
        RecordMeasurementsReport report = record();

        assertThat(report.items()).isEmpty();
        assertThat(report.totals()).isEqualTo(new Totals(0, 0, 0, 0));
    }
}
