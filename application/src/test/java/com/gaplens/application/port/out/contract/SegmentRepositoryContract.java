package com.gaplens.application.port.out.contract;

import static com.gaplens.domain.testdata.DomainFailures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.listing.NameOrder;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.SegmentFilter;
import com.gaplens.application.port.out.SegmentRepository;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.segment.SegmentKind;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.Description;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SegmentRepository} does. Extend it with a {@link #repository()} of the implementation. */
public abstract class SegmentRepositoryContract extends VersionedRepositoryContract<Segment> {

    private static final BrandId BRAND = new BrandId("b-1");
    private static final BrandId OTHER_BRAND = new BrandId("b-2");

    private SegmentRepository repository;

    /** A repository to test; may hold data of other tests. */
    protected abstract SegmentRepository repository();

    @BeforeEach
    void aRepository() {
        repository = repository();
    }

    private static Segment segment(TenantId tenant, String id, BrandId brand, SegmentKind kind, String name) {
        return Segment.create(tenant, new SegmentId(id), brand, kind, Name.of(name), Optional.empty());
    }

    @Override
    protected Segment newAggregate(TenantId tenant, String id, String marker) {
        return segment(tenant, id, BRAND, SegmentKind.PROFILE, marker);
    }

    @Override
    protected Segment changed(Segment segment, String marker) {
        segment.rename(Name.of(marker));
        return segment;
    }

    @Override
    protected String markerOf(Segment segment) {
        return segment.name().value();
    }

    @Override
    protected Segment atVersion(Segment s, Version version) {
        return Segment.restore(
                s.tenantId(), s.id(), s.brandId(), s.kind(), s.name(), s.description(), s.status(), version);
    }

    @Override
    protected Segment ofTenant(Segment s, TenantId tenant) {
        return Segment.restore(
                tenant, s.id(), s.brandId(), s.kind(), s.name(), s.description(), s.status(), s.version());
    }

    @Override
    protected Version versionOf(Segment segment) {
        return segment.version();
    }

    @Override
    protected String idOf(Segment segment) {
        return segment.id().value();
    }

    @Override
    protected Segment save(TenantId tenant, Segment segment) {
        return repository.save(tenant, segment);
    }

    @Override
    protected Optional<Segment> find(TenantId tenant, String id) {
        return repository.find(tenant, new SegmentId(id));
    }

    @Override
    protected Page<Segment> list(TenantId tenant, PageRequest page) {
        return repository.list(tenant, SegmentFilter.all(), page);
    }

    @Test
    void findAllReturnsTheTenantsSegmentsAmongTheIdsAndSkipsTheRest() {
        repository.save(tenantA, newAggregate(tenantA, "s-1", "Young"));
        repository.save(tenantA, newAggregate(tenantA, "s-2", "Senior"));
        repository.save(tenantB, newAggregate(tenantB, "s-3", "Other tenant's"));

        List<Segment> found =
                repository.findAll(tenantA, Set.of(new SegmentId("s-1"), new SegmentId("s-3"), new SegmentId("s-404")));

        assertThat(found).extracting(s -> s.id().value()).containsExactly("s-1");
        assertThat(repository.findAll(tenantB, Set.of(new SegmentId("s-1"), new SegmentId("s-2"))))
                .isEmpty();
    }

    @Test
    void aSegmentKeepsEverythingItSays() {
        Segment segment = Segment.create(
                tenantA,
                new SegmentId("s-1"),
                BRAND,
                SegmentKind.SITUATION,
                Name.of("In a hurry"),
                Optional.of(Description.of("Lunch break")));
        segment.archive();
        Segment saved = repository.save(tenantA, segment);

        assertThat(repository.find(tenantA, new SegmentId("s-1")).orElseThrow())
                .usingRecursiveComparison()
                .isEqualTo(saved);
    }

    @Test
    void segmentNamesAreUniquePerBrandCaseInsensitively() {
        repository.save(tenantA, newAggregate(tenantA, "s-1", "45 and over"));

        assertFails(
                () -> repository.save(tenantA, newAggregate(tenantA, "s-2", "45 AND OVER")),
                ConflictException.class,
                "DUPLICATE_NAME",
                "name");
        assertThat(repository
                        .save(tenantA, segment(tenantA, "s-3", OTHER_BRAND, SegmentKind.PROFILE, "45 and over"))
                        .version())
                .isEqualTo(Version.of(1));
    }

    @Test
    void segmentsAreFilteredByBrandKindAndStatus() {
        repository.save(tenantA, segment(tenantA, "s-1", BRAND, SegmentKind.PROFILE, "25-34"));
        repository.save(tenantA, segment(tenantA, "s-2", BRAND, SegmentKind.SITUATION, "Gift"));
        repository.save(tenantA, segment(tenantA, "s-3", OTHER_BRAND, SegmentKind.PROFILE, "45+"));
        Segment archived = segment(tenantA, "s-4", BRAND, SegmentKind.PROFILE, "Students");
        archived.archive();
        repository.save(tenantA, archived);

        assertThat(ids(SegmentFilter.ofBrand(BRAND))).containsExactly("s-1", "s-2", "s-4");
        assertThat(ids(new SegmentFilter(
                        Optional.of(BRAND),
                        Optional.of(SegmentKind.PROFILE),
                        Optional.empty(),
                        NameOrder.NAME_ASCENDING)))
                .containsExactly("s-1", "s-4");
        assertThat(ids(new SegmentFilter(
                        Optional.of(BRAND),
                        Optional.of(SegmentKind.PROFILE),
                        Optional.of(LifecycleStatus.ACTIVE),
                        NameOrder.NAME_DESCENDING)))
                .containsExactly("s-1");
        assertThat(ids(new SegmentFilter(
                        Optional.empty(), Optional.empty(), Optional.empty(), NameOrder.NAME_DESCENDING)))
                .containsExactly("s-4", "s-2", "s-3", "s-1");
    }

    private java.util.List<String> ids(SegmentFilter filter) {
        return repository.list(tenantA, filter, PageRequest.first(100)).items().stream()
                .map(s -> s.id().value())
                .toList();
    }
}
