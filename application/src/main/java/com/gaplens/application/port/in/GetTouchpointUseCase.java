package com.gaplens.application.port.in;

import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.Touchpoint;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.Optional;

/** The touchpoint of the tenant with that id, if any. */
public interface GetTouchpointUseCase {

    Optional<Touchpoint> getTouchpoint(GetTouchpointQuery query);

    record GetTouchpointQuery(TenantId tenant, TouchpointId touchpointId) {
        public GetTouchpointQuery {
            Require.present(tenant, "tenant");
            Require.present(touchpointId, "touchpointId");
        }
    }
}
