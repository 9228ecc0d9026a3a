package com.gaplens.application.service;

import static com.gaplens.domain.testdata.DomainFailures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.gaplens.application.listing.BrandFilter;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.in.AddBrandValueUseCase.AddBrandValueCommand;
import com.gaplens.application.port.in.AddBrandValueUseCase.AddedBrandValue;
import com.gaplens.application.port.in.ArchiveBrandUseCase.ArchiveBrandCommand;
import com.gaplens.application.port.in.ArchiveBrandValueUseCase.ArchiveBrandValueCommand;
import com.gaplens.application.port.in.GetBrandUseCase.GetBrandQuery;
import com.gaplens.application.port.in.ListBrandsUseCase.ListBrandsQuery;
import com.gaplens.application.port.in.UpdateBrandUseCase.UpdateBrandCommand;
import com.gaplens.application.port.in.UpdateBrandValueUseCase.UpdateBrandValueCommand;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.Description;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.testdata.TestIds;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrandServiceTest {

    private final CatalogueHarness app = new CatalogueHarness();

    @Test
    void aBrandIsDefinedWithItsValuesInOneWrite() {
        Brand brand = app.brand(TestIds.TENANT_A, "Maison Claire", "Simplicity", "Conviviality");

        assertThat(brand.id()).isEqualTo(new BrandId("id-1"));
        assertThat(brand.version()).isEqualTo(Version.of(1));
        assertThat(brand.values())
                .extracting(v -> v.id().value(), v -> v.name().value())
                .containsExactly(tuple("id-2", "Simplicity"), tuple("id-3", "Conviviality"));
        assertThat(app.brands.getBrand(new GetBrandQuery(TestIds.TENANT_A, brand.id())))
                .isPresent();
    }

    @Test
    void aDuplicateValueNameBlamesItsPlaceInTheListAndStoresNothing() {
        assertFails(
                () -> app.brand(TestIds.TENANT_A, "Maison Claire", "Simplicity", "SIMPLICITY"),
                ConflictException.class,
                "DUPLICATE_NAME",
                "values[1].name");
        assertThat(app.brands
                        .listBrands(new ListBrandsQuery(TestIds.TENANT_A, BrandFilter.all(), PageRequest.first(10)))
                        .items())
                .isEmpty();
    }

    @Test
    void aBrandNameTakenInTheTenantIsADuplicateButFreeInAnotherTenant() {
        app.brand(TestIds.TENANT_A, "Maison Claire");

        assertFails(
                () -> app.brand(TestIds.TENANT_A, "maison claire"), ConflictException.class, "DUPLICATE_NAME", "name");
        assertThat(app.brand(TestIds.TENANT_B, "Maison Claire").version()).isEqualTo(Version.of(1));
    }

    @Test
    void anUpdateAtTheVersionReadIsStoredAtTheNextVersion() {
        Brand brand = app.brand(TestIds.TENANT_A, "Maison Claire");

        Brand updated = app.brands.updateBrand(new UpdateBrandCommand(
                TestIds.TENANT_A,
                brand.id(),
                Version.of(1),
                Name.of("Maison Claire Paris"),
                Optional.of(Description.of("Since 1921"))));

        assertThat(updated.version()).isEqualTo(Version.of(2));
        assertThat(updated.name()).isEqualTo(Name.of("Maison Claire Paris"));
        assertThat(updated.description()).contains(Description.of("Since 1921"));
    }

    @Test
    void anUpdateAtAStaleVersionIsAConflictAndChangesNothing() {
        Brand brand = app.brand(TestIds.TENANT_A, "Maison Claire");
        app.brands.updateBrand(new UpdateBrandCommand(
                TestIds.TENANT_A, brand.id(), Version.of(1), Name.of("First"), Optional.empty()));

        assertFails(
                () -> app.brands.updateBrand(new UpdateBrandCommand(
                        TestIds.TENANT_A, brand.id(), Version.of(1), Name.of("Second"), Optional.empty())),
                ConflictException.class,
                "STALE_VERSION",
                "expectedVersion");
        Brand stored = app.brands
                .getBrand(new GetBrandQuery(TestIds.TENANT_A, brand.id()))
                .orElseThrow();
        assertThat(stored.name()).isEqualTo(Name.of("First"));
        assertThat(stored.version()).isEqualTo(Version.of(2));
    }

    @Test
    void anotherTenantsBrandIsNotFoundEvenByItsId() {
        Brand brand = app.brand(TestIds.TENANT_A, "Maison Claire");

        assertThat(app.brands.getBrand(new GetBrandQuery(TestIds.TENANT_B, brand.id())))
                .isEmpty();
        assertFails(
                () -> app.brands.archiveBrand(new ArchiveBrandCommand(TestIds.TENANT_B, brand.id(), Version.of(1))),
                NotFoundException.class,
                "BRAND_NOT_FOUND",
                "brandId");
        assertThat(app.brands
                        .getBrand(new GetBrandQuery(TestIds.TENANT_A, brand.id()))
                        .orElseThrow()
                        .status())
                .isEqualTo(LifecycleStatus.ACTIVE);
    }

    @Test
    void valuesAreAddedRenamedAndArchivedThroughTheBrandsVersion() {
        Brand brand = app.brand(TestIds.TENANT_A, "Maison Claire", "Simplicity");

        AddedBrandValue added = app.brands.addBrandValue(new AddBrandValueCommand(
                TestIds.TENANT_A, brand.id(), Version.of(1), Name.of("Authenticity"), Optional.empty()));
        Brand renamed = app.brands.updateBrandValue(new UpdateBrandValueCommand(
                TestIds.TENANT_A,
                brand.id(),
                Version.of(2),
                added.brandValueId(),
                Name.of("Sincerity"),
                Optional.empty()));
        Brand archived = app.brands.archiveBrandValue(
                new ArchiveBrandValueCommand(TestIds.TENANT_A, brand.id(), Version.of(3), added.brandValueId()));

        assertThat(added.brand().version()).isEqualTo(Version.of(2));
        assertThat(renamed.value(added.brandValueId()).orElseThrow().name()).isEqualTo(Name.of("Sincerity"));
        assertThat(archived.version()).isEqualTo(Version.of(4));
        assertThat(archived.value(added.brandValueId()).orElseThrow().status()).isEqualTo(LifecycleStatus.ARCHIVED);
    }

    @Test
    void anArchivedBrandCannotBeRenamed() {
        Brand brand = app.brand(TestIds.TENANT_A, "Maison Claire");
        app.brands.archiveBrand(new ArchiveBrandCommand(TestIds.TENANT_A, brand.id(), Version.of(1)));

        assertFails(
                () -> app.brands.updateBrand(new UpdateBrandCommand(
                        TestIds.TENANT_A, brand.id(), Version.of(2), Name.of("Other"), Optional.empty())),
                ConflictException.class,
                "ARCHIVED",
                "brandId");
    }
}
