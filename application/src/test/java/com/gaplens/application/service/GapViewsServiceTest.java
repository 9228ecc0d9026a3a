package com.gaplens.application.service;

import static com.gaplens.application.service.CatalogueHarness.valueNamed;
import static com.gaplens.domain.testdata.CommitmentBuilder.aCommitment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapCell;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.port.in.DraftSegmentVariantUseCase.DraftSegmentVariantCommand;
import com.gaplens.application.port.in.DraftTargetExperienceUseCase.DraftTargetExperienceCommand;
import com.gaplens.application.port.in.PublishSegmentVariantUseCase.PublishSegmentVariantCommand;
import com.gaplens.application.port.in.PublishTargetExperienceUseCase.PublishTargetExperienceCommand;
import com.gaplens.application.port.in.ReadGapViewsUseCase.GapMatrix;
import com.gaplens.application.port.in.ReadGapViewsUseCase.ViewQuery;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.EmotionFields;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.MeasurementFields;
import com.gaplens.application.port.in.RecordMeasurementsUseCase.RecordMeasurementsCommand;
import com.gaplens.application.port.out.fake.InMemoryMeasurementRepository;
import com.gaplens.application.port.out.fake.InMemoryRollups;
import com.gaplens.application.port.out.fake.InMemoryScaleRepository;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.InteractionFamily;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.experience.PerceptionDimension;
import com.gaplens.domain.gap.Gap;
import com.gaplens.domain.gap.Severity;
import com.gaplens.domain.gap.SeverityThresholds;
import com.gaplens.domain.gap.Significance;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.measurement.Emotion;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.target.SegmentVariant;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.target.VariantDraft;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.Touchpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ready-made views at the application's layer: the catalogue and the measurements go through the use cases, the
 * measurements are judged and rolled up by the in-memory store, and the views are read from {@link GapViewsService}.
 *
 * <p>The case, worked by hand (single PERCENT observations). Central promise: Simplicity, ACCESS_EASY at 80, "Paying
 * is effortless". The variant of the segment 45+ adds Conviviality, CUSTOMER_RELATIONSHIP_PLEASANT at 85, "A warm
 * word at the door".
 * <ul>
 *   <li>Checkout × ACCESS_EASY, no segment: 60, 62, 64 (BAROMETER), 66 (OBSERVATION) → lived 63, v = 20/3,
 *       SE = √(5/3) = 1.290994, half-width 3.182446·SE = 4.108521: [58.89, 67.11] excludes 80 → gap −17, MAJOR,
 *       SIGNIFICANT;</li>
 *   <li>Delivery × CUSTOMER_RELATIONSHIP_PLEASANT, 45+: 90, 100 (SOCIAL; 100 with JOY 0.8) → lived 95, v = 50,
 *       SE = 5, q(1) = 12.706: not significant → gap +10, EXCEEDED;</li>
 *   <li>Delivery × USE_PLEASANT, no segment: 90 (BAROMETER), which nothing promises.</li>
 * </ul>
 * Totals: 7 measurements, lived (252 + 190 + 90)/7 = 76; promised W = 6, lived 442/6, target (4·80 + 2·85)/6 = 490/6,
 * gap −48/6 = −8, MINOR.
 */
class GapViewsServiceTest {

    private static final TenantId TENANT = new TenantId("acme");
    private static final Instant JAN_1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant OBSERVED = CatalogueHarness.NOW.minus(Duration.ofDays(2));
    private static final double EXACT = 1e-9;

    private final CatalogueHarness app = new CatalogueHarness();
    private final InMemoryMeasurementRepository measurements = new InMemoryMeasurementRepository();
    private final InMemoryRollups rollups = new InMemoryRollups(measurements, app.clock);
    private final CatalogueRepositories catalogue = new CatalogueRepositories(
            app.brandRepository,
            app.touchpointRepository,
            app.segmentRepository,
            app.targetRepository,
            app.variantRepository);
    private final GapViewsService views = new GapViewsService(rollups.store, catalogue, SeverityThresholds.DEFAULT);
    private final MeasurementIngestionService ingestion = new MeasurementIngestionService(
            measurements,
            app.brandRepository,
            app.touchpointRepository,
            app.segmentRepository,
            new ScaleService(new InMemoryScaleRepository()),
            app.targetRepository,
            app.variantRepository,
            rollups.writer,
            app.clock,
            new IngestionLimits(100, Duration.ofMinutes(5)));

    private Brand brand;
    private Touchpoint checkout;
    private Touchpoint delivery;
    private Segment over45;
    private final List<MeasurementFields> items = new ArrayList<>();

