package com.gaplens.application.port.in;

import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.SegmentVariantFilter;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.target.SegmentVariant;
import com.gaplens.domain.tenant.TenantId;

/** A page of the tenant's segment variants. */
public interface ListSegmentVariantsUseCase {

    Page<SegmentVariant> listSegmentVariants(ListSegmentVariantsQuery query);

    record ListSegmentVariantsQuery(TenantId tenant, SegmentVariantFilter filter, PageRequest page) {
        public ListSegmentVariantsQuery {
            Require.present(tenant, "tenant");
            Require.present(filter, "filter");
            Require.present(page, "page");
        }
    }
}
