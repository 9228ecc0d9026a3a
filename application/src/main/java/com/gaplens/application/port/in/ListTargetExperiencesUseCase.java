package com.gaplens.application.port.in;

import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.TargetExperienceFilter;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.tenant.TenantId;

/** A page of the tenant's target experiences. */
public interface ListTargetExperiencesUseCase {

    Page<TargetExperience> listTargetExperiences(ListTargetExperiencesQuery query);

    record ListTargetExperiencesQuery(TenantId tenant, TargetExperienceFilter filter, PageRequest page) {
        public ListTargetExperiencesQuery {
            Require.present(tenant, "tenant");
            Require.present(filter, "filter");
            Require.present(page, "page");
        }
    }
}
