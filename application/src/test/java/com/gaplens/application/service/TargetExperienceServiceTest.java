package com.gaplens.application.service;

import static com.gaplens.application.service.CatalogueHarness.NOW;
import static com.gaplens.application.service.CatalogueHarness.valueNamed;
import static com.gaplens.domain.testdata.CommitmentBuilder.aCommitment;
import static com.gaplens.domain.testdata.DomainFailures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.port.in.ArchiveBrandValueUseCase.ArchiveBrandValueCommand;
import com.gaplens.application.port.in.DraftTargetExperienceUseCase.DraftTargetExperienceCommand;
import com.gaplens.application.port.in.GetTargetExperienceOfBrandUseCase.GetTargetExperienceOfBrandQuery;
import com.gaplens.application.port.in.PublishTargetExperienceUseCase.PublishTargetExperienceCommand;
import com.gaplens.application.port.in.UpdateTargetExperienceDraftUseCase.UpdateTargetExperienceDraftCommand;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.target.CommitmentDraft;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.target.TargetExperienceVersion;
import com.gaplens.domain.target.TargetLevel;
import com.gaplens.domain.testdata.TestIds;
import com.gaplens.domain.touchpoint.Touchpoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TargetExperienceServiceTest {

    private static final Instant FEB_1 = Instant.parse("2026-02-01T00:00:00Z");

    private final CatalogueHarness app = new CatalogueHarness();
    private Brand brand;
    private BrandValueId simplicity;
    private Touchpoint checkout;

    @BeforeEach
    void aBrandWithAValueAndATouchpoint() {
        brand = app.brand(TestIds.TENANT_A, "Maison Claire", "Simplicity", "Authenticity");
        simplicity = valueNamed(brand, "Simplicity");
        checkout = app.touchpoint(TestIds.TENANT_A, brand.id(), "Checkout", JourneyPhase.PURCHASE, Channel.STORE);
    }

    private TargetExperience draft(CommitmentDraft... commitments) {
        return app.targets.draftTargetExperience(
                new DraftTargetExperienceCommand(TestIds.TENANT_A, brand.id(), List.of(commitments)));
    }

    @Test
    void aTargetExperienceIsDraftedThenPublishedInForceFromTheDateGiven() {
        // given
        TargetExperience drafted = draft(
                aCommitment()
                        .embodying(simplicity)
                        .on(ExperienceVariable.ACCESS_EASY)
                        .level(80)
                        .draft(),
                aCommitment()
                        .embodying(simplicity)
                        .on(ExperienceVariable.USE_EASY)
                        .at(checkout.id())
                        .level(90)
                        .draft());

        // when
        TargetExperience published = app.targets.publishTargetExperience(new PublishTargetExperienceCommand(
                TestIds.TENANT_A, drafted.id(), drafted.version(), Optional.of(FEB_1)));

        // then
        assertThat(drafted.version()).isEqualTo(Version.of(1));
        assertThat(published.version()).isEqualTo(Version.of(2));
        TargetExperienceVersion v1 = published.latestVersion().orElseThrow();
        assertThat(v1.number()).isEqualTo(1);
        assertThat(v1.inForceFrom()).isEqualTo(FEB_1);
        assertThat(v1.publishedAt()).isEqualTo(NOW);
        assertThat(v1.commitments()).hasSize(2);
        assertThat(app.targets.getTargetExperienceOfBrand(
                        new GetTargetExperienceOfBrandQuery(TestIds.TENANT_A, brand.id())))
                .map(TargetExperience::id)
                .contains(drafted.id());
    }

    @Test
    void withoutADateAVersionIsInForceFromNow() {
        TargetExperience drafted = draft(aCommitment().embodying(simplicity).draft());

        TargetExperience published = app.targets.publishTargetExperience(
                new PublishTargetExperienceCommand(TestIds.TENANT_A, drafted.id(), Version.of(1), Optional.empty()));

        assertThat(published.latestVersion().orElseThrow().inForceFrom()).isEqualTo(NOW);
    }

    @Test
    void aBrandHasOneTargetExperience() {
        draft(aCommitment().embodying(simplicity).draft());

        assertFails(
                () -> draft(aCommitment()
                        .embodying(simplicity)
                        .on(ExperienceVariable.USE_USEFUL)
                        .draft()),
                ConflictException.class,
                "DUPLICATE_TARGET_EXPERIENCE",
                "brandId");
    }

    @Test
    void aCommitmentNamingAValueOfAnotherBrandIsRefusedAndNothingIsStored() {
        Brand other = app.brand(TestIds.TENANT_A, "Other brand", "Boldness");

        assertFails(
                () -> draft(
                        aCommitment().embodying(valueNamed(other, "Boldness")).draft()),
                InvalidInputException.class,
                "UNKNOWN_BRAND_VALUE",
                "commitments[0].brandValue");
        assertThat(app.targets.getTargetExperienceOfBrand(
                        new GetTargetExperienceOfBrandQuery(TestIds.TENANT_A, brand.id())))
                .isEmpty();
    }

    @Test
    void aCommitmentScopedToAnotherTenantsTouchpointIsRefused() {
        Brand foreign = app.brand(TestIds.TENANT_B, "Foreign");
        Touchpoint foreignTouchpoint =
                app.touchpoint(TestIds.TENANT_B, foreign.id(), "Till", JourneyPhase.PURCHASE, Channel.STORE);

        assertFails(
                () -> draft(aCommitment()
                        .embodying(simplicity)
                        .at(foreignTouchpoint.id())
                        .draft()),
                InvalidInputException.class,
                "UNKNOWN_TOUCHPOINT",
                "commitments[0].scope.touchpoints");
    }

    @Test
    void draftingForAnUnknownBrandIsNotFound() {
        assertFails(
                () -> app.targets.draftTargetExperience(new DraftTargetExperienceCommand(
                        TestIds.TENANT_B, brand.id(), List.of(aCommitment().draft()))),
                NotFoundException.class,
                "BRAND_NOT_FOUND",
                "brandId");
    }

    @Test
    void publishingAtAStaleVersionPublishesNothing() {
        TargetExperience drafted =
                draft(aCommitment().embodying(simplicity).level(80).draft());
        app.targets.updateTargetExperienceDraft(new UpdateTargetExperienceDraftCommand(
                TestIds.TENANT_A,
                drafted.id(),
                Version.of(1),
                List.of(aCommitment()
                        .withId(drafted.draft().getFirst().id().value())
                        .embodying(simplicity)
                        .level(85)
                        .draft())));

        assertFails(
                () -> app.targets.publishTargetExperience(new PublishTargetExperienceCommand(
                        TestIds.TENANT_A, drafted.id(), Version.of(1), Optional.of(FEB_1))),
                ConflictException.class,
                "STALE_VERSION",
                "expectedVersion");
        TargetExperience stored =
                app.targetRepository.find(TestIds.TENANT_A, drafted.id()).orElseThrow();
        assertThat(stored.versions()).isEmpty();
        assertThat(stored.draft().getFirst().targetLevel()).isEqualTo(TargetLevel.of(85));
    }

    @Test
    void publishingADraftWhoseValueWasArchivedSinceIsRefused() {
        TargetExperience drafted = draft(aCommitment().embodying(simplicity).draft());
        app.brands.archiveBrandValue(
                new ArchiveBrandValueCommand(TestIds.TENANT_A, brand.id(), Version.of(1), simplicity));

        assertFails(
                () -> app.targets.publishTargetExperience(new PublishTargetExperienceCommand(
                        TestIds.TENANT_A, drafted.id(), Version.of(1), Optional.of(FEB_1))),
                InvalidInputException.class,
                "ARCHIVED_REFERENCE",
                "commitments[0].brandValue");
    }
}
