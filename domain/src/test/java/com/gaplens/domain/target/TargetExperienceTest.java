package com.gaplens.domain.target;

import static com.gaplens.domain.testdata.CommitmentBuilder.aCommitment;
import static com.gaplens.domain.testdata.DomainFailures.assertFails;
import static com.gaplens.domain.testdata.PromiseFixture.FEB_1;
import static com.gaplens.domain.testdata.PromiseFixture.JAN_1;
import static com.gaplens.domain.testdata.PromiseFixture.MAR_1;
import static com.gaplens.domain.testdata.PromiseFixture.PUBLISHED_AT;
import static com.gaplens.domain.testdata.PromiseFixture.draftedTarget;
import static com.gaplens.domain.testdata.PromiseFixture.publishedTarget;
import static com.gaplens.domain.testdata.PromiseFixture.references;
import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.testdata.BrandBuilder;
import com.gaplens.domain.testdata.SequentialCommitmentIds;
import com.gaplens.domain.testdata.TestIds;
import com.gaplens.domain.testdata.TouchpointBuilder;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetExperienceTest {

    @Test
    void aNewTargetExperienceHoldsItsDraftWithFreshIdsAndNothingPublished() {
        // when
        TargetExperience target = draftedTarget(
                aCommitment().on(ExperienceVariable.ACCESS_EASY).draft(),
                aCommitment()
                        .on(ExperienceVariable.USE_PLEASANT)
                        .embodying(TestIds.CONVIVIALITY)
                        .draft());

        // then
        assertThat(target.draft()).extracting(c -> c.id().value()).containsExactly("c-1", "c-2");
        assertThat(target.versions()).isEmpty();
        assertThat(target.latestVersion()).isEmpty();
        assertThat(target.hasUnpublishedChanges()).isTrue();
        assertThat(target.brandId()).isEqualTo(TestIds.BRAND);
        assertThat(target.version()).isEqualTo(Version.NEW);
    }

    @Test
    void aCommitmentMustNameAValueOfItsOwnBrand() {
        assertFails(
                () -> draftedTarget(
                        aCommitment().draft(),
                        aCommitment()
                                .on(ExperienceVariable.USE_EASY)
                                .embodying(new BrandValueId("value-of-another-brand"))
                                .draft()),
                InvalidInputException.class,
                "UNKNOWN_BRAND_VALUE",
                "commitments[1].brandValue");
    }

    @Test
    void aCommitmentMayNotEmbodyAnArchivedValue() {
        PromiseReferences archivedAuthenticity = references(
                BrandBuilder.aBrand().withArchivedValue(TestIds.AUTHENTICITY).build());

        assertFails(
                () -> TargetExperience.create(
                        TestIds.TENANT_A,
                        TestIds.TARGET,
                        List.of(aCommitment().embodying(TestIds.AUTHENTICITY).draft()),
                        SequentialCommitmentIds.central(),
                        archivedAuthenticity),
                InvalidInputException.class,
                "ARCHIVED_REFERENCE",
                "commitments[0].brandValue");
    }

    @Test
    void aCommitmentMayOnlyBeScopedToTouchpointsOfItsBrand() {
        PromiseReferences withForeignTouchpoint = PromiseReferences.of(
                BrandBuilder.aBrand().build(),
                List.of(TouchpointBuilder.aTouchpoint()
                        .withId(new TouchpointId("tp-foreign"))
                        .ofBrand(TestIds.OTHER_BRAND)
                        .build()));

        assertFails(
                () -> TargetExperience.create(
                        TestIds.TENANT_A,
                        TestIds.TARGET,
                        List.of(aCommitment().at(new TouchpointId("tp-foreign")).draft()),
                        SequentialCommitmentIds.central(),
                        withForeignTouchpoint),
                InvalidInputException.class,
                "UNKNOWN_TOUCHPOINT",
                "commitments[0].scope.touchpoints");
        assertFails(
                () -> draftedTarget(
                        aCommitment().at(new TouchpointId("tp-nowhere")).draft()),
                InvalidInputException.class,
                "UNKNOWN_TOUCHPOINT",
                "commitments[0].scope.touchpoints");
    }

    @Test
    void aCommitmentMayNotBeScopedToAnArchivedTouchpoint() {
        PromiseReferences archivedCheckout = PromiseReferences.of(
                BrandBuilder.aBrand().build(),
                List.of(TouchpointBuilder.aTouchpoint().archived().build()));

        assertFails(
                () -> TargetExperience.create(
                        TestIds.TENANT_A,
                        TestIds.TARGET,
                        List.of(aCommitment().at(TestIds.CHECKOUT).draft()),
                        SequentialCommitmentIds.central(),
                        archivedCheckout),
                InvalidInputException.class,
                "ARCHIVED_REFERENCE",
                "commitments[0].scope.touchpoints");
    }

    @Test
    void nothingIsDraftedForAnArchivedBrand() {
        assertFails(
                () -> TargetExperience.create(
                        TestIds.TENANT_A,
                        TestIds.TARGET,
                        List.of(aCommitment().draft()),
                        SequentialCommitmentIds.central(),
                        references(BrandBuilder.aBrand().archived().build())),
                InvalidInputException.class,
                "ARCHIVED_REFERENCE",
                "brandId");
    }

    @Test
    void twoCommitmentsOnTheSameVariableWithOverlappingScopesOfTheSameSpecificityAreAmbiguous() {
        assertFails(
                () -> draftedTarget(
                        aCommitment().inPhase(JourneyPhase.PURCHASE).draft(),
                        aCommitment().at(TestIds.CHECKOUT, TestIds.WEB_CART).draft(),
                        aCommitment().at(TestIds.WEB_CART).draft()),
                InvalidInputException.class,
                "AMBIGUOUS_PROMISE",
                "commitments[2].scope");
        assertFails(
                () -> draftedTarget(aCommitment().draft(), aCommitment().draft()),
                InvalidInputException.class,
                "AMBIGUOUS_PROMISE",
                "commitments[1].scope");
    }

    @Test
    void commitmentsOfDifferentSpecificityOnTheSameVariableCoexist() {
        TargetExperience target = draftedTarget(
                aCommitment().variableWide().draft(),
                aCommitment().inPhase(JourneyPhase.PURCHASE).draft(),
                aCommitment().at(TestIds.CHECKOUT).draft(),
                aCommitment().at(TestIds.HOTLINE).draft());

        assertThat(target.draft()).hasSize(4);
    }

    @Test
    void revisingTheDraftKeepsTheIdsOfRevisedCommitmentsAndNumbersNewOnes() {
        // given a target whose draft holds c-1
        TargetExperience target = draftedTarget(aCommitment().level(80).draft());
        SequentialCommitmentIds ids = new SequentialCommitmentIds("n");

        // when c-1 is revised and a commitment added
        target.reviseDraft(
                List.of(
                        aCommitment().withId("c-1").level(85).draft(),
                        aCommitment().on(ExperienceVariable.USE_USEFUL).draft()),
                ids,
                references());

        // then
        assertThat(target.draft()).extracting(c -> c.id().value()).containsExactly("c-1", "n-1");
        assertThat(target.draft().getFirst().targetLevel()).isEqualTo(TargetLevel.of(85));
    }

    @Test
    void aDraftMayNotReviseACommitmentTheTargetExperienceDoesNotKnow() {
        TargetExperience target = draftedTarget(aCommitment().draft());

        assertFails(
                () -> target.reviseDraft(
                        List.of(aCommitment().withId("c-99").draft()), SequentialCommitmentIds.central(), references()),
                InvalidInputException.class,
                "UNKNOWN_COMMITMENT",
                "commitments[0].id");
    }

    @Test
    void aDraftMayNotListTheSameCommitmentTwice() {
        TargetExperience target = draftedTarget(aCommitment().draft());

        assertFails(
                () -> target.reviseDraft(
                        List.of(
                                aCommitment().withId("c-1").draft(),
                                aCommitment()
                                        .withId("c-1")
                                        .on(ExperienceVariable.USE_EASY)
                                        .draft()),
                        SequentialCommitmentIds.central(),
                        references()),
                InvalidInputException.class,
                "DUPLICATE_COMMITMENT",
                "commitments[1].id");
    }

    @Test
    void publishingTurnsTheDraftIntoVersionOneInForceFromTheGivenInstant() {
        TargetExperience target = draftedTarget(aCommitment().draft());

        TargetExperienceVersion published = target.publish(JAN_1, PUBLISHED_AT, references());

        assertThat(published.number()).isEqualTo(1);
        assertThat(published.inForceFrom()).isEqualTo(JAN_1);
        assertThat(published.publishedAt()).isEqualTo(PUBLISHED_AT);
        assertThat(published.commitments()).isEqualTo(target.draft());
        assertThat(target.latestVersion()).contains(published);
        assertThat(target.hasUnpublishedChanges()).isFalse();
    }

    @Test
    void anEmptyTargetExperienceCannotBePublished() {
        TargetExperience target = draftedTarget();

        assertFails(
                () -> target.publish(JAN_1, PUBLISHED_AT, references()),
                InvalidInputException.class,
                "EMPTY_TARGET_EXPERIENCE",
                "commitments");
    }

    @Test
    void aLaterVersionMustComeIntoForceStrictlyAfterThePreviousOne() {
        TargetExperience target = publishedTarget(aCommitment().draft());

        assertFails(
                () -> target.publish(JAN_1, PUBLISHED_AT, references()),
                InvalidInputException.class,
                "NOT_IN_FORCE_AFTER_PREVIOUS",
                "inForceFrom");
        assertFails(
                () -> target.publish(JAN_1.minusSeconds(1), PUBLISHED_AT, references()),
                InvalidInputException.class,
                "NOT_IN_FORCE_AFTER_PREVIOUS",
                "inForceFrom");
        assertThat(target.versions()).hasSize(1);
    }

    @Test
    void publishingChecksTheReferencesAgainBecauseAValueMayHaveBeenArchivedSinceDrafting() {
        TargetExperience target =
                draftedTarget(aCommitment().embodying(TestIds.AUTHENTICITY).draft());

        assertFails(
                () -> target.publish(
                        JAN_1,
                        PUBLISHED_AT,
                        references(BrandBuilder.aBrand()
                                .withArchivedValue(TestIds.AUTHENTICITY)
                                .build())),
                InvalidInputException.class,
                "ARCHIVED_REFERENCE",
                "commitments[0].brandValue");
        assertThat(target.versions()).isEmpty();
    }

    @Test
    void publishedVersionsStayAsTheyWereWhenTheDraftChanges() {
        // given version 1 promising 80
        TargetExperience target = publishedTarget(aCommitment().level(80).draft());

        // when the draft moves to 90 and is published as version 2
        target.reviseDraft(
                List.of(aCommitment().withId("c-1").level(90).draft()),
                SequentialCommitmentIds.central(),
                references());
        target.publish(FEB_1, PUBLISHED_AT, references());

        // then
        assertThat(target.versions())
                .extracting(TargetExperienceVersion::number)
                .containsExactly(1, 2);
        assertThat(target.publishedVersion(1)
                        .orElseThrow()
                        .commitments()
                        .getFirst()
                        .targetLevel())
                .isEqualTo(TargetLevel.of(80));
        assertThat(target.publishedVersion(2)
                        .orElseThrow()
                        .commitments()
                        .getFirst()
                        .targetLevel())
                .isEqualTo(TargetLevel.of(90));
        assertThat(target.publishedVersion(3)).isEmpty();
    }

    @Test
    void theVersionInForceIsTheLastOneStartedAtOrBeforeTheInstant() {
        // given version 1 from JAN_1, 2 from FEB_1, 3 from MAR_1
        TargetExperience target = publishedTarget(aCommitment().level(80).draft());
        target.reviseDraft(
                List.of(aCommitment().withId("c-1").level(85).draft()),
                SequentialCommitmentIds.central(),
                references());
        target.publish(FEB_1, PUBLISHED_AT, references());
        target.reviseDraft(
                List.of(aCommitment().withId("c-1").level(90).draft()),
                SequentialCommitmentIds.central(),
                references());
        target.publish(MAR_1, PUBLISHED_AT, references());
        Duration nano = Duration.ofNanos(1);

        // then
        assertThat(target.versionInForceAt(JAN_1.minus(nano))).isEmpty();
        assertThat(numberInForceAt(target, JAN_1)).isEqualTo(1);
        assertThat(numberInForceAt(target, FEB_1.minus(nano))).isEqualTo(1);
        assertThat(numberInForceAt(target, FEB_1)).isEqualTo(2);
        assertThat(numberInForceAt(target, MAR_1.minus(nano))).isEqualTo(2);
        assertThat(numberInForceAt(target, MAR_1)).isEqualTo(3);
        assertThat(numberInForceAt(target, Instant.parse("2030-01-01T00:00:00Z")))
                .isEqualTo(3);
    }

    @Test
    void restoringVersionsOutOfOrderIsRefused() {
        Commitment commitment = aCommitment().withId("c-1").build();
        List<TargetExperienceVersion> outOfOrder = List.of(
                new TargetExperienceVersion(1, FEB_1, PUBLISHED_AT, List.of(commitment)),
                new TargetExperienceVersion(2, JAN_1, PUBLISHED_AT, List.of(commitment)));

        assertFails(
                () -> TargetExperience.restore(
                        TestIds.TENANT_A,
                        TestIds.TARGET,
                        TestIds.BRAND,
                        List.of(commitment),
                        outOfOrder,
                        Version.of(3)),
                InvalidInputException.class,
                "NOT_IN_FORCE_AFTER_PREVIOUS",
                "inForceFrom");
    }

    private static int numberInForceAt(TargetExperience target, Instant at) {
        return target.versionInForceAt(at).orElseThrow().number();
    }
}
