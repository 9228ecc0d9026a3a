package com.gaplens.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapCell;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.port.in.GetEffectiveTargetUseCase.GetEffectiveTargetQuery;
import com.gaplens.application.port.in.ReadGapViewsUseCase.ViewQuery;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.MeasurementFields;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.MeasurementItem;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.Totals;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.application.port.out.fake.InMemoryMeasurementRepository;
import com.gaplens.application.port.out.fake.InMemoryRollups;
import com.gaplens.application.port.out.fake.InMemoryScaleRepository;
import com.gaplens.application.service.CatalogueHarness;
import com.gaplens.application.service.CatalogueRepositories;
import com.gaplens.application.service.GapViewsService;
import com.gaplens.application.service.IngestionLimits;
import com.gaplens.application.service.MeasurementIngestionService;
import com.gaplens.application.service.ScaleService;
import com.gaplens.bootstrap.demo.DemoBrand.CommitmentSpec;
import com.gaplens.bootstrap.demo.DemoBrand.SegmentSpec;
import com.gaplens.bootstrap.demo.DemoDataLoader.DemoSettings;
import com.gaplens.bootstrap.demo.DemoDataLoader.LoadReport;
import com.gaplens.bootstrap.demo.DemoDataLoader.Progress;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.gap.SeverityThresholds;
import com.gaplens.domain.measurement.Measurement;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.segment.SegmentKind;
import com.gaplens.domain.target.Commitment;
import com.gaplens.domain.target.EffectiveTarget;
import com.gaplens.domain.target.PromiseMatch;
import com.gaplens.domain.target.Provenance;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo, loaded through the use cases on the application's in-memory fakes, judged as the gap views
 * will judge it: each measurement mapped to the commitment its segment's effective target promises.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataLoaderTest {

    private static final TenantId TENANT = new TenantId("demo");
    private static final Instant UNTIL = CatalogueHarness.NOW;
    private static final int COUNT = 12_000;

    private final CatalogueHarness harness = new CatalogueHarness();
    private final InMemoryMeasurementRepository measurements = new InMemoryMeasurementRepository();
    private final InMemoryRollups rollups = new InMemoryRollups(measurements, harness.clock);
    private final MeasurementIngestionService ingestion = new MeasurementIngestionService(
            measurements,
            harness.brandRepository,
            harness.touchpointRepository,
            harness.segmentRepository,
            new ScaleService(new InMemoryScaleRepository()),
            harness.targetRepository,
            harness.variantRepository,
            rollups.writer,
            harness.clock,
            new IngestionLimits(5_000, Duration.ofMinutes(5)));
    private final DemoDataLoader loader = new DemoDataLoader(
            harness.brands,
            harness.segments,
            harness.touchpoints,
            harness.targets,
            harness.targets,
            harness.variants,
            harness.variants,
            ingestion,
            5_000);

    private final List<Progress> progress = new ArrayList<>();
    private LoadReport report;
    private List<RecordedMeasurement> recorded;

    @BeforeAll
    void loadTheDemo() {
        report = loader.load(TENANT, new DemoSettings(DemoBrand.DEFAULT_NAME, COUNT, 42, UNTIL), progress::add);
        try (var all = measurements.streamAll(TENANT)) {
            recorded = all.toList();
        }
    }

    @Test
    void recordsEveryMeasurementInBatchesOfFiveThousand() {
        assertThat(report.totals()).isEqualTo(new Totals(COUNT, 0, 0, 0));
        assertThat(recorded).hasSize(COUNT);
        assertThat(progress).extracting(Progress::sent).containsExactly(5_000L, 10_000L, 12_000L);
        assertThat(measurements.inserts()).isEqualTo(3);
    }

    @Test
    void theSameSeedGivesTheSameItemsAndAnotherSeedOthers() {
        DemoCatalogue catalogue = report.catalogue();
        List<MeasurementItem> first =
                new DemoMeasurements(catalogue, 42, UNTIL).items(2_000).toList();
        List<MeasurementItem> again =
                new DemoMeasurements(catalogue, 42, UNTIL).items(2_000).toList();
        List<MeasurementItem> other =
                new DemoMeasurements(catalogue, 43, UNTIL).items(2_000).toList();

        assertThat(again).isEqualTo(first);
        assertThat(other).hasSize(2_000).isNotEqualTo(first);
        assertThat(new DemoMeasurements(catalogue, 42, UNTIL).items(COUNT).toList())
                .extracting(item -> ((MeasurementFields) item).externalId())
                .containsExactlyInAnyOrderElementsOf(
                        recorded.stream().map(r -> r.externalId().value()).toList());
    }

    @Test
    void theBrandStandsOnSimplicityAuthenticityAndConviviality() {
        var brand =
                harness.brandRepository.find(TENANT, report.catalogue().brand()).orElseThrow();
        assertThat(brand.values())
                .extracting(v -> v.name().value())
                .containsExactly("Simplicity", "Authenticity", "Conviviality");
    }

    @Test
    void segmentsByAgeBandAndBySituation() {
        Map<SegmentSpec, SegmentId> segments = report.catalogue().segments();
        assertThat(segments.keySet())
                .extracting(SegmentSpec::name, SegmentSpec::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("25–34", SegmentKind.PROFILE),
                        org.assertj.core.groups.Tuple.tuple("45–54", SegmentKind.PROFILE),
                        org.assertj.core.groups.Tuple.tuple("Gift purchase", SegmentKind.SITUATION),
                        org.assertj.core.groups.Tuple.tuple("Urgent repair", SegmentKind.SITUATION));
    }

    @Test
    void thirtyTouchpointsOverTheFivePhasesAndSeveralChannels() {
        var touchpoints = report.catalogue().touchpoints();
        assertThat(touchpoints).hasSize(30);
        assertThat(touchpoints.stream().map(t -> t.spec().phase()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(JourneyPhase.values());
        assertThat(touchpoints.stream().map(t -> t.spec().channel()).distinct().count())
                .isGreaterThanOrEqualTo(8);
        assertThat(recorded.stream()
                        .map(r -> r.measurement().touchpoint())
                        .distinct()
                        .count())
                .isEqualTo(30);
    }

    @Test
    void thePromiseCoversTheTwelveVariablesAndIsInForceFromAYearAgo() {
        EffectiveTarget central = effectiveTarget(Optional.empty(), UNTIL);
        assertThat(central.applying().stream()
                        .map(c -> c.commitment().variable())
                        .distinct()
                        .count())
                .isEqualTo(12);
        assertThat(central.applying()).hasSize(DemoBrand.COMMITMENTS.size());
        assertThat(report.catalogue().inForceFrom()).isEqualTo(UNTIL.minus(Duration.ofDays(366)));
        assertThat(effectiveTarget(Optional.empty(), UNTIL.minus(Duration.ofDays(367))))
                .isNull();
        Commitment afterSales45 = commitment(Optional.of(DemoBrand.AGED_45_54), DemoBrand.AFTER_SALES_AUTHENTICITY);
        assertThat(afterSales45.targetLevel().value()).isEqualTo(80);
        assertThat(afterSales45.wording().text()).isEqualTo(DemoBrand.AFTER_SALES_WORDING_45_54);
        var gift = effectiveTarget(Optional.of(DemoBrand.GIFT), UNTIL);
        assertThat(gift.applying())
                .filteredOn(c -> c.provenance() == Provenance.ADDED)
                .hasSize(1);
        var repair = effectiveTarget(Optional.of(DemoBrand.URGENT_REPAIR), UNTIL);
        assertThat(repair.applying())
                .filteredOn(c -> c.provenance() == Provenance.ADDED)
                .hasSize(1);
        assertThat(repair.applying()).hasSize(DemoBrand.COMMITMENTS.size());
    }

    @Test
    void everyCommitmentOfTheDemoIsLabelledByItsWordingInTheGapViewsAddedOnesToo() {
        GapViewsService views = new GapViewsService(
                rollups.store,
                new CatalogueRepositories(
                        harness.brandRepository,
                        harness.touchpointRepository,
                        harness.segmentRepository,
                        harness.targetRepository,
                        harness.variantRepository),
                SeverityThresholds.DEFAULT);

        List<GapCell> byCommitment = views
                .groups(new ViewQuery(TENANT, GapFilter.everything()), CellGrouping.by(GapDimension.COMMITMENT))
                .stream()
                .filter(cell -> cell.keys().containsKey(GapDimension.COMMITMENT))
                .toList();

        // each by its wording: the central commitments', and those the variants add (gift wrapping, urgent repair)
        Set<String> central = new java.util.HashSet<>();
        harness.targetRepository
                .find(TENANT, report.catalogue().targetExperience())
                .orElseThrow()
                .latestVersion()
                .orElseThrow()
                .commitments()
                .forEach(c -> central.add(c.wording().text()));
        Set<String> added = new java.util.HashSet<>();
        harness.variantRepository
                .list(
                        TENANT,
                        com.gaplens.application.listing.SegmentVariantFilter.all(),
                        com.gaplens.application.listing.PageRequest.first(100))
                .items()
                .forEach(v -> v.latestVersion()
                        .orElseThrow()
                        .adjustments()
                        .additions()
                        .forEach(c -> added.add(c.wording().text())));
        List<String> labels = byCommitment.stream()
                .map(cell -> cell.keys().get(GapDimension.COMMITMENT).label().orElse("(none)"))
                .toList();
        assertThat(added).hasSize(2);
        assertThat(labels).containsAll(added);
        Set<String> wordings = new java.util.HashSet<>(central);
        wordings.addAll(added);
        assertThat(labels).allSatisfy(label -> assertThat(wordings).contains(label));
    }

    @Test
    void everyMethodSeveralScalesSinglesAndAggregatesAndEmotions() {
        List<Measurement> all =
                recorded.stream().map(RecordedMeasurement::measurement).toList();
        assertThat(all.stream().map(Measurement::method).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(MeasurementMethod.values());
        assertThat(all.stream().map(m -> m.scale().value()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("CSAT_5", "NPS", "CES_7", "LIKERT_5", "LIKERT_7", "PERCENT", "SENTIMENT");
        assertThat(recorded).anyMatch(r -> r.normalised().weight() == 1);
        assertThat(recorded).anyMatch(r -> r.normalised().weight() > 100);
        var emotions = all.stream().flatMap(m -> m.emotion().stream()).toList();
        assertThat(emotions.size()).isBetween(COUNT / 5, COUNT / 2);
        assertThat(emotions.stream().map(e -> e.emotion()).distinct().count()).isEqualTo(6);
        assertThat(emotions).allMatch(e -> e.intensity() > 0 && e.intensity() <= 1);
        Instant from = UNTIL.minus(Duration.ofDays(365));
        assertThat(all)
                .allMatch(m -> m.observedAt().isAfter(from) && m.observedAt().isBefore(UNTIL));
    }

    @Nested
    class PlantedStories {

        @Test
        void authenticityInAfterSalesIsKeptForThe25To34ButBrokenForThe45To54() {
            Cell young = cell(Optional.of(DemoBrand.AGED_25_34), DemoBrand.AFTER_SALES_AUTHENTICITY);
            Cell older = cell(Optional.of(DemoBrand.AGED_45_54), DemoBrand.AFTER_SALES_AUTHENTICITY);

            assertThat(young.target()).isEqualTo(75);
            assertThat(older.target()).isEqualTo(80);
            assertThat(young.count()).isGreaterThan(100);
            assertThat(older.count()).isGreaterThan(100);
            assertThat(young.lived()).isGreaterThanOrEqualTo(young.target());
            assertThat(older.lived()).isLessThan(older.target() - 15);
        }

        @Test
        void deliveryIsASignatureMomentWellAboveItsTarget() {
            for (Optional<SegmentSpec> segment : everySegmentAndNone()) {
                Cell delivery = cell(segment, DemoBrand.DELIVERY_MOMENT);
                assertThat(delivery.target()).isEqualTo(72);
                assertThat(delivery.lived()).as(segment.toString()).isGreaterThan(delivery.target() + 10);
            }
        }

        @Test
        void onlinePaymentIsAnIrritantWellBelowItsTargetOnAnEasyVariable() {
            assertThat(DemoBrand.ONE_MINUTE_PAYMENT.variable().dimension().name())
                    .isEqualTo("EASY");
            for (Optional<SegmentSpec> segment : everySegmentAndNone()) {
                Cell payment = cell(segment, DemoBrand.ONE_MINUTE_PAYMENT);
                assertThat(payment.target()).isEqualTo(80);
                assertThat(payment.lived()).as(segment.toString()).isLessThan(payment.target() - 20);
            }
        }

        @Test
        void elsewhereTheBrandIsWithinAFewPointsOfItsPromise() {
            Cell accessUseful = cell(Optional.empty(), DemoBrand.COMMITMENTS.getFirst());
            assertThat(accessUseful.lived()).isBetween(accessUseful.target() - 8, accessUseful.target() + 6);
        }
    }

    private static List<Optional<SegmentSpec>> everySegmentAndNone() {
        List<Optional<SegmentSpec>> all = new ArrayList<>();
        all.add(Optional.empty());
        DemoBrand.SEGMENTS.forEach(s -> all.add(Optional.of(s)));
        return all;
    }

    /** The measurements of {@code segment} that its effective target maps to {@code spec}'s commitment. */
    private record Cell(long count, double lived, double target) {}

    private Cell cell(Optional<SegmentSpec> segment, CommitmentSpec spec) {
        Commitment commitment = commitment(segment, spec);
        Optional<SegmentId> segmentId = segment.map(report.catalogue().segments()::get);
        Map<TouchpointId, JourneyPhase> phases = new HashMap<>();
        report.catalogue()
                .touchpoints()
                .forEach(t -> phases.put(t.id(), t.spec().phase()));
        EffectiveTarget target = effectiveTarget(segment, UNTIL);
        double weight = 0;
        double sum = 0;
        long count = 0;
        for (RecordedMeasurement r : recorded) {
            Measurement m = r.measurement();
            if (!m.segment().equals(segmentId)) {
                continue;
            }
            PromiseMatch match = target.promiseFor(m.touchpoint(), phases.get(m.touchpoint()), m.variable());
            if (match instanceof PromiseMatch.Promised promised
                    && promised.commitment().id().equals(commitment.id())) {
                weight += r.normalised().weight();
                sum += r.normalised().weight() * r.normalised().score();
                count++;
            }
        }
        return new Cell(count, sum / weight, commitment.targetLevel().value());
    }

    private Commitment commitment(Optional<SegmentSpec> segment, CommitmentSpec spec) {
        Set<TouchpointId> touchpoints = spec.touchpoints().stream()
                .map(name -> report.catalogue().touchpoint(name).id())
                .collect(Collectors.toSet());
        return effectiveTarget(segment, UNTIL).applying().stream()
                .map(c -> c.commitment())
                .filter(c -> c.variable() == spec.variable()
                        && c.brandValue().equals(valueNamed(spec.value()))
                        && (touchpoints.isEmpty()
                                ? spec.phase()
                                        .map(p -> c.scope().equals(com.gaplens.domain.target.CommitmentScope.phase(p)))
                                        .orElse(c.scope()
                                                .equals(com.gaplens.domain.target.CommitmentScope.variableWide()))
                                : c.scope().equals(com.gaplens.domain.target.CommitmentScope.touchpoints(touchpoints))))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no commitment " + spec + " for " + segment));
    }

    private com.gaplens.domain.brand.BrandValueId valueNamed(String name) {
        return CatalogueHarness.valueNamed(
                harness.brandRepository.find(TENANT, report.catalogue().brand()).orElseThrow(), name);
    }

    private EffectiveTarget effectiveTarget(Optional<SegmentSpec> segment, Instant at) {
        return harness.effectiveTargets
                .getEffectiveTarget(new GetEffectiveTargetQuery(
                        TENANT,
                        report.catalogue().brand(),
                        segment.map(report.catalogue().segments()::get),
                        Optional.of(at)))
                .orElse(null);
    }
}
