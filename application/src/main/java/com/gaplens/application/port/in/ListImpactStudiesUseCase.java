package com.gaplens.application.port.in;

import com.gaplens.application.listing.ImpactStudyFilter;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.domain.impact.ImpactStudy;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;

/** A page of the tenant's impact studies, by period start then id. */
public interface ListImpactStudiesUseCase {

    Page<ImpactStudy> listImpactStudies(ListImpactStudiesQuery query);

    record ListImpactStudiesQuery(TenantId tenant, ImpactStudyFilter filter, PageRequest page) {
        public ListImpactStudiesQuery {
            Require.present(tenant, "tenant");
            Require.present(filter, "filter");
            Require.present(page, "page");
        }
    }
}
