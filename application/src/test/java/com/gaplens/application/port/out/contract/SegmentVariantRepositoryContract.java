package com.gaplens.application.port.out.contract;

import static com.gaplens.domain.testdata.CommitmentBuilder.aCommitment;
import static com.gaplens.domain.testdata.DomainFailures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.SegmentVariantFilter;
import com.gaplens.application.port.out.SegmentVariantRepository;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.target.CommitmentId;
import com.gaplens.domain.target.CommitmentOverride;
import com.gaplens.domain.target.SegmentVariant;
import com.gaplens.domain.target.SegmentVariantId;
import com.gaplens.domain.target.SegmentVariantVersion;
import com.gaplens.domain.target.TargetExperienceId;
import com.gaplens.domain.target.TargetLevel;
import com.gaplens.domain.target.VariantAdjustments;
import com.gaplens.domain.target.Wording;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.testdata.TestIds;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SegmentVariantRepository} does. Extend it with a {@link #repository()} of the
 * implementation. The aggregate built by {@link #newAggregate} for id {@code X} declines target experience
 * {@code te-X} for segment {@code s-1}.
 */
public abstract class SegmentVariantRepositoryContract extends VersionedRepositoryContract<SegmentVariant> {

    private static final BrandId BRAND = new BrandId("b-1");
    private static final SegmentId SEGMENT = new SegmentId("s-1");
    private static final CommitmentId C1 = new CommitmentId("c-1");
    private static final Instant JAN_1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant MAR_1 = Instant.parse("2026-03-01T00:00:00Z");

    private SegmentVariantRepository repository;

    /** A repository to test; may hold data of other tests. */
    protected abstract SegmentVariantRepository repository();

    @BeforeEach
    void aRepository() {
        repository = repository();
    }

    private static SegmentVariant variant(TenantId tenant, String id, String target, SegmentId segment, String marker) {
        return SegmentVariant.restore(
                tenant,
                new SegmentVariantId(id),
                new TargetExperienceId(target),
                BRAND,
                segment,
                overridingWording(marker),
                List.of(),
                Version.NEW);
    }

    private static VariantAdjustments overridingWording(String marker) {
        return new VariantAdjustments(
                List.of(CommitmentOverride.wording(C1, Wording.of(marker))), List.of(), List.of());
    }

    @Override
    protected SegmentVariant newAggregate(TenantId tenant, String id, String marker) {
        return variant(tenant, id, "te-" + id, SEGMENT, marker);
    }

    @Override
    protected SegmentVariant changed(SegmentVariant v, String marker) {
        return SegmentVariant.restore(
                v.tenantId(),
                v.id(),
                v.targetExperienceId(),
                v.brandId(),
                v.segmentId(),
                overridingWording(marker),
                v.versions(),
                v.version());
    }

    @Override
    protected String markerOf(SegmentVariant variant) {
        return variant.draft().overrides().getFirst().wording().orElseThrow().text();
    }

    @Override
    protected SegmentVariant atVersion(SegmentVariant v, Version version) {
        return SegmentVariant.restore(
                v.tenantId(),
                v.id(),
                v.targetExperienceId(),
                v.brandId(),
                v.segmentId(),
                v.draft(),
                v.versions(),
                version);
    }

    @Override
    protected SegmentVariant ofTenant(SegmentVariant v, TenantId tenant) {
        return SegmentVariant.restore(
                tenant,
                v.id(),
                v.targetExperienceId(),
                v.brandId(),
                v.segmentId(),
                v.draft(),
                v.versions(),
                v.version());
    }

    @Override
    protected Version versionOf(SegmentVariant variant) {
        return variant.version();
    }

    @Override
    protected String idOf(SegmentVariant variant) {
        return variant.id().value();
    }

    @Override
    protected SegmentVariant save(TenantId tenant, SegmentVariant variant) {
        return repository.save(tenant, variant);
    }

    @Override
    protected Optional<SegmentVariant> find(TenantId tenant, String id) {
        return repository.find(tenant, new SegmentVariantId(id));
    }

    @Override
    protected Page<SegmentVariant> list(TenantId tenant, PageRequest page) {
        return repository.list(tenant, SegmentVariantFilter.all(), page);
    }

    @Test
    void aVariantKeepsItsDraftAndEveryPublishedVersionExactly() {
        // given overrides of level, wording and both, an addition scoped to touchpoints, exclusions, two versions
        VariantAdjustments first = new VariantAdjustments(
                List.of(CommitmentOverride.level(C1, TargetLevel.of(91.25))),
                List.of(),
                List.of(new CommitmentId("c-3")));
        VariantAdjustments second = new VariantAdjustments(
                List.of(
                        CommitmentOverride.level(C1, TargetLevel.of(92)),
                        CommitmentOverride.wording(
                                new CommitmentId("c-2"), Wording.of("Une voix qui connaît votre prénom")),
                        new CommitmentOverride(
                                new CommitmentId("c-4"),
                                Optional.of(TargetLevel.of(0)),
                                Optional.of(Wording.of("None")))),
                List.of(aCommitment()
                        .withId("a-1")
                        .embodying(TestIds.CONVIVIALITY)
                        .on(ExperienceVariable.SHARING_PLEASANT)
                        .at(TestIds.HOTLINE, TestIds.CHECKOUT)
                        .level(100)
                        .worded("Worth telling friends")
                        .build()),
                List.of(new CommitmentId("c-3"), new CommitmentId("c-5")));
        SegmentVariant variant = SegmentVariant.restore(
                tenantA,
                new SegmentVariantId("sv-1"),
                new TargetExperienceId("te-1"),
                BRAND,
                SEGMENT,
                second,
                List.of(
                        new SegmentVariantVersion(1, JAN_1, JAN_1.minusSeconds(3_600), first),
                        new SegmentVariantVersion(2, MAR_1, MAR_1, second)),
                Version.NEW);

        // when
        SegmentVariant saved = repository.save(tenantA, variant);
        SegmentVariant found =
                repository.find(tenantA, new SegmentVariantId("sv-1")).orElseThrow();

        // then
        assertThat(found).usingRecursiveComparison().isEqualTo(saved);
        assertThat(found.draft()).isEqualTo(second);
        assertThat(found.versions()).isEqualTo(variant.versions());
    }

    @Test
    void theVariantOfATargetExperienceForASegmentIsFoundWithinTheTenant() {
        repository.save(tenantA, variant(tenantA, "sv-1", "te-1", SEGMENT, "first"));
        repository.save(tenantA, variant(tenantA, "sv-2", "te-1", new SegmentId("s-2"), "second"));

        assertThat(repository
                        .findFor(tenantA, new TargetExperienceId("te-1"), new SegmentId("s-2"))
                        .map(v -> v.id().value()))
                .contains("sv-2");
        assertThat(repository.findFor(tenantA, new TargetExperienceId("te-2"), SEGMENT))
                .isEmpty();
        assertThat(repository.findFor(tenantB, new TargetExperienceId("te-1"), SEGMENT))
                .isEmpty();
    }

    @Test
    void aTargetExperienceHasAtMostOneVariantPerSegment() {
        repository.save(tenantA, variant(tenantA, "sv-1", "te-1", SEGMENT, "first"));

        assertFails(
                () -> repository.save(tenantA, variant(tenantA, "sv-2", "te-1", SEGMENT, "second")),
                ConflictException.class,
                "DUPLICATE_SEGMENT_VARIANT",
                "segmentId");
        assertThat(repository.find(tenantA, new SegmentVariantId("sv-2"))).isEmpty();
    }

    @Test
    void variantsAreListedByIdAndFilteredByTargetExperienceAndSegment() {
        repository.save(tenantA, variant(tenantA, "sv-3", "te-2", SEGMENT, "third"));
        repository.save(tenantA, variant(tenantA, "sv-1", "te-1", SEGMENT, "first"));
        repository.save(tenantA, variant(tenantA, "sv-2", "te-1", new SegmentId("s-2"), "second"));

        assertThat(ids(SegmentVariantFilter.all())).containsExactly("sv-1", "sv-2", "sv-3");
        assertThat(ids(SegmentVariantFilter.ofTarget(new TargetExperienceId("te-1"))))
                .containsExactly("sv-1", "sv-2");
        assertThat(ids(new SegmentVariantFilter(Optional.empty(), Optional.of(SEGMENT))))
                .containsExactly("sv-1", "sv-3");
    }

    private List<String> ids(SegmentVariantFilter filter) {
        return repository.list(tenantA, filter, PageRequest.first(100)).items().stream()
                .map(v -> v.id().value())
                .toList();
    }
}
