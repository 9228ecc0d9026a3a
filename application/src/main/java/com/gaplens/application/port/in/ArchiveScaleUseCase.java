package com.gaplens.application.port.in;

import com.gaplens.domain.scale.ScaleCode;
import com.gaplens.domain.scale.TenantScale;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;

/** Archives a tenant scale: no new measurement may use it, recorded ones keep their scores. */
public interface ArchiveScaleUseCase {

    TenantScale archiveScale(ArchiveScaleCommand command);

    record ArchiveScaleCommand(TenantId tenant, ScaleCode code, Version expectedVersion) {
        public ArchiveScaleCommand {
            Require.present(tenant, "tenant");
            Require.present(code, "scaleCode");
            Require.present(expectedVersion, "expectedVersion");
        }
    }
}
