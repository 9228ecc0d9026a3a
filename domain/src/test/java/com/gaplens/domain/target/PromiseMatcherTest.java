package com.gaplens.domain.target;

import static com.gaplens.domain.testdata.CommitmentBuilder.aCommitment;
import static com.gaplens.domain.testdata.PromiseFixture.JAN_1;
import static com.gaplens.domain.testdata.PromiseFixture.publishedTarget;
import static com.gaplens.domain.testdata.PromiseFixture.publishedVariant;
import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.testdata.TestIds;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PromiseMatcherTest {

    private static final ExperienceVariable EASY_ACCESS = ExperienceVariable.ACCESS_EASY;
    private static final CommitmentId TOUCHPOINT_SCOPED = TestIds.commitment("c-3");
    private TargetExperience target;

    @BeforeEach
    void aCentralTargetWithTheThreeSpecificitiesOnEasyAccess() {
        // c-1 everywhere at 70, c-2 in PURCHASE at 80, c-3 at the checkout at 90
        target = publishedTarget(
                aCommitment().on(EASY_ACCESS).variableWide().level(70).draft(),
                aCommitment()
                        .on(EASY_ACCESS)
                        .inPhase(JourneyPhase.PURCHASE)
                        .level(80)
                        .draft(),
                aCommitment().on(EASY_ACCESS).at(TestIds.CHECKOUT).level(90).draft());
    }

    @Test
    void aTouchpointScopedCommitmentWinsOverPhaseAndVariableWideOnes() {
        assertThat(matchedId(central(), TestIds.CHECKOUT, JourneyPhase.PURCHASE, EASY_ACCESS))
                .contains("c-3");
    }

    @Test
    void aPhaseScopedCommitmentWinsOverAVariableWideOne() {
        assertThat(matchedId(central(), TestIds.WEB_CART, JourneyPhase.PURCHASE, EASY_ACCESS))
                .contains("c-2");
    }

    @Test
    void aVariableWideCommitmentCoversEveryOtherTouchpointAndPhase() {
        assertThat(matchedId(central(), TestIds.HOTLINE, JourneyPhase.AFTER_PURCHASE, EASY_ACCESS))
                .contains("c-1");
    }

    @Test
    void aMeasurementOfAVariableNoCommitmentPromisesIsUnpromised() {
        assertThat(PromiseMatcher.match(
                        central(), TestIds.CHECKOUT, JourneyPhase.PURCHASE, ExperienceVariable.USE_PLEASANT))
                .isInstanceOf(PromiseMatch.Unpromised.class);
    }

    @Test
    void excludingTheMostSpecificCommitmentLetsTheNextMostSpecificApply() {
        SegmentVariant variant =
                publishedVariant(target, new VariantDraft(List.of(), List.of(), List.of(TOUCHPOINT_SCOPED)), JAN_1);

        EffectiveTarget forSegment = EffectiveTarget.resolve(
                        target, Optional.of(TestIds.FORTY_FIVE_PLUS), Optional.of(variant), JAN_1)
                .orElseThrow();

        assertThat(matchedId(forSegment, TestIds.CHECKOUT, JourneyPhase.PURCHASE, EASY_ACCESS))
                .contains("c-2");
    }

    @Test
    void whenEveryCoveringCommitmentIsExcludedTheMeasurementIsUnpromised() {
        TargetExperience single =
                publishedTarget(aCommitment().on(EASY_ACCESS).level(70).draft());
        SegmentVariant variant = publishedVariant(
                single, new VariantDraft(List.of(), List.of(), List.of(TestIds.commitment("c-1"))), JAN_1);
        EffectiveTarget forSegment = EffectiveTarget.resolve(
                        single, Optional.of(TestIds.FORTY_FIVE_PLUS), Optional.of(variant), JAN_1)
                .orElseThrow();

        assertThat(forSegment.promiseFor(TestIds.CHECKOUT, JourneyPhase.PURCHASE, EASY_ACCESS))
                .isInstanceOf(PromiseMatch.Unpromised.class);
    }

    @Test
    void theMatchedCommitmentCarriesTheSegmentsOverriddenLevel() {
        SegmentVariant variant = publishedVariant(
                target,
                new VariantDraft(
                        List.of(CommitmentOverride.level(TestIds.commitment("c-2"), TargetLevel.of(95))),
                        List.of(),
                        List.of()),
                JAN_1);
        EffectiveTarget forSegment = EffectiveTarget.resolve(
                        target, Optional.of(TestIds.FORTY_FIVE_PLUS), Optional.of(variant), JAN_1)
                .orElseThrow();

        PromiseMatch match = PromiseMatcher.match(forSegment, TestIds.WEB_CART, JourneyPhase.PURCHASE, EASY_ACCESS);

        assertThat(match).isInstanceOfSatisfying(PromiseMatch.Promised.class, promised -> {
            assertThat(promised.commitment().provenance()).isEqualTo(Provenance.OVERRIDDEN);
            assertThat(promised.commitment().commitment().targetLevel()).isEqualTo(TargetLevel.of(95));
        });
    }

    @Test
    void aTieOfEqualSpecificityPrefersTheSegmentsAdditionThenTheSmallerId() {
        // given an effective target where central c-1 and c-0 and added a-1 are all variable-wide on easy access
        // (only possible when central and variant versions evolved apart)
        Commitment c1 = aCommitment().withId("c-1").on(EASY_ACCESS).level(70).build();
        Commitment c0 = aCommitment().withId("c-0").on(EASY_ACCESS).level(60).build();
        Commitment a1 = aCommitment().withId("a-1").on(EASY_ACCESS).level(85).build();
        EffectiveTarget withAddition = effective(List.of(
                ResolvedCommitment.inherited(c1), ResolvedCommitment.inherited(c0), ResolvedCommitment.added(a1)));
        EffectiveTarget centralOnly =
                effective(List.of(ResolvedCommitment.inherited(c1), ResolvedCommitment.inherited(c0)));

        assertThat(matchedId(withAddition, TestIds.CHECKOUT, JourneyPhase.PURCHASE, EASY_ACCESS))
                .contains("a-1");
        assertThat(matchedId(centralOnly, TestIds.CHECKOUT, JourneyPhase.PURCHASE, EASY_ACCESS))
                .contains("c-0");
    }

    private EffectiveTarget central() {
        return EffectiveTarget.resolve(target, Optional.empty(), Optional.empty(), JAN_1)
                .orElseThrow();
    }

    private static EffectiveTarget effective(List<ResolvedCommitment> commitments) {
        return new EffectiveTarget(
                TestIds.TARGET,
                new BrandId("brand-1"),
                Optional.empty(),
                JAN_1,
                1,
                java.util.OptionalInt.empty(),
                commitments,
                List.of());
    }

    private static Optional<String> matchedId(
            EffectiveTarget target, TouchpointId touchpoint, JourneyPhase phase, ExperienceVariable variable) {
        return switch (PromiseMatcher.match(target, touchpoint, phase, variable)) {
            case PromiseMatch.Promised promised ->
                Optional.of(promised.commitment().id().value());
            case PromiseMatch.Unpromised unpromised -> Optional.empty();
        };
    }
}
