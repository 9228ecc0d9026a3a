package com.gaplens.application.port.out.fake;

import com.gaplens.application.listing.BrandFilter;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

public final class InMemoryBrandRepository implements BrandRepository {

    private final InMemoryAggregates<Brand> store = new InMemoryAggregates<>(
            Brand::tenantId,
            b -> b.id().value(),
            Brand::version,
            (b, v) -> Brand.restore(b.tenantId(), b.id(), b.name(), b.description(), b.values(), b.status(), v));

    @Override
    public Optional<Brand> find(TenantId tenant, BrandId id) {
        return store.find(tenant, id.value());
    }

    @Override
    public Page<Brand> list(TenantId tenant, BrandFilter filter, PageRequest page) {
        return InMemoryAggregates.page(
                store.all(tenant, filter::accepts),
                b -> b.name().key(),
                b -> b.id().value(),
                filter.order().descending(),
                page);
    }

    @Override
    public Brand save(TenantId tenant, Brand brand) {
        return store.save(tenant, brand, (b, others) -> Uniqueness.nameFree(b, others, Brand::name, other -> true));
    }
}
