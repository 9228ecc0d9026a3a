package com.gaplens.application.port.out;

import com.gaplens.application.listing.BrandFilter;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

/**
 * Stores brands with their values. Brand names are unique per tenant, case-insensitively
 * ({@link com.gaplens.domain.shared.Name#key()}), archived brands included: a save that would break it
 * fails with a conflict {@code DUPLICATE_NAME} on {@code name}. See the package documentation.
 */
public interface BrandRepository {

    Optional<Brand> find(TenantId tenant, BrandId id);

    /** Brands ordered by name key then id; the cursor's sort key is the name key. */
    Page<Brand> list(TenantId tenant, BrandFilter filter, PageRequest page);

    Brand save(TenantId tenant, Brand brand);
}