    @BeforeEach
    void theWorkedCase() {
        brand = app.brand(TENANT, "Maison Claire", "Simplicity", "Conviviality");
        checkout = app.touchpoint(TENANT, brand.id(), "Checkout", JourneyPhase.PURCHASE, Channel.STORE);
        delivery = app.touchpoint(TENANT, brand.id(), "Delivery", JourneyPhase.AFTER_PURCHASE, Channel.DELIVERY);
        over45 = app.segment(TENANT, brand.id(), "45+");
        TargetExperience drafted = app.targets.draftTargetExperience(new DraftTargetExperienceCommand(
                TENANT,
                brand.id(),
                List.of(aCommitment()
                        .embodying(valueNamed(brand, "Simplicity"))
                        .on(ExperienceVariable.ACCESS_EASY)
                        .level(80)
                        .worded("Paying is effortless")
                        .draft())));
        TargetExperience target = app.targets.publishTargetExperience(
                new PublishTargetExperienceCommand(TENANT, drafted.id(), drafted.version(), Optional.of(JAN_1)));
        SegmentVariant variant = app.variants.draftSegmentVariant(new DraftSegmentVariantCommand(
                TENANT,
                target.id(),
                over45.id(),
                new VariantDraft(
                        List.of(),
                        List.of(aCommitment()
                                .embodying(valueNamed(brand, "Conviviality"))
                                .on(ExperienceVariable.CUSTOMER_RELATIONSHIP_PLEASANT)
                                .level(85)
                                .worded("A warm word at the door")
                                .draft()),
                        List.of())));
        app.variants.publishSegmentVariant(
                new PublishSegmentVariantCommand(TENANT, variant.id(), variant.version(), Optional.of(JAN_1)));
        single(checkout, ExperienceVariable.ACCESS_EASY, null, MeasurementMethod.BAROMETER, 60, null);
        single(checkout, ExperienceVariable.ACCESS_EASY, null, MeasurementMethod.BAROMETER, 62, null);
        single(checkout, ExperienceVariable.ACCESS_EASY, null, MeasurementMethod.BAROMETER, 64, null);
        single(checkout, ExperienceVariable.ACCESS_EASY, null, MeasurementMethod.OBSERVATION, 66, null);
        single(delivery, ExperienceVariable.CUSTOMER_RELATIONSHIP_PLEASANT, over45, MeasurementMethod.SOCIAL, 90, null);
        single(delivery, ExperienceVariable.CUSTOMER_RELATIONSHIP_PLEASANT, over45, MeasurementMethod.SOCIAL, 100, 0.8);
        single(delivery, ExperienceVariable.USE_PLEASANT, null, MeasurementMethod.BAROMETER, 90, null);
        ingestion.recordMeasurements(new RecordMeasurementsCommand(TENANT, List.copyOf(items)));
    }

    @Test
    void aCommitmentAddedByASegmentVariantIsLabelledByItsWordingLikeACentralOne() {
        List<GapCell> byCommitment = views.groups(everything(), CellGrouping.by(GapDimension.COMMITMENT));

        // the unpromised group (no commitment) first, then the two commitments
        assertThat(byCommitment).hasSize(3);
        assertThat(byCommitment)
                .filteredOn(cell -> cell.keys().containsKey(GapDimension.COMMITMENT))
                .extracting(cell -> cell.keys().get(GapDimension.COMMITMENT).label())
                .containsExactlyInAnyOrder(Optional.of("Paying is effortless"), Optional.of("A warm word at the door"));
        assertThat(views.groups(everything(), CellGrouping.by(GapDimension.BRAND_VALUE, GapDimension.SEGMENT)))
                .filteredOn(cell -> cell.keys().containsKey(GapDimension.SEGMENT))
                .singleElement()
                .satisfies(cell -> {
                    assertThat(cell.keys().get(GapDimension.BRAND_VALUE).label())
                            .contains("Conviviality");
                    assertThat(cell.keys().get(GapDimension.SEGMENT).label()).contains("45+");
                });
    }

    @Test
    void theMatrixHasACellPerVariableMeasuredAndTotalsMergedFromThem() {
        GapMatrix matrix = views.gapMatrix(everything());

        assertThat(matrix.cells())
                .containsOnlyKeys(
                        ExperienceVariable.ACCESS_EASY,
                        ExperienceVariable.CUSTOMER_RELATIONSHIP_PLEASANT,
                        ExperienceVariable.USE_PLEASANT);
        assertThat(gapOf(matrix.cells().get(ExperienceVariable.ACCESS_EASY))).isCloseTo(-17, within(EXACT));
        assertThat(matrix.cells().get(ExperienceVariable.USE_PLEASANT).report().gap())
                .isEmpty();
        assertThat(matrix.families())
                .containsOnlyKeys(
                        InteractionFamily.ACCESS, InteractionFamily.CUSTOMER_RELATIONSHIP, InteractionFamily.USE);
        GapCell pleasant = matrix.dimensions().get(PerceptionDimension.PLEASANT);
        assertThat(pleasant.keys().get(GapDimension.DIMENSION)).isEqualTo(GapCell.Key.named("PLEASANT"));
        assertThat(pleasant.report().lived().count()).isEqualTo(3);
        assertThat(pleasant.report().lived().lived()).isCloseTo(280.0 / 3, within(EXACT));
        assertThat(pleasant.report().gap().orElseThrow().lived().lived()).isCloseTo(95, within(EXACT));
        assertThat(gapOf(pleasant)).isCloseTo(10, within(EXACT));
        GapCell total = matrix.total().orElseThrow();
        assertThat(total.report().lived().count()).isEqualTo(7);
        assertThat(total.report().lived().lived()).isCloseTo(76, within(EXACT));
        Gap totalGap = total.report().gap().orElseThrow();
        assertThat(totalGap.lived().lived()).isCloseTo(442.0 / 6, within(EXACT));
        assertThat(totalGap.target()).isCloseTo(490.0 / 6, within(EXACT));
        assertThat(totalGap.value()).isCloseTo(-8, within(EXACT));
        assertThat(totalGap.severity()).isEqualTo(Severity.MINOR);
    }

