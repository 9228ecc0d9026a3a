package com.gaplens.application.listing;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.impact.ImpactStudy;
import com.gaplens.domain.shared.Require;
import java.util.Optional;

/** Which impact studies of the tenant to list: all, or one brand's. Ordered by period start, then id. */
public record ImpactStudyFilter(Optional<BrandId> brand) {

    public ImpactStudyFilter {
        Require.present(brand, "brand");
    }

    public static ImpactStudyFilter all() {
        return new ImpactStudyFilter(Optional.empty());
    }

    public boolean accepts(ImpactStudy study) {
        return brand.map(b -> b.equals(study.brandId())).orElse(true);
    }

    /** The sort key of a study in lists: the first day of its period, ISO-8601 (which sorts as dates do). */
    public static String sortKey(ImpactStudy study) {
        return study.definition().period().from().toString();
    }
}
