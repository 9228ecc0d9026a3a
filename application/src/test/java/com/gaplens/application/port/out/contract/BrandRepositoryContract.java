package com.gaplens.application.port.out.contract;

import static com.gaplens.domain.testdata.DomainFailures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.listing.BrandFilter;
import com.gaplens.application.listing.NameOrder;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.Description;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link BrandRepository} does. Extend it with a {@link #repository()} of the implementation. */
public abstract class BrandRepositoryContract extends VersionedRepositoryContract<Brand> {

    private BrandRepository repository;

    /** A repository to test; may hold data of other tests. */
    protected abstract BrandRepository repository();

    @BeforeEach
    void aRepository() {
        repository = repository();
    }

    @Override
    protected Brand newAggregate(TenantId tenant, String id, String marker) {
        return Brand.create(tenant, new BrandId(id), Name.of(marker), Optional.empty());
    }

    @Override
    protected Brand changed(Brand brand, String marker) {
        brand.rename(Name.of(marker));
        return brand;
    }

    @Override
    protected String markerOf(Brand brand) {
        return brand.name().value();
    }

    @Override
    protected Brand atVersion(Brand b, Version version) {
        return Brand.restore(b.tenantId(), b.id(), b.name(), b.description(), b.values(), b.status(), version);
    }

    @Override
    protected Brand ofTenant(Brand b, TenantId tenant) {
        return Brand.restore(tenant, b.id(), b.name(), b.description(), b.values(), b.status(), b.version());
    }

    @Override
    protected Version versionOf(Brand brand) {
        return brand.version();
    }

    @Override
    protected String idOf(Brand brand) {
        return brand.id().value();
    }

    @Override
    protected Brand save(TenantId tenant, Brand brand) {
        return repository.save(tenant, brand);
    }

    @Override
    protected Optional<Brand> find(TenantId tenant, String id) {
        return repository.find(tenant, new BrandId(id));
    }

    @Override
    protected Page<Brand> list(TenantId tenant, PageRequest page) {
        return repository.list(tenant, BrandFilter.all(), page);
    }

    @Test
    void aBrandKeepsItsDescriptionAndValuesWithTheirStatus() {
        Brand brand = Brand.create(
                tenantA, new BrandId("b-1"), Name.of("Maison Claire"), Optional.of(Description.of("Since 1921")));
        brand.addValue(
                new BrandValueId("v-1"), Name.of("Simplicity"), Optional.of(Description.of("Nothing superfluous")));
        brand.addValue(new BrandValueId("v-2"), Name.of("Authenticity"), Optional.empty());
        brand.archiveValue(new BrandValueId("v-2"));
        Brand saved = repository.save(tenantA, brand);

        Brand found = repository.find(tenantA, new BrandId("b-1")).orElseThrow();

        assertThat(found).usingRecursiveComparison().isEqualTo(saved);
        assertThat(found.values())
                .extracting(v -> v.id().value(), v -> v.status())
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("v-1", LifecycleStatus.ACTIVE),
                        org.assertj.core.api.Assertions.tuple("v-2", LifecycleStatus.ARCHIVED));
    }

    @Test
    void brandNamesAreUniquePerTenantCaseInsensitively() {
        repository.save(tenantA, newAggregate(tenantA, "b-1", "Maison Claire"));

        assertFails(
                () -> repository.save(tenantA, newAggregate(tenantA, "b-2", "MAISON claire")),
                ConflictException.class,
                "DUPLICATE_NAME",
                "name");
        assertThat(repository.find(tenantA, new BrandId("b-2"))).isEmpty();
        assertThat(repository
                        .save(tenantB, newAggregate(tenantB, "b-2", "Maison Claire"))
                        .version())
                .isEqualTo(Version.of(1));
    }

    @Test
    void aBrandMayChangeTheCaseOfItsOwnName() {
        Brand saved = repository.save(tenantA, newAggregate(tenantA, "b-1", "Maison Claire"));
        saved.rename(Name.of("MAISON CLAIRE"));

        assertThat(repository.save(tenantA, saved).name()).isEqualTo(Name.of("MAISON CLAIRE"));
    }

    @Test
    void brandsAreListedByNameIgnoringCaseThenById() {
        for (String[] b : new String[][] {
            {"b-1", "delta"}, {"b-2", "Alpha"}, {"b-3", "charlie"}, {"b-4", "Bravo"}, {"b-5", "écho"}
        }) {
            repository.save(tenantA, newAggregate(tenantA, b[0], b[1]));
        }

        Page<Brand> ascending = repository.list(tenantA, BrandFilter.all(), PageRequest.first(10));
        Page<Brand> descending = repository.list(
                tenantA, new BrandFilter(Optional.empty(), NameOrder.NAME_DESCENDING), PageRequest.first(3));
        Page<Brand> descendingNext = repository.list(
                tenantA,
                new BrandFilter(Optional.empty(), NameOrder.NAME_DESCENDING),
                PageRequest.first(3).after(descending.endCursor().orElseThrow()));

        assertThat(ascending.items())
                .extracting(b -> b.name().value())
                .containsExactly("Alpha", "Bravo", "charlie", "delta", "écho");
        assertThat(descending.items()).extracting(b -> b.name().value()).containsExactly("écho", "delta", "charlie");
        assertThat(descendingNext.items()).extracting(b -> b.name().value()).containsExactly("Bravo", "Alpha");
        assertThat(descendingNext.hasNextPage()).isFalse();
    }

    @Test
    void brandsAreFilteredByStatus() {
        repository.save(tenantA, newAggregate(tenantA, "b-1", "Active one"));
        Brand archived = newAggregate(tenantA, "b-2", "Archived one");
        archived.archive();
        repository.save(tenantA, archived);

        Page<Brand> active = repository.list(
                tenantA,
                new BrandFilter(Optional.of(LifecycleStatus.ACTIVE), NameOrder.NAME_ASCENDING),
                PageRequest.first(10));
        Page<Brand> archivedOnly = repository.list(
                tenantA,
                new BrandFilter(Optional.of(LifecycleStatus.ARCHIVED), NameOrder.NAME_ASCENDING),
                PageRequest.first(10));

        assertThat(active.items()).extracting(b -> b.id().value()).containsExactly("b-1");
        assertThat(archivedOnly.items()).extracting(b -> b.id().value()).containsExactly("b-2");
    }
}
