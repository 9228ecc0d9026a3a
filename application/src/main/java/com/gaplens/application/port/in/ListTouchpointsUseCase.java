package com.gaplens.application.port.in;

import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.TouchpointFilter;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.Touchpoint;

/** A page of the tenant's touchpoints. */
public interface ListTouchpointsUseCase {

    Page<Touchpoint> listTouchpoints(ListTouchpointsQuery query);

    record ListTouchpointsQuery(TenantId tenant, TouchpointFilter filter, PageRequest page) {
        public ListTouchpointsQuery {
            Require.present(tenant, "tenant");
            Require.present(filter, "filter");
            Require.present(page, "page");
        }
    }
}
