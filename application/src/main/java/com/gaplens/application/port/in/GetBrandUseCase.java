package com.gaplens.application.port.in;

import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

/** The brand of the tenant with that id, if any. */
public interface GetBrandUseCase {

    Optional<Brand> getBrand(GetBrandQuery query);

    record GetBrandQuery(TenantId tenant, BrandId brandId) {
        public GetBrandQuery {
            Require.present(tenant, "tenant");
            Require.present(brandId, "brandId");
        }
    }
}
