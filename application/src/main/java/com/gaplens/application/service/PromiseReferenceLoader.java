package com.gaplens.application.service;

import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.TouchpointRepository;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.target.PromiseReferences;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.Set;

/** Loads what commitments may refer to: the brand and the touchpoints they name, within the tenant. */
final class PromiseReferenceLoader {

    private final BrandRepository brands;
    private final TouchpointRepository touchpoints;

    PromiseReferenceLoader(BrandRepository brands, TouchpointRepository touchpoints) {
        this.brands = brands;
        this.touchpoints = touchpoints;
    }

    /** The references of a brand the caller named: {@code BRAND_NOT_FOUND} on {@code brandId} when the tenant has none. */
    PromiseReferences forNamedBrand(TenantId tenant, BrandId brandId, Set<TouchpointId> named) {
        Brand brand = Lookups.found(brands.find(tenant, brandId), BrandService.NOT_FOUND, "brandId", brandId);
        return PromiseReferences.of(brand, touchpoints.findAll(tenant, named));
    }

    /** The references of the brand of a stored promise; brands are never deleted, so it exists. */
    PromiseReferences forStoredBrand(TenantId tenant, BrandId brandId, Set<TouchpointId> named) {
        Brand brand = brands.find(tenant, brandId)
                .orElseThrow(() -> new IllegalStateException("brand " + brandId + " of a stored promise is missing"));
        return PromiseReferences.of(brand, touchpoints.findAll(tenant, named));
    }
}
