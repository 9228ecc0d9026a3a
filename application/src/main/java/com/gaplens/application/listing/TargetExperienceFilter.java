package com.gaplens.application.listing;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.target.TargetExperience;
import java.util.Optional;

/** Which target experiences of the tenant to list; ordered by id (the cursor's sort key is empty). */
public record TargetExperienceFilter(Optional<BrandId> brand) {

    public TargetExperienceFilter {
        Require.present(brand, "brand");
    }

    public static TargetExperienceFilter all() {
        return new TargetExperienceFilter(Optional.empty());
    }

    public boolean accepts(TargetExperience target) {
        return brand.map(b -> b.equals(target.brandId())).orElse(true);
    }
}
