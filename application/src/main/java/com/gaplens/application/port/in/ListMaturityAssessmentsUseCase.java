package com.gaplens.application.port.in;

import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.maturity.MaturityAssessment;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;

/** A page of a brand's maturity assessments, oldest first. {@code BRAND_NOT_FOUND} on {@code brandId}. */
public interface ListMaturityAssessmentsUseCase {

    Page<MaturityAssessment> listMaturityAssessments(ListMaturityAssessmentsQuery query);

    record ListMaturityAssessmentsQuery(TenantId tenant, BrandId brandId, PageRequest page) {
        public ListMaturityAssessmentsQuery {
            Require.present(tenant, "tenant");
            Require.present(brandId, "brandId");
            Require.present(page, "page");
        }
    }
}
