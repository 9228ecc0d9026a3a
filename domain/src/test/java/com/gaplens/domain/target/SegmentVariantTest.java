package com.gaplens.domain.target;

import static com.gaplens.domain.testdata.CommitmentBuilder.aCommitment;
import static com.gaplens.domain.testdata.DomainFailures.assertFails;
import static com.gaplens.domain.testdata.PromiseFixture.FEB_1;
import static com.gaplens.domain.testdata.PromiseFixture.JAN_1;
import static com.gaplens.domain.testdata.PromiseFixture.PUBLISHED_AT;
import static com.gaplens.domain.testdata.PromiseFixture.draftedTarget;
import static com.gaplens.domain.testdata.PromiseFixture.draftedVariant;
import static com.gaplens.domain.testdata.PromiseFixture.publishedTarget;
import static com.gaplens.domain.testdata.PromiseFixture.publishedVariant;
import static com.gaplens.domain.testdata.PromiseFixture.references;
import static com.gaplens.domain.testdata.PromiseFixture.segment;
import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.testdata.SegmentBuilder;
import com.gaplens.domain.testdata.SequentialCommitmentIds;
import com.gaplens.domain.testdata.TestIds;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SegmentVariantTest {

    private static final CommitmentId C1 = TestIds.commitment("c-1");
    private static final CommitmentId C2 = TestIds.commitment("c-2");

    private TargetExperience target;

    @BeforeEach
    void aPublishedCentralTarget() {
        // c-1: ACCESS_EASY everywhere at 80; c-2: CUSTOMER_RELATIONSHIP_PLEASANT after purchase at 70
        target = publishedTarget(
                aCommitment().on(ExperienceVariable.ACCESS_EASY).level(80).draft(),
                aCommitment()
                        .embodying(TestIds.CONVIVIALITY)
                        .on(ExperienceVariable.CUSTOMER_RELATIONSHIP_PLEASANT)
                        .inPhase(JourneyPhase.AFTER_PURCHASE)
                        .level(70)
                        .draft());
    }

    @Test
    void aVariantDraftsOverridesAdditionsAndExclusionsOfTheLatestCentralVersion() {
        SegmentVariant variant = draftedVariant(
                target,
                new VariantDraft(
                        List.of(CommitmentOverride.level(C1, TargetLevel.of(90))),
                        List.of(aCommitment()
                                .on(ExperienceVariable.SHARING_PLEASANT)
                                .draft()),
                        List.of(C2)));

        assertThat(variant.segmentId()).isEqualTo(TestIds.FORTY_FIVE_PLUS);
        assertThat(variant.draft().overrides()).containsExactly(CommitmentOverride.level(C1, TargetLevel.of(90)));
        assertThat(variant.draft().additions()).extracting(c -> c.id().value()).containsExactly("a-1");
        assertThat(variant.draft().exclusions()).containsExactly(C2);
        assertThat(variant.versions()).isEmpty();
    }

    @Test
    void aVariantMayOnlyOverrideCommitmentsOfTheCentralVersion() {
        assertFails(
                () -> draftedVariant(
                        target,
                        new VariantDraft(
                                List.of(CommitmentOverride.level(TestIds.commitment("c-9"), TargetLevel.of(90))),
                                List.of(),
                                List.of())),
                InvalidInputException.class,
                "UNKNOWN_COMMITMENT",
                "adjustments.overrides[0].commitmentId");
    }

    @Test
    void aVariantMayOnlyExcludeCommitmentsOfTheCentralVersion() {
        assertFails(
                () -> draftedVariant(
                        target, new VariantDraft(List.of(), List.of(), List.of(C1, TestIds.commitment("c-9")))),
                InvalidInputException.class,
                "UNKNOWN_COMMITMENT",
                "adjustments.exclusions[1]");
    }

    @Test
    void aCommitmentCannotBeBothOverriddenAndExcluded() {
        assertFails(
                () -> draftedVariant(
                        target,
                        new VariantDraft(
                                List.of(CommitmentOverride.level(C1, TargetLevel.of(90))), List.of(), List.of(C1))),
                InvalidInputException.class,
                "CONFLICTING_ADJUSTMENTS",
                "adjustments.exclusions[0]");
    }

    @Test
    void aCommitmentIsOverriddenAtMostOnce() {
        assertFails(
                () -> draftedVariant(
                        target,
                        new VariantDraft(
                                List.of(
                                        CommitmentOverride.level(C1, TargetLevel.of(90)),
                                        CommitmentOverride.wording(C1, Wording.of("Near"))),
                                List.of(),
                                List.of())),
                InvalidInputException.class,
                "DUPLICATE_COMMITMENT",
                "adjustments.overrides[1]");
    }

    @Test
    void anAdditionAmbiguousWithAnApplyingCentralCommitmentIsRefused() {
        assertFails(
                () -> draftedVariant(
                        target,
                        new VariantDraft(
                                List.of(),
                                List.of(aCommitment()
                                        .on(ExperienceVariable.ACCESS_EASY)
                                        .level(95)
                                        .draft()),
                                List.of())),
                InvalidInputException.class,
                "AMBIGUOUS_PROMISE",
                "adjustments.additions[0].scope");
    }

    @Test
    void anAdditionMayReplaceACentralCommitmentTheVariantExcludes() {
        SegmentVariant variant = draftedVariant(
                target,
                new VariantDraft(
                        List.of(),
                        List.of(aCommitment()
                                .on(ExperienceVariable.ACCESS_EASY)
                                .level(95)
                                .draft()),
                        List.of(C1)));

        assertThat(variant.draft().additions()).hasSize(1);
    }

    @Test
    void anAdditionMustNameAValueOfTheBrand() {
        assertFails(
                () -> draftedVariant(
                        target,
                        new VariantDraft(
                                List.of(),
                                List.of(aCommitment()
                                        .on(ExperienceVariable.SHARING_EASY)
                                        .embodying(new com.gaplens.domain.brand.BrandValueId("nope"))
                                        .draft()),
                                List.of())),
                InvalidInputException.class,
                "UNKNOWN_BRAND_VALUE",
                "adjustments.additions[0].brandValue");
    }

    @Test
    void aVariantIsForASegmentOfTheSameBrand() {
        Segment foreign = SegmentBuilder.aSegment().ofBrand(TestIds.OTHER_BRAND).build();

        assertFails(
                () -> SegmentVariant.create(
                        TestIds.TENANT_A,
                        TestIds.VARIANT,
                        target,
                        foreign,
                        VariantDraft.empty(),
                        SequentialCommitmentIds.added(),
                        references()),
                InvalidInputException.class,
                "UNKNOWN_SEGMENT",
                "segmentId");
    }

    @Test
    void noVariantIsDeclinedForAnArchivedSegment() {
        Segment archived = SegmentBuilder.aSegment().archived().build();

        assertFails(
                () -> SegmentVariant.create(
                        TestIds.TENANT_A,
                        TestIds.VARIANT,
                        target,
                        archived,
                        VariantDraft.empty(),
                        SequentialCommitmentIds.added(),
                        references()),
                InvalidInputException.class,
                "ARCHIVED_REFERENCE",
                "segmentId");
    }

    @Test
    void nothingIsDeclinedFromATargetExperienceNeverPublished() {
        TargetExperience unpublished = draftedTarget(aCommitment().draft());

        assertFails(
                () -> draftedVariant(unpublished, VariantDraft.empty()),
                ConflictException.class,
                "TARGET_NOT_PUBLISHED",
                "targetExperienceId");
    }

    @Test
    void publishingNumbersVersionsAndRequiresALaterStart() {
        SegmentVariant variant = publishedVariant(
                target,
                new VariantDraft(List.of(CommitmentOverride.level(C1, TargetLevel.of(90))), List.of(), List.of()),
                JAN_1);

        assertThat(variant.latestVersion().orElseThrow().number()).isEqualTo(1);
        assertFails(
                () -> variant.publish(JAN_1, PUBLISHED_AT, target, segment(), references()),
                InvalidInputException.class,
                "NOT_IN_FORCE_AFTER_PREVIOUS",
                "inForceFrom");

        SegmentVariantVersion second = variant.publish(FEB_1, PUBLISHED_AT, target, segment(), references());
        assertThat(second.number()).isEqualTo(2);
        assertThat(variant.versionInForceAt(FEB_1.minusNanos(1)).orElseThrow().number())
                .isEqualTo(1);
        assertThat(variant.versionInForceAt(FEB_1).orElseThrow().number()).isEqualTo(2);
    }

    @Test
    void publishingChecksTheDraftAgainstTheLatestCentralVersionAgain() {
        // given a variant that overrides c-2, drafted against central version 1
        SegmentVariant variant = draftedVariant(
                target,
                new VariantDraft(List.of(CommitmentOverride.level(C2, TargetLevel.of(60))), List.of(), List.of()));
        // and central version 2 drops c-2
        target.reviseDraft(
                List.of(CommitmentDraftOf.existing(target, C1)), SequentialCommitmentIds.central(), references());
        target.publish(FEB_1, PUBLISHED_AT, references());

        // then
        assertFails(
                () -> variant.publish(FEB_1, PUBLISHED_AT, target, segment(), references()),
                InvalidInputException.class,
                "UNKNOWN_COMMITMENT",
                "overrides[0].commitmentId");
    }

    @Test
    void aDraftMayOnlyReviseAdditionsTheVariantKnows() {
        SegmentVariant variant = draftedVariant(target, VariantDraft.empty());

        assertFails(
                () -> variant.reviseDraft(
                        new VariantDraft(
                                List.of(),
                                List.of(aCommitment()
                                        .withId("c-1")
                                        .on(ExperienceVariable.USE_EASY)
                                        .draft()),
                                List.of()),
                        SequentialCommitmentIds.added(),
                        target,
                        references()),
                InvalidInputException.class,
                "UNKNOWN_COMMITMENT",
                "adjustments.additions[0].id");
    }

    /** Restates a commitment of the draft as it is. */
    private static final class CommitmentDraftOf {
        static CommitmentDraft existing(TargetExperience target, CommitmentId id) {
            return CommitmentDraft.of(target.draft().stream()
                    .filter(c -> c.id().equals(id))
                    .findFirst()
                    .orElseThrow());
        }
    }
}
