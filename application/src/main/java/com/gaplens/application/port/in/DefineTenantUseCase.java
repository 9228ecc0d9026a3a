package com.gaplens.application.port.in;

import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.Tenant;
import com.gaplens.domain.tenant.TenantId;

/** Registers a tenant (done by the platform, e.g. bootstrap's demo tenant). Fails with {@code TENANT_ALREADY_EXISTS} on {@code tenant} if it exists. */
public interface DefineTenantUseCase {

    Tenant defineTenant(DefineTenantCommand command);

    record DefineTenantCommand(TenantId tenant, Name name) {
        public DefineTenantCommand {
            Require.present(tenant, "tenant");
            Require.present(name, "name");
        }
    }
}
