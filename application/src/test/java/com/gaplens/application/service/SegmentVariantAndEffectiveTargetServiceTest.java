package com.gaplens.application.service;

import static com.gaplens.application.service.CatalogueHarness.NOW;
import static com.gaplens.application.service.CatalogueHarness.valueNamed;
import static com.gaplens.domain.testdata.CommitmentBuilder.aCommitment;
import static com.gaplens.domain.testdata.DomainFailures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.gaplens.application.port.in.DraftSegmentVariantUseCase.DraftSegmentVariantCommand;
import com.gaplens.application.port.in.DraftTargetExperienceUseCase.DraftTargetExperienceCommand;
import com.gaplens.application.port.in.GetEffectiveTargetUseCase.GetEffectiveTargetQuery;
import com.gaplens.application.port.in.PublishSegmentVariantUseCase.PublishSegmentVariantCommand;
import com.gaplens.application.port.in.PublishTargetExperienceUseCase.PublishTargetExperienceCommand;
import com.gaplens.application.port.in.UpdateSegmentVariantDraftUseCase.UpdateSegmentVariantDraftCommand;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.target.CommitmentId;
import com.gaplens.domain.target.CommitmentOverride;
import com.gaplens.domain.target.EffectiveTarget;
import com.gaplens.domain.target.Provenance;
import com.gaplens.domain.target.ResolvedCommitment;
import com.gaplens.domain.target.SegmentVariant;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.target.TargetLevel;
import com.gaplens.domain.target.VariantDraft;
import com.gaplens.domain.testdata.TestIds;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SegmentVariantAndEffectiveTargetServiceTest {

    private static final Instant JAN_1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant FEB_1 = Instant.parse("2026-02-01T00:00:00Z");

    private final CatalogueHarness app = new CatalogueHarness();
    private Brand brand;
    private BrandValueId simplicity;
    private Segment fortyFive;
    private TargetExperience target;
    private CommitmentId easyAccess;
    private CommitmentId usefulUse;

    @BeforeEach
    void aPublishedCentralTargetInForceFromJanuary() {
        brand = app.brand(TestIds.TENANT_A, "Maison Claire", "Simplicity", "Conviviality");
        simplicity = valueNamed(brand, "Simplicity");
        fortyFive = app.segment(TestIds.TENANT_A, brand.id(), "45 and over");
        TargetExperience drafted = app.targets.draftTargetExperience(new DraftTargetExperienceCommand(
                TestIds.TENANT_A,
                brand.id(),
                List.of(
                        aCommitment()
                                .embodying(simplicity)
                                .on(ExperienceVariable.ACCESS_EASY)
                                .level(80)
                                .draft(),
                        aCommitment()
                                .embodying(simplicity)
                                .on(ExperienceVariable.USE_USEFUL)
                                .level(75)
                                .draft())));
        target = app.targets.publishTargetExperience(new PublishTargetExperienceCommand(
                TestIds.TENANT_A, drafted.id(), drafted.version(), Optional.of(JAN_1)));
        easyAccess = target.draft().get(0).id();
        usefulUse = target.draft().get(1).id();
    }

    private SegmentVariant draftVariant(VariantDraft adjustments) {
        return app.variants.draftSegmentVariant(
                new DraftSegmentVariantCommand(TestIds.TENANT_A, target.id(), fortyFive.id(), adjustments));
    }

    private Optional<EffectiveTarget> effective(Optional<SegmentId> segment, Optional<Instant> at) {
        return app.effectiveTargets.getEffectiveTarget(
                new GetEffectiveTargetQuery(TestIds.TENANT_A, brand.id(), segment, at));
    }

    @Test
    void aPublishedVariantShapesTheEffectiveTargetOfItsSegmentFromItsStart() {
        // given a variant raising easy access to 90, excluding useful use, adding a conviviality promise, in force from
        // FEB_1
        SegmentVariant drafted = draftVariant(new VariantDraft(
                List.of(CommitmentOverride.level(easyAccess, TargetLevel.of(90))),
                List.of(aCommitment()
                        .embodying(valueNamed(brand, "Conviviality"))
                        .on(ExperienceVariable.CUSTOMER_RELATIONSHIP_PLEASANT)
                        .level(85)
                        .draft()),
                List.of(usefulUse)));
        SegmentVariant published = app.variants.publishSegmentVariant(new PublishSegmentVariantCommand(
                TestIds.TENANT_A, drafted.id(), drafted.version(), Optional.of(FEB_1)));

        // when
        EffectiveTarget february =
                effective(Optional.of(fortyFive.id()), Optional.of(FEB_1)).orElseThrow();
        EffectiveTarget january = effective(Optional.of(fortyFive.id()), Optional.of(FEB_1.minusNanos(1)))
                .orElseThrow();

        // then
        assertThat(published.version()).isEqualTo(Version.of(2));
        assertThat(published.latestVersion().orElseThrow().publishedAt()).isEqualTo(NOW);
        assertThat(february.commitments())
                .extracting(
                        ResolvedCommitment::provenance,
                        c -> c.commitment().targetLevel().value())
                .containsExactly(
                        tuple(Provenance.OVERRIDDEN, 90.0),
                        tuple(Provenance.EXCLUDED, 75.0),
                        tuple(Provenance.ADDED, 85.0));
        assertThat(february.variantVersion()).isEqualTo(OptionalInt.of(1));
        assertThat(january.commitments())
                .extracting(ResolvedCommitment::provenance)
                .containsExactly(Provenance.INHERITED, Provenance.INHERITED);
    }

    @Test
    void withoutSegmentTheEffectiveTargetIsTheCentralOneInForceNow() {
        EffectiveTarget now = effective(Optional.empty(), Optional.empty()).orElseThrow();

        assertThat(now.at()).isEqualTo(NOW);
        assertThat(now.segmentId()).isEmpty();
        assertThat(now.centralVersion()).isEqualTo(1);
        assertThat(now.commitments())
                .extracting(ResolvedCommitment::provenance)
                .containsExactly(Provenance.INHERITED, Provenance.INHERITED);
    }

    @Test
    void aSegmentWithoutVariantInheritsEverything() {
        EffectiveTarget forSegment =
                effective(Optional.of(fortyFive.id()), Optional.of(FEB_1)).orElseThrow();

        assertThat(forSegment.segmentId()).contains(fortyFive.id());
        assertThat(forSegment.variantVersion()).isEmpty();
        assertThat(forSegment.commitments()).allMatch(c -> c.provenance() == Provenance.INHERITED);
    }

    @Test
    void beforeTheFirstVersionOrWithoutTargetExperienceThereIsNoEffectiveTarget() {
        Brand bare = app.brand(TestIds.TENANT_A, "No promise yet");

        assertThat(effective(Optional.empty(), Optional.of(JAN_1.minusSeconds(1))))
                .isEmpty();
        assertThat(app.effectiveTargets.getEffectiveTarget(
                        new GetEffectiveTargetQuery(TestIds.TENANT_A, bare.id(), Optional.empty(), Optional.empty())))
                .isEmpty();
    }

    @Test
    void theEffectiveTargetOfASegmentOfAnotherBrandOrTenantIsNotFound() {
        Brand other = app.brand(TestIds.TENANT_A, "Other brand");
        Segment otherSegment = app.segment(TestIds.TENANT_A, other.id(), "Students");

        assertFails(
                () -> effective(Optional.of(otherSegment.id()), Optional.empty()),
                NotFoundException.class,
                "SEGMENT_NOT_FOUND",
                "segmentId");
        assertFails(
                () -> app.effectiveTargets.getEffectiveTarget(
                        new GetEffectiveTargetQuery(TestIds.TENANT_B, brand.id(), Optional.empty(), Optional.empty())),
                NotFoundException.class,
                "BRAND_NOT_FOUND",
                "brandId");
    }

    @Test
    void aSegmentHasOneVariantOfTheTargetExperience() {
        draftVariant(VariantDraft.empty());

        assertFails(
                () -> draftVariant(VariantDraft.empty()),
                ConflictException.class,
                "DUPLICATE_SEGMENT_VARIANT",
                "segmentId");
    }

    @Test
    void aVariantForASegmentOfAnotherBrandIsRefused() {
        Brand other = app.brand(TestIds.TENANT_A, "Other brand");
        Segment otherSegment = app.segment(TestIds.TENANT_A, other.id(), "Students");

        assertFails(
                () -> app.variants.draftSegmentVariant(new DraftSegmentVariantCommand(
                        TestIds.TENANT_A, target.id(), otherSegment.id(), VariantDraft.empty())),
                InvalidInputException.class,
                "UNKNOWN_SEGMENT",
                "segmentId");
    }

    @Test
    void aVariantOfAnotherTenantsTargetExperienceIsNotFound() {
        assertFails(
                () -> app.variants.draftSegmentVariant(new DraftSegmentVariantCommand(
                        TestIds.TENANT_B, target.id(), fortyFive.id(), VariantDraft.empty())),
                NotFoundException.class,
                "TARGET_EXPERIENCE_NOT_FOUND",
                "targetExperienceId");
    }

    @Test
    void overridingACommitmentTheCentralVersionDoesNotHaveIsRefusedAndChangesNothing() {
        SegmentVariant drafted = draftVariant(VariantDraft.empty());

        assertFails(
                () -> app.variants.updateSegmentVariantDraft(new UpdateSegmentVariantDraftCommand(
                        TestIds.TENANT_A,
                        drafted.id(),
                        drafted.version(),
                        new VariantDraft(
                                List.of(CommitmentOverride.level(new CommitmentId("id-404"), TargetLevel.of(90))),
                                List.of(),
                                List.of()))),
                InvalidInputException.class,
                "UNKNOWN_COMMITMENT",
                "adjustments.overrides[0].commitmentId");
        SegmentVariant stored =
                app.variantRepository.find(TestIds.TENANT_A, drafted.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(Version.of(1));
        assertThat(stored.draft().isEmpty()).isTrue();
    }

    @Test
    void publishingAVariantAtAStaleVersionIsAConflict() {
        SegmentVariant drafted = draftVariant(VariantDraft.empty());
        app.variants.updateSegmentVariantDraft(new UpdateSegmentVariantDraftCommand(
                TestIds.TENANT_A,
                drafted.id(),
                Version.of(1),
                new VariantDraft(List.of(), List.of(), List.of(usefulUse))));

        assertFails(
                () -> app.variants.publishSegmentVariant(new PublishSegmentVariantCommand(
                        TestIds.TENANT_A, drafted.id(), Version.of(1), Optional.empty())),
                ConflictException.class,
                "STALE_VERSION",
                "expectedVersion");
    }
}
