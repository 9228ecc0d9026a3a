package com.gaplens.application.port.out;

import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.TargetExperienceFilter;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.target.TargetExperienceId;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

/**
 * Stores target experiences with their draft and every published version. A brand has at most one
 * target experience: saving a second one fails with a conflict {@code DUPLICATE_TARGET_EXPERIENCE} on
 * {@code brandId}. See the package documentation.
 */
public interface TargetExperienceRepository {

    Optional<TargetExperience> find(TenantId tenant, TargetExperienceId id);

    Optional<TargetExperience> findByBrand(TenantId tenant, BrandId brand);

    /** Target experiences ordered by id; the cursor's sort key is empty. */
    Page<TargetExperience> list(TenantId tenant, TargetExperienceFilter filter, PageRequest page);

    TargetExperience save(TenantId tenant, TargetExperience target);
}
