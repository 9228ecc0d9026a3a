package com.gaplens.application.port.out;

import com.gaplens.domain.scale.ScaleCode;
import com.gaplens.domain.scale.TenantScale;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Stores the scales tenants declare (the standard ones are not stored). A code is unique per tenant:
 * saving a new scale under a taken code fails with a conflict {@code DUPLICATE_SCALE_CODE} on
 * {@code scaleCode}. Versions and tenants as in the package documentation.
 */
public interface ScaleRepository {

    Optional<TenantScale> find(TenantId tenant, ScaleCode code);

    /** Every scale of the tenant, ordered by code. */
    List<TenantScale> findAll(TenantId tenant);

    TenantScale save(TenantId tenant, TenantScale scale);
}
