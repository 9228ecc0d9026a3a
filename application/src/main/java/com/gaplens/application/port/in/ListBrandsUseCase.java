package com.gaplens.application.port.in;

import com.gaplens.application.listing.BrandFilter;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;

/** A page of the tenant's brands. */
public interface ListBrandsUseCase {

    Page<Brand> listBrands(ListBrandsQuery query);

    record ListBrandsQuery(TenantId tenant, BrandFilter filter, PageRequest page) {
        public ListBrandsQuery {
            Require.present(tenant, "tenant");
            Require.present(filter, "filter");
            Require.present(page, "page");
        }
    }
}