    @Test
    void theWorstIrritantIsTheSignificantNegativeGapWithItsInterval() {
        List<GapCell> irritants = views.worstIrritants(everything(), 10);

        assertThat(irritants).singleElement().satisfies(cell -> {
            assertThat(cell.keys().get(GapDimension.TOUCHPOINT).label()).contains("Checkout");
            Gap gap = cell.report().gap().orElseThrow();
            assertThat(gap.value()).isCloseTo(-17, within(EXACT));
            assertThat(gap.significance()).isEqualTo(Significance.SIGNIFICANT);
            assertThat(gap.severity()).isEqualTo(Severity.MAJOR);
            assertThat(gap.lived().standardError().getAsDouble()).isCloseTo(Math.sqrt(5.0 / 3), within(EXACT));
            assertThat(gap.lived().interval().orElseThrow().lower()).isCloseTo(63 - 4.108521, within(1e-6));
        });
    }

    @Test
    void signatureMomentsAreSignificantOnlyUnlessTheNotSignificantAreAskedFor() {
        assertThat(views.signatureMoments(everything(), 10, false)).isEmpty();

        List<GapCell> moments = views.signatureMoments(everything(), 10, true);

        assertThat(moments).singleElement().satisfies(cell -> {
            assertThat(cell.keys().get(GapDimension.TOUCHPOINT).label()).contains("Delivery");
            assertThat(gapOf(cell)).isCloseTo(10, within(EXACT));
            assertThat(cell.report().gap().orElseThrow().significance()).isEqualTo(Significance.NOT_SIGNIFICANT);
        });
    }

    @Test
    void eachBrandValueIsEmbodiedByTheGapOfItsCommitmentsAndFluidityIsTheEasyDimension() {
        assertThat(views.brandValueEmbodiment(everything()))
                .extracting(
                        cell -> cell.keys()
                                .get(GapDimension.BRAND_VALUE)
                                .label()
                                .orElseThrow(),
                        this::gapOf)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Simplicity", -17.0),
                        org.assertj.core.groups.Tuple.tuple("Conviviality", 10.0));

        var indices = views.fluidityAndFullness(everything());

        assertThat(indices.fluidity().orElseThrow().value()).isCloseTo(-17, within(EXACT));
        // fullness: the promised PLEASANT measurements only; the unpromised USE_PLEASANT one is in no gap
        assertThat(indices.fullness().orElseThrow().value()).isCloseTo(10, within(EXACT));
        assertThat(indices.fullness().orElseThrow().lived().count()).isEqualTo(2);
    }

    @Test
    void theBlindSpotIsTheUnpromisedInteractionAndTheEmotionalProfileCountsTheEmotionCarried() {
        assertThat(views.unpromised(everything(), 10)).singleElement().satisfies(cell -> {
            assertThat(cell.keys().get(GapDimension.VARIABLE).value()).isEqualTo("USE_PLEASANT");
            assertThat(cell.report().unpromisedCount()).isEqualTo(1);
        });

        var profile = views.emotionalProfile(everything());

        assertThat(profile.measurements()).isEqualTo(7);
        assertThat(profile.carrying()).isEqualTo(1);
        assertThat(profile.emotions().get(Emotion.JOY).meanIntensity()).isCloseTo(0.8, within(EXACT));
        assertThat(profile.netValence()).hasValue(1);
    }

    private double gapOf(GapCell cell) {
        return cell.report().gap().orElseThrow().value();
    }

    private static ViewQuery everything() {
        return new ViewQuery(TENANT, GapFilter.everything());
    }

    private void single(
            Touchpoint touchpoint,
            ExperienceVariable variable,
            Segment segment,
            MeasurementMethod method,
            double value,
            Double joy) {
        items.add(new MeasurementFields(
                "m-" + items.size(),
                brand.id(),
                touchpoint.id(),
                variable,
                Optional.ofNullable(segment).map(Segment::id),
                method,
                "PERCENT",
                value,
                OptionalInt.empty(),
                OptionalDouble.empty(),
                OBSERVED,
                Optional.ofNullable(joy).map(intensity -> new EmotionFields(Emotion.JOY, intensity)),
                Optional.empty(),
                Audience.CUSTOMER));
    }
}
