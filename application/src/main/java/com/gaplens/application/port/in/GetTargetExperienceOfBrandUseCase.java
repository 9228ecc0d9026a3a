package com.gaplens.application.port.in;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

/** The target experience of a brand of the tenant, if it has one. */
public interface GetTargetExperienceOfBrandUseCase {

    Optional<TargetExperience> getTargetExperienceOfBrand(GetTargetExperienceOfBrandQuery query);

    record GetTargetExperienceOfBrandQuery(TenantId tenant, BrandId brandId) {
        public GetTargetExperienceOfBrandQuery {
            Require.present(tenant, "tenant");
            Require.present(brandId, "brandId");
        }
    }
}
