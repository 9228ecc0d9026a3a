package com.gaplens.application.port.in;

import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.Touchpoint;
import com.gaplens.domain.touchpoint.TouchpointId;

/** Archives a touchpoint: no new commitment may be scoped to it; published ones stay. */
public interface ArchiveTouchpointUseCase {

    Touchpoint archiveTouchpoint(ArchiveTouchpointCommand command);

    record ArchiveTouchpointCommand(TenantId tenant, TouchpointId touchpointId, Version expectedVersion) {
        public ArchiveTouchpointCommand {
            Require.present(tenant, "tenant");
            Require.present(touchpointId, "touchpointId");
            Require.present(expectedVersion, "expectedVersion");
        }
    }
}
