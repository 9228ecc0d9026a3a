package com.gaplens.application.port.in;

import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.Tenant;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

/** The tenant, if it exists. */
public interface GetTenantUseCase {

    Optional<Tenant> getTenant(GetTenantQuery query);

    record GetTenantQuery(TenantId tenant) {
        public GetTenantQuery {
            Require.present(tenant, "tenant");
        }
    }
}
