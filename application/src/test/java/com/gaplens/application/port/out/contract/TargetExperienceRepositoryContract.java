package com.gaplens.application.port.out.contract;

import static com.gaplens.domain.testdata.CommitmentBuilder.aCommitment;
import static com.gaplens.domain.testdata.DomainFailures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.TargetExperienceFilter;
import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.target.Commitment;
import com.gaplens.domain.target.PromiseReferences;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.target.TargetExperienceId;
import com.gaplens.domain.target.TargetExperienceVersion;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.testdata.BrandBuilder;
import com.gaplens.domain.testdata.SequentialCommitmentIds;
import com.gaplens.domain.testdata.TestIds;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TargetExperienceRepository} does. Extend it with a {@link #repository()} of the
 * implementation. The aggregate built by {@link #newAggregate} for id {@code X} belongs to brand {@code b-X}.
 */
public abstract class TargetExperienceRepositoryContract extends VersionedRepositoryContract<TargetExperience> {

    private static final Instant JAN_1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant FEB_1 = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant PUBLISHED = Instant.parse("2025-12-15T10:00:00.123456789Z");

    private TargetExperienceRepository repository;

    /** A repository to test; may hold data of other tests. */
    protected abstract TargetExperienceRepository repository();

    @BeforeEach
    void aRepository() {
        repository = repository();
    }

    private static TargetExperience target(TenantId tenant, String id, BrandId brand, String marker) {
        return TargetExperience.restore(
                tenant,
                new TargetExperienceId(id),
                brand,
                List.of(aCommitment().withId("c-1").worded(marker).build()),
                List.of(),
                Version.NEW);
    }

    @Override
    protected TargetExperience newAggregate(TenantId tenant, String id, String marker) {
        return target(tenant, id, new BrandId("b-" + id), marker);
    }

    @Override
    protected TargetExperience changed(TargetExperience target, String marker) {
        PromiseReferences references = PromiseReferences.of(
                BrandBuilder.aBrand()
                        .ofTenant(target.tenantId())
                        .withId(target.brandId())
                        .build(),
                List.of());
        target.reviseDraft(
                List.of(aCommitment().withId("c-1").worded(marker).draft()),
                SequentialCommitmentIds.central(),
                references);
        return target;
    }

    @Override
    protected String markerOf(TargetExperience target) {
        return target.draft().getFirst().wording().text();
    }

    @Override
    protected TargetExperience atVersion(TargetExperience t, Version version) {
        return TargetExperience.restore(t.tenantId(), t.id(), t.brandId(), t.draft(), t.versions(), version);
    }

    @Override
    protected TargetExperience ofTenant(TargetExperience t, TenantId tenant) {
        return TargetExperience.restore(tenant, t.id(), t.brandId(), t.draft(), t.versions(), t.version());
    }

    @Override
    protected Version versionOf(TargetExperience target) {
        return target.version();
    }

    @Override
    protected String idOf(TargetExperience target) {
        return target.id().value();
    }

    @Override
    protected TargetExperience save(TenantId tenant, TargetExperience target) {
        return repository.save(tenant, target);
    }

    @Override
    protected Optional<TargetExperience> find(TenantId tenant, String id) {
        return repository.find(tenant, new TargetExperienceId(id));
    }

    @Override
    protected Page<TargetExperience> list(TenantId tenant, PageRequest page) {
        return repository.list(tenant, TargetExperienceFilter.all(), page);
    }

    @Test
    void aTargetExperienceKeepsItsDraftAndEveryPublishedVersionExactly() {
        // given commitments of every scope, fractional levels, and two published versions
        Commitment wide = aCommitment()
                .withId("c-1")
                .on(ExperienceVariable.ACCESS_EASY)
                .level(80)
                .worded("Easy to reach")
                .build();
        Commitment phase = aCommitment()
                .withId("c-2")
                .embodying(TestIds.CONVIVIALITY)
                .on(ExperienceVariable.CUSTOMER_RELATIONSHIP_PLEASANT)
                .inPhase(JourneyPhase.AFTER_PURCHASE)
                .level(72.5)
                .worded("A warm voice after the sale")
                .build();
        Commitment touchpoints = aCommitment()
                .withId("c-3")
                .embodying(TestIds.AUTHENTICITY)
                .on(ExperienceVariable.USE_PLEASANT)
                .at(TestIds.WEB_CART, TestIds.CHECKOUT)
                .level(90)
                .worded("Réel, sans artifice")
                .build();
        TargetExperience target = TargetExperience.restore(
                tenantA,
                new TargetExperienceId("te-1"),
                new BrandId("b-1"),
                List.of(wide.withTargetLevel(com.gaplens.domain.target.TargetLevel.of(85)), phase, touchpoints),
                List.of(
                        new TargetExperienceVersion(1, JAN_1, PUBLISHED, List.of(wide)),
                        new TargetExperienceVersion(
                                2, FEB_1, PUBLISHED.plusSeconds(86_400), List.of(wide, phase, touchpoints))),
                Version.NEW);

        // when
        TargetExperience saved = repository.save(tenantA, target);
        TargetExperience found =
                repository.find(tenantA, new TargetExperienceId("te-1")).orElseThrow();

        // then
        assertThat(found).usingRecursiveComparison().isEqualTo(saved);
        assertThat(found.draft()).isEqualTo(target.draft());
        assertThat(found.versions()).isEqualTo(target.versions());
        assertThat(found.versionInForceAt(FEB_1).orElseThrow().number()).isEqualTo(2);
    }

    @Test
    void theTargetExperienceOfABrandIsFoundByTheBrandWithinTheTenant() {
        repository.save(tenantA, target(tenantA, "te-1", new BrandId("b-1"), "first"));
        repository.save(tenantA, target(tenantA, "te-2", new BrandId("b-2"), "second"));

        assertThat(repository.findByBrand(tenantA, new BrandId("b-2")).map(t -> t.id().value()))
                .contains("te-2");
        assertThat(repository.findByBrand(tenantA, new BrandId("b-3"))).isEmpty();
        assertThat(repository.findByBrand(tenantB, new BrandId("b-1"))).isEmpty();
    }

    @Test
    void aBrandHasAtMostOneTargetExperience() {
        repository.save(tenantA, target(tenantA, "te-1", new BrandId("b-1"), "first"));

        assertFails(
                () -> repository.save(tenantA, target(tenantA, "te-2", new BrandId("b-1"), "second")),
                ConflictException.class,
                "DUPLICATE_TARGET_EXPERIENCE",
                "brandId");
        assertThat(repository.find(tenantA, new TargetExperienceId("te-2"))).isEmpty();
        assertThat(repository
                        .save(tenantB, target(tenantB, "te-2", new BrandId("b-1"), "other tenant"))
                        .version())
                .isEqualTo(Version.of(1));
    }

    @Test
    void targetExperiencesAreListedByIdAndFilteredByBrand() {
        repository.save(tenantA, target(tenantA, "te-2", new BrandId("b-2"), "second"));
        repository.save(tenantA, target(tenantA, "te-1", new BrandId("b-1"), "first"));

        assertThat(repository
                        .list(tenantA, TargetExperienceFilter.all(), PageRequest.first(10))
                        .items())
                .extracting(t -> t.id().value())
                .containsExactly("te-1", "te-2");
        assertThat(repository
                        .list(
                                tenantA,
                                new TargetExperienceFilter(Optional.of(new BrandId("b-2"))),
                                PageRequest.first(10))
                        .items())
                .extracting(t -> t.id().value())
                .containsExactly("te-2");
    }
}
