package com.gaplens.application.service;

import static com.gaplens.application.service.Lookups.atVersion;
import static com.gaplens.application.service.Lookups.found;

import com.gaplens.application.listing.Page;
import com.gaplens.application.port.in.AddBrandValueUseCase;
import com.gaplens.application.port.in.ArchiveBrandUseCase;
import com.gaplens.application.port.in.ArchiveBrandValueUseCase;
import com.gaplens.application.port.in.DefineBrandUseCase;
import com.gaplens.application.port.in.GetBrandUseCase;
import com.gaplens.application.port.in.ListBrandsUseCase;
import com.gaplens.application.port.in.UpdateBrandUseCase;
import com.gaplens.application.port.in.UpdateBrandValueUseCase;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.IdGenerator;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.shared.DomainException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

/** Brands and their values. */
public final class BrandService
        implements DefineBrandUseCase,
                UpdateBrandUseCase,
                ArchiveBrandUseCase,
                AddBrandValueUseCase,
                UpdateBrandValueUseCase,
                ArchiveBrandValueUseCase,
                GetBrandUseCase,
                ListBrandsUseCase {

    static final String NOT_FOUND = "BRAND_NOT_FOUND";

    private final BrandRepository brands;
    private final IdGenerator ids;

    public BrandService(BrandRepository brands, IdGenerator ids) {
        this.brands = Require.present(brands, "brands");
        this.ids = Require.present(ids, "ids");
    }

    @Override
    public Brand defineBrand(DefineBrandCommand command) {
        Brand brand = Brand.create(command.tenant(), new BrandId(ids.newId()), command.name(), command.description());
        for (int i = 0; i < command.values().size(); i++) {
            NewBrandValue value = command.values().get(i);
            try {
                brand.addValue(new BrandValueId(ids.newId()), value.name(), value.description());
            } catch (DomainException e) {
                throw e.under("values[" + i + "]");
            }
        }
        return brands.save(command.tenant(), brand);
    }

    @Override
    public Brand updateBrand(UpdateBrandCommand command) {
        Brand brand = existing(command.tenant(), command.brandId(), command.expectedVersion());
        brand.rename(command.name());
        brand.describe(command.description());
        return brands.save(command.tenant(), brand);
    }

    @Override
    public Brand archiveBrand(ArchiveBrandCommand command) {
        Brand brand = existing(command.tenant(), command.brandId(), command.expectedVersion());
        brand.archive();
        return brands.save(command.tenant(), brand);
    }

    @Override
    public AddedBrandValue addBrandValue(AddBrandValueCommand command) {
        Brand brand = existing(command.tenant(), command.brandId(), command.expectedVersion());
        BrandValueId valueId = new BrandValueId(ids.newId());
        brand.addValue(valueId, command.name(), command.description());
        return new AddedBrandValue(brands.save(command.tenant(), brand), valueId);
    }

    @Override
    public Brand updateBrandValue(UpdateBrandValueCommand command) {
        Brand brand = existing(command.tenant(), command.brandId(), command.expectedVersion());
        brand.renameValue(command.brandValueId(), command.name());
        brand.describeValue(command.brandValueId(), command.description());
        return brands.save(command.tenant(), brand);
    }

    @Override
    public Brand archiveBrandValue(ArchiveBrandValueCommand command) {
        Brand brand = existing(command.tenant(), command.brandId(), command.expectedVersion());
        brand.archiveValue(command.brandValueId());
        return brands.save(command.tenant(), brand);
    }

    @Override
    public Optional<Brand> getBrand(GetBrandQuery query) {
        return brands.find(query.tenant(), query.brandId());
    }

    @Override
    public Page<Brand> listBrands(ListBrandsQuery query) {
        return brands.list(query.tenant(), query.filter(), query.page());
    }

    private Brand existing(TenantId tenant, BrandId id, Version expected) {
        Brand brand = found(brands.find(tenant, id), NOT_FOUND, "brandId", id);
        return atVersion(brand, brand.version(), expected);
    }
}
