package com.gaplens.domain.target;

import static com.gaplens.domain.testdata.CommitmentBuilder.aCommitment;
import static com.gaplens.domain.testdata.PromiseFixture.FEB_1;
import static com.gaplens.domain.testdata.PromiseFixture.JAN_1;
import static com.gaplens.domain.testdata.PromiseFixture.MAR_1;
import static com.gaplens.domain.testdata.PromiseFixture.PUBLISHED_AT;
import static com.gaplens.domain.testdata.PromiseFixture.publishedTarget;
import static com.gaplens.domain.testdata.PromiseFixture.publishedVariant;
import static com.gaplens.domain.testdata.PromiseFixture.references;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.testdata.SequentialCommitmentIds;
import com.gaplens.domain.testdata.TestIds;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EffectiveTargetTest {

    private static final CommitmentId C1 = TestIds.commitment("c-1");
    private static final CommitmentId C2 = TestIds.commitment("c-2");
    private static final CommitmentId C3 = TestIds.commitment("c-3");

    private TargetExperience target;

    @BeforeEach
    void aCentralTargetOfThreeCommitmentsInForceFromJanuary() {
        target = publishedTarget(
                aCommitment()
                        .on(ExperienceVariable.ACCESS_EASY)
                        .level(80)
                        .worded("Easy to reach")
                        .draft(),
                aCommitment()
                        .on(ExperienceVariable.USE_USEFUL)
                        .level(75)
                        .worded("Does the job")
                        .draft(),
                aCommitment()
                        .on(ExperienceVariable.SHARING_PLEASANT)
                        .level(60)
                        .worded("Fun to share")
                        .draft());
    }

    @Test
    void withoutVariantEveryCentralCommitmentIsInherited() {
        EffectiveTarget effective = EffectiveTarget.resolve(target, Optional.empty(), Optional.empty(), FEB_1)
                .orElseThrow();

        assertThat(effective.commitments())
                .extracting(
                        c -> c.id().value(),
                        ResolvedCommitment::provenance,
                        c -> c.commitment().targetLevel().value())
                .containsExactly(
                        tuple("c-1", Provenance.INHERITED, 80.0),
                        tuple("c-2", Provenance.INHERITED, 75.0),
                        tuple("c-3", Provenance.INHERITED, 60.0));
        assertThat(effective.centralVersion()).isEqualTo(1);
        assertThat(effective.variantVersion()).isEmpty();
        assertThat(effective.segmentId()).isEmpty();
    }

    @Test
    void theVariantOverridesExcludesAndAddsAndTheRestIsInherited() {
        // given a variant: c-1 at 90 worded "Two clicks away", c-3 excluded, one addition
        SegmentVariant variant = publishedVariant(
                target,
                new VariantDraft(
                        List.of(new CommitmentOverride(
                                C1, Optional.of(TargetLevel.of(90)), Optional.of(Wording.of("Two clicks away")))),
                        List.of(aCommitment()
                                .embodying(TestIds.CONVIVIALITY)
                                .on(ExperienceVariable.CUSTOMER_RELATIONSHIP_PLEASANT)
                                .inPhase(JourneyPhase.AFTER_PURCHASE)
                                .level(85)
                                .worded("A warm voice")
                                .draft()),
                        List.of(C3)),
                JAN_1);

        // when
        EffectiveTarget effective = EffectiveTarget.resolve(
                        target, Optional.of(TestIds.FORTY_FIVE_PLUS), Optional.of(variant), FEB_1)
                .orElseThrow();

        // then
        assertThat(effective.commitments())
                .extracting(
                        c -> c.id().value(),
                        ResolvedCommitment::provenance,
                        c -> c.commitment().targetLevel().value(),
                        c -> c.commitment().wording().text())
                .containsExactly(
                        tuple("c-1", Provenance.OVERRIDDEN, 90.0, "Two clicks away"),
                        tuple("c-2", Provenance.INHERITED, 75.0, "Does the job"),
                        tuple("c-3", Provenance.EXCLUDED, 60.0, "Fun to share"),
                        tuple("a-1", Provenance.ADDED, 85.0, "A warm voice"));
        assertThat(effective
                        .commitment(C1)
                        .flatMap(ResolvedCommitment::central)
                        .map(c -> c.targetLevel().value()))
                .contains(80.0);
        assertThat(effective.commitment(TestIds.commitment("a-1")).flatMap(ResolvedCommitment::central))
                .isEmpty();
        assertThat(effective.applying()).extracting(c -> c.id().value()).containsExactly("c-1", "c-2", "a-1");
        assertThat(effective.segmentId()).contains(TestIds.FORTY_FIVE_PLUS);
        assertThat(effective.variantVersion()).isEqualTo(OptionalInt.of(1));
        assertThat(effective.inertAdjustments()).isEmpty();
    }

    @Test
    void anOverrideOfTheWordingAloneKeepsTheCentralLevel() {
        SegmentVariant variant = publishedVariant(
                target,
                new VariantDraft(
                        List.of(CommitmentOverride.wording(C2, Wording.of("Does it all"))), List.of(), List.of()),
                JAN_1);

        ResolvedCommitment c2 = EffectiveTarget.resolve(
                        target, Optional.of(TestIds.FORTY_FIVE_PLUS), Optional.of(variant), JAN_1)
                .orElseThrow()
                .commitment(C2)
                .orElseThrow();

        assertThat(c2.provenance()).isEqualTo(Provenance.OVERRIDDEN);
        assertThat(c2.commitment().targetLevel()).isEqualTo(TargetLevel.of(75));
        assertThat(c2.commitment().wording()).isEqualTo(Wording.of("Does it all"));
    }

    @Test
    void beforeTheFirstCentralVersionThereIsNoEffectiveTarget() {
        assertThat(EffectiveTarget.resolve(target, Optional.empty(), Optional.empty(), JAN_1.minusNanos(1)))
                .isEmpty();
    }

    @Test
    void beforeItsFirstVersionComesIntoForceTheVariantChangesNothing() {
        SegmentVariant variant = publishedVariant(
                target,
                new VariantDraft(List.of(CommitmentOverride.level(C1, TargetLevel.of(90))), List.of(), List.of()),
                FEB_1);

        EffectiveTarget january = EffectiveTarget.resolve(
                        target, Optional.of(TestIds.FORTY_FIVE_PLUS), Optional.of(variant), FEB_1.minusNanos(1))
                .orElseThrow();
        EffectiveTarget february = EffectiveTarget.resolve(
                        target, Optional.of(TestIds.FORTY_FIVE_PLUS), Optional.of(variant), FEB_1)
                .orElseThrow();

        assertThat(january.commitment(C1).orElseThrow().provenance()).isEqualTo(Provenance.INHERITED);
        assertThat(january.variantVersion()).isEmpty();
        assertThat(february.commitment(C1).orElseThrow().provenance()).isEqualTo(Provenance.OVERRIDDEN);
        assertThat(february.variantVersion()).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void theCentralAndVariantVersionsInForceAreEachChosenAtTheInstant() {
        // given central v1 (JAN_1, c-2 at 75) and v2 (MAR_1, c-2 at 78); variant v1 (JAN_1) excludes c-3
        SegmentVariant variant = publishedVariant(target, new VariantDraft(List.of(), List.of(), List.of(C3)), JAN_1);
        target.reviseDraft(
                List.of(
                        CommitmentDraft.of(target.draft().get(0)),
                        aCommitment()
                                .withId("c-2")
                                .on(ExperienceVariable.USE_USEFUL)
                                .level(78)
                                .worded("Does the job")
                                .draft(),
                        CommitmentDraft.of(target.draft().get(2))),
                SequentialCommitmentIds.central(),
                references());
        target.publish(MAR_1, PUBLISHED_AT, references());

        // when
        EffectiveTarget february = EffectiveTarget.resolve(
                        target, Optional.of(TestIds.FORTY_FIVE_PLUS), Optional.of(variant), FEB_1)
                .orElseThrow();
        EffectiveTarget march = EffectiveTarget.resolve(
                        target, Optional.of(TestIds.FORTY_FIVE_PLUS), Optional.of(variant), MAR_1)
                .orElseThrow();

        // then
        assertThat(february.centralVersion()).isEqualTo(1);
        assertThat(february.commitment(C2).orElseThrow().commitment().targetLevel())
                .isEqualTo(TargetLevel.of(75));
        assertThat(march.centralVersion()).isEqualTo(2);
        assertThat(march.commitment(C2).orElseThrow().commitment().targetLevel())
                .isEqualTo(TargetLevel.of(78));
        assertThat(march.commitment(C3).orElseThrow().provenance()).isEqualTo(Provenance.EXCLUDED);
    }

    @Test
    void adjustmentsOfCommitmentsALaterCentralVersionDroppedAreInertAndListed() {
        // given a variant (JAN_1) overriding c-2 and excluding c-3; central v2 (MAR_1) keeps only c-1
        SegmentVariant variant = publishedVariant(
                target,
                new VariantDraft(List.of(CommitmentOverride.level(C2, TargetLevel.of(70))), List.of(), List.of(C3)),
                JAN_1);
        target.reviseDraft(
                List.of(CommitmentDraft.of(target.draft().get(0))), SequentialCommitmentIds.central(), references());
        target.publish(MAR_1, PUBLISHED_AT, references());

        // when
        EffectiveTarget march = EffectiveTarget.resolve(
                        target, Optional.of(TestIds.FORTY_FIVE_PLUS), Optional.of(variant), MAR_1)
                .orElseThrow();

        // then
        assertThat(march.commitments())
                .extracting(c -> c.id().value(), ResolvedCommitment::provenance)
                .containsExactly(tuple("c-1", Provenance.INHERITED));
        assertThat(march.inertAdjustments()).containsExactly(C2, C3);
    }
}
