package com.gaplens.domain.gap;

import static com.gaplens.domain.experience.ExperienceVariable.ACCESS_EASY;
import static com.gaplens.domain.experience.ExperienceVariable.ACCESS_USEFUL;
import static com.gaplens.domain.experience.ExperienceVariable.CUSTOMER_RELATIONSHIP_EASY;
import static com.gaplens.domain.experience.ExperienceVariable.SHARING_PLEASANT;
import static com.gaplens.domain.experience.ExperienceVariable.USE_EASY;
import static com.gaplens.domain.experience.ExperienceVariable.USE_PLEASANT;
import static com.gaplens.domain.experience.ExperienceVariable.USE_USEFUL;
import static com.gaplens.domain.gap.Cells.promised;
import static com.gaplens.domain.gap.Cells.unpromised;
import static com.gaplens.domain.measurement.MeasurementMethod.BAROMETER;
import static com.gaplens.domain.measurement.MeasurementMethod.OBSERVATION;
import static com.gaplens.domain.measurement.MeasurementMethod.SOCIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.measurement.Emotion;
import com.gaplens.domain.measurement.EmotionReading;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GapViewsTest {

    private static final double EXACT = 1e-9;
    private static final SeverityThresholds DEFAULT = SeverityThresholds.DEFAULT;

    /** How an application might key its stored cells: touchpoint × variable × day. */
    record DailyCell(TouchpointId touchpoint, ExperienceVariable variable, LocalDate day) {
        InteractionKey interaction() {
            return new InteractionKey(touchpoint, variable);
        }
    }

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 10);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    private static DailyCell cell(String touchpoint, ExperienceVariable variable, LocalDate day) {
        return new DailyCell(new TouchpointId(touchpoint), variable, day);
    }

    @Nested
    class BrandValueEmbodiment {

        @Test
        void aBrandValueIsEmbodiedByTheMergedGapOfEveryCommitmentNamingIt() {
            // given cells per commitment; c1 and c2 name simplicity, c3 conviviality, "blind" no commitment
            BrandValueId simplicity = new BrandValueId("simplicity");
            BrandValueId conviviality = new BrandValueId("conviviality");
            Map<String, BrandValueId> valueOfCommitment =
                    Map.of("c1", simplicity, "c2", simplicity, "c3", conviviality);
            Map<String, CellStatistics> cells = Map.of(
                    "c1", CellStatistics.of(promised(10, 60, 0, 80, BAROMETER)),
                    "c2", CellStatistics.of(promised(10, 80, 0, 80, OBSERVATION)),
                    "c3", CellStatistics.of(promised(5, 90, 0, 85, SOCIAL)),
                    "blind", CellStatistics.of(unpromised(100, 10, 0, SOCIAL)));

            // when
            Map<BrandValueId, Gap> embodiment = GapViews.brandValueEmbodiment(
                    cells, key -> Optional.ofNullable(valueOfCommitment.get(key)), DEFAULT);

            // then simplicity: lived (600 + 800)/20 = 70, target 80, gap −10 → MAJOR;
            // v = (10·10² + 10·10²)/19, SE = √(v/20) = 2.294157, q(19) = 2.093024 → upper 74.801725 < 80: significant
            assertThat(embodiment).containsOnlyKeys(simplicity, conviviality);
            Gap simple = embodiment.get(simplicity);
            assertThat(simple.lived().lived()).isCloseTo(70, within(EXACT));
            assertThat(simple.target()).isCloseTo(80, within(EXACT));
            assertThat(simple.value()).isCloseTo(-10, within(EXACT));
            assertThat(simple.severity()).isEqualTo(Severity.MAJOR);
            assertThat(simple.lived().interval().orElseThrow().upper()).isCloseTo(74.801725, within(1e-5));
            assertThat(simple.isSignificant()).isTrue();
            assertThat(simple.triangulation().methods()).containsExactlyInAnyOrder(BAROMETER, OBSERVATION);
            // conviviality: 90 against 85, +5 → EXCEEDED, one method
            assertThat(embodiment.get(conviviality).value()).isCloseTo(5, within(EXACT));
            assertThat(embodiment.get(conviviality).severity()).isEqualTo(Severity.EXCEEDED);
            assertThat(embodiment.get(conviviality).triangulation().weakSignal())
                    .isTrue();
        }
    }

    @Nested
    class FluidityAndFullnessIndices {

        @Test
        void fluidityMergesTheEasyDimensionAndFullnessUsefulAndPleasant() {
            // given
            Map<ExperienceVariable, CellStatistics> cells = Map.of(
                    ACCESS_EASY, CellStatistics.of(promised(10, 50, 0, 70, BAROMETER)),
                    USE_EASY, CellStatistics.of(promised(10, 70, 0, 70, OBSERVATION)),
                    ACCESS_USEFUL, CellStatistics.of(promised(10, 90, 0, 80, BAROMETER)),
                    USE_PLEASANT, CellStatistics.of(promised(10, 80, 0, 80, SOCIAL)));

            // when
            FluidityAndFullness indices = GapViews.fluidityAndFullness(cells, variable -> variable, DEFAULT);

            // then fluidity: (500 + 700)/20 = 60 against 70 → −10; fullness: (900 + 800)/20 = 85 against 80 → +5
            Gap fluidity = indices.fluidity().orElseThrow();
            Gap fullness = indices.fullness().orElseThrow();
            assertThat(fluidity.lived().lived()).isCloseTo(60, within(EXACT));
            assertThat(fluidity.value()).isCloseTo(-10, within(EXACT));
            assertThat(fluidity.lived().weight()).isEqualTo(20);
            assertThat(fullness.lived().lived()).isCloseTo(85, within(EXACT));
            assertThat(fullness.value()).isCloseTo(5, within(EXACT));
        }

        @Test
        void aJourneyWithoutEasyMeasurementsHasNoFluidityIndex() {
            FluidityAndFullness indices = GapViews.fluidityAndFullness(
                    Map.of(USE_USEFUL, CellStatistics.of(promised(3, 70, 5, 70, BAROMETER))),
                    variable -> variable,
                    DEFAULT);

            assertThat(indices.fluidity()).isEmpty();
            assertThat(indices.fullness()).isPresent();
        }
    }

    @Nested
    class IrritantsAndSignatureMoments {

        private final Map<DailyCell, CellStatistics> cells = Map.of(
                // checkout × ACCESS_EASY over two days: merged lived (20·40 + 20·50)/40 = 45 against 70 → −25;
                // v = (40·10² + 20·5² + 20·5²)/39 = 128.2, SE = 1.79: significant
                cell("checkout", ACCESS_EASY, MONDAY), CellStatistics.of(promised(20, 40, 10, 70, BAROMETER)),
                cell("checkout", ACCESS_EASY, TUESDAY), CellStatistics.of(promised(20, 50, 10, 70, OBSERVATION)),
                // two −8 gaps, significant (v = 30·10²/29, SE = √(v/30) = 1.857, half-width 3.80 < 8): tie broken by
                // touchpoint id
                cell("delivery", USE_USEFUL, MONDAY), CellStatistics.of(promised(30, 62, 10, 70, BAROMETER)),
                cell("basket", USE_USEFUL, MONDAY), CellStatistics.of(promised(30, 62, 10, 70, BAROMETER)),
                // −10 from two respondents far apart: SE = 30, q(1) = 12.706: not significant
                cell("store", USE_EASY, MONDAY), CellStatistics.of(promised(2, 60, 30, 70, BAROMETER)),
                // +8, SE = √(40·25/39/40) = 0.80: significant, EXCEEDED
                cell("app", SHARING_PLEASANT, MONDAY), CellStatistics.of(promised(40, 78, 5, 70, SOCIAL)),
                // +2, significant (interval 70.38…73.62) but ON_TARGET
                cell("app", ACCESS_USEFUL, MONDAY), CellStatistics.of(promised(40, 72, 5, 70, SOCIAL)),
                // +15 from two respondents far apart: not significant
                cell("web", USE_PLEASANT, MONDAY), CellStatistics.of(promised(2, 85, 30, 70, SOCIAL)),
                // +12, significant
                cell("web", CUSTOMER_RELATIONSHIP_EASY, MONDAY), CellStatistics.of(promised(40, 82, 5, 70, SOCIAL)));

        @Test
        void worstIrritantsAreTheSignificantNegativeGapsPerInteractionWorstFirst() {
            // when
            List<KeyedGap<InteractionKey>> irritants = GapViews.worstIrritants(cells, DailyCell::interaction, DEFAULT);

            // then
            assertThat(irritants)
                    .extracting(KeyedGap::key)
                    .containsExactly(
                            new InteractionKey(new TouchpointId("checkout"), ACCESS_EASY),
                            new InteractionKey(new TouchpointId("basket"), USE_USEFUL),
                            new InteractionKey(new TouchpointId("delivery"), USE_USEFUL));
            Gap worst = irritants.getFirst().gap();
            assertThat(worst.lived().lived()).isCloseTo(45, within(EXACT));
            assertThat(worst.value()).isCloseTo(-25, within(EXACT));
            assertThat(worst.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(worst.lived().count()).isEqualTo(2);
            assertThat(worst.triangulation().methods()).containsExactlyInAnyOrder(BAROMETER, OBSERVATION);
            assertThat(irritants.get(1).gap().severity()).isEqualTo(Severity.MINOR);
        }

        @Test
        void signatureMomentsAreTheSignificantGapsOfAtLeastThreeBestFirst() {
            List<KeyedGap<InteractionKey>> moments = GapViews.signatureMoments(cells, DailyCell::interaction, DEFAULT);

            assertThat(moments)
                    .extracting(KeyedGap::key)
                    .containsExactly(
                            new InteractionKey(new TouchpointId("web"), CUSTOMER_RELATIONSHIP_EASY),
                            new InteractionKey(new TouchpointId("app"), SHARING_PLEASANT));
            assertThat(moments).extracting(moment -> moment.gap().value()).containsExactly(12.0, 8.0);
        }

        @Test
        void askedToIncludeThemTheMomentsAlsoListGapsOfAtLeastThreeThatAreNotSignificant() {
            List<KeyedGap<InteractionKey>> moments =
                    GapViews.signatureMoments(cells, DailyCell::interaction, DEFAULT, true);

            // web × USE_PLEASANT, +15 from two respondents far apart, joins the two significant ones; +2 does not
            assertThat(moments)
                    .extracting(KeyedGap::key)
                    .containsExactly(
                            new InteractionKey(new TouchpointId("web"), USE_PLEASANT),
                            new InteractionKey(new TouchpointId("web"), CUSTOMER_RELATIONSHIP_EASY),
                            new InteractionKey(new TouchpointId("app"), SHARING_PLEASANT));
            assertThat(moments.getFirst().gap().significance()).isEqualTo(Significance.NOT_SIGNIFICANT);
        }
    }

    @Nested
    class EmotionalProfile {

        @Test
        void theEmotionalProfileMergesTheTalliesKeptSharesTheirEmotionsAndNetsTheirValence() {
            // given the tallies of one touchpoint over two days
            List<EmotionTally> checkoutTallies = List.of(
                    tally(
                            Optional.of(new EmotionReading(Emotion.JOY, 0.8)),
                            Optional.of(new EmotionReading(Emotion.ANGER, 0.9)),
                            Optional.empty()),
                    tally(
                            Optional.of(new EmotionReading(Emotion.JOY, 0.6)),
                            Optional.of(new EmotionReading(Emotion.SURPRISE, 0.5))));

            // when
            com.gaplens.domain.gap.EmotionalProfile checkout = GapViews.emotionalProfile(checkoutTallies);

            // then 5 measurements, 4 with an emotion; JOY 2/4 at (0.8 + 0.6)/2 = 0.7, ANGER 1/4 at 0.9,
            // SURPRISE 1/4 at 0.5; net valence (2 positive − 1 negative)/4 = 0.25 (surprise is neutral)
            assertThat(checkout.measurements()).isEqualTo(5);
            assertThat(checkout.carrying()).isEqualTo(4);
            assertThat(checkout.emotions()).containsOnlyKeys(Emotion.JOY, Emotion.ANGER, Emotion.SURPRISE);
            assertThat(checkout.emotions().get(Emotion.JOY).share()).isEqualTo(0.5);
            assertThat(checkout.emotions().get(Emotion.JOY).meanIntensity()).isCloseTo(0.7, within(EXACT));
            assertThat(checkout.emotions().get(Emotion.ANGER).share()).isEqualTo(0.25);
            assertThat(checkout.emotions().get(Emotion.ANGER).meanIntensity()).isCloseTo(0.9, within(EXACT));
            assertThat(checkout.emotions().get(Emotion.SURPRISE).share()).isEqualTo(0.25);
            assertThat(checkout.netValence()).hasValue(0.25);
            // measurements without any emotion: none carried, no valence to report
            var delivery = GapViews.emotionalProfile(List.of(tally(Optional.empty(), Optional.empty())));
            assertThat(delivery.measurements()).isEqualTo(2);
            assertThat(delivery.emotions()).isEmpty();
            assertThat(delivery.netValence()).isEmpty();
            assertThat(GapViews.emotionalProfile(List.of()).measurements()).isZero();
        }

        @Test
        void emotionTalliesMergeExactly() {
            EmotionTally a = tally(Optional.of(new EmotionReading(Emotion.TRUST, 0.5)), Optional.empty());
            EmotionTally b = tally(Optional.of(new EmotionReading(Emotion.TRUST, 0.25)));

            assertThat(a.merge(b)).isEqualTo(b.merge(a));
            assertThat(a.merge(EmotionTally.empty())).isEqualTo(a);
            assertThat(a.merge(b).byEmotion().get(Emotion.TRUST)).isEqualTo(new EmotionTally.Sums(2, 0.75));
            assertThat(a.merge(b).measurements()).isEqualTo(3);
        }

        @Test
        void anAllNegativeTouchpointHasANetValenceOfMinusOne() {
            EmotionTally tally = tally(
                    Optional.of(new EmotionReading(Emotion.FRUSTRATION, 1)),
                    Optional.of(new EmotionReading(Emotion.ANXIETY, 0.2)));

            assertThat(tally.profile().netValence()).hasValue(-1);
        }

        @SafeVarargs
        private static EmotionTally tally(Optional<EmotionReading>... emotions) {
            EmotionTally tally = EmotionTally.empty();
            for (Optional<EmotionReading> emotion : emotions) {
                tally = tally.merge(EmotionTally.of(emotion));
            }
            return tally;
        }
    }

    @Nested
    class Unpromised {

        @Test
        void blindSpotsAreTheLivedScoresWhereNoCommitmentAppliesLargestFirst() {
            // given
            Map<String, CellStatistics> cells = new LinkedHashMap<>();
            cells.put("promised only", CellStatistics.of(promised(10, 70, 5, 70, BAROMETER)));
            cells.put("small", CellStatistics.of(promised(10, 70, 5, 70, BAROMETER), unpromised(5, 60, 0, SOCIAL)));
            cells.put("large", CellStatistics.of(unpromised(50, 40, 10, OBSERVATION)));
            cells.put("small twice", CellStatistics.of(unpromised(2, 70, 0, SOCIAL), unpromised(3, 80, 0, SOCIAL)));

            // when
            List<KeyedLivedScore<String>> blindSpots = GapViews.unpromised(cells);

            // then by weight, then count; lived of the unpromised part only: (2·70 + 3·80)/5 = 76
            assertThat(blindSpots).extracting(KeyedLivedScore::key).containsExactly("large", "small twice", "small");
            assertThat(blindSpots.get(1).lived().lived()).isCloseTo(76, within(EXACT));
            assertThat(blindSpots.get(2).lived().lived()).isCloseTo(60, within(EXACT));
            assertThat(blindSpots.get(2).lived().weight()).isEqualTo(5);
        }
    }

    @Test
    void rollingUpMergesCellsPerGroupAndTotalMergesEverything() {
        Map<DailyCell, CellStatistics> cells = Map.of(
                cell("checkout", ACCESS_EASY, MONDAY), CellStatistics.of(promised(2, 40, 0, 70, BAROMETER)),
                cell("checkout", ACCESS_EASY, TUESDAY), CellStatistics.of(promised(3, 50, 0, 70, BAROMETER)),
                cell("store", ACCESS_EASY, MONDAY), CellStatistics.of(unpromised(5, 90, 0, SOCIAL)));

        Map<LocalDate, CellStatistics> perDay = GapViews.rollUp(cells, DailyCell::day);

        assertThat(perDay.get(MONDAY).count()).isEqualTo(2);
        assertThat(perDay.get(MONDAY).weight()).isEqualTo(7);
        assertThat(perDay.get(TUESDAY).weight()).isEqualTo(3);
        // (80 + 150 + 450)/10 = 68
        assertThat(GapViews.total(cells.values()).all().lived()).hasValue(68);
    }
}
