package com.gaplens.application.port.in;

import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.SegmentFilter;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;

/** A page of the tenant's segments. */
public interface ListSegmentsUseCase {

    Page<Segment> listSegments(ListSegmentsQuery query);

    record ListSegmentsQuery(TenantId tenant, SegmentFilter filter, PageRequest page) {
        public ListSegmentsQuery {
            Require.present(tenant, "tenant");
            Require.present(filter, "filter");
            Require.present(page, "page");
        }
    }
}
