package com.gaplens.application.port.out;

import com.gaplens.domain.tenant.Tenant;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

/** Stores tenants. See the package documentation for the rules every implementation keeps. */
public interface TenantRepository {

    Optional<Tenant> find(TenantId tenant);

    /** Stores {@code tenant}, whose id must be {@code tenantId}. */
    Tenant save(TenantId tenantId, Tenant tenant);
}
