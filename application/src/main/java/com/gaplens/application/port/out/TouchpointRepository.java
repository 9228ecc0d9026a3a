package com.gaplens.application.port.out;

import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.TouchpointFilter;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.Touchpoint;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores touchpoints. Touchpoint names are unique per brand, case-insensitively, archived ones included
 * ({@code DUPLICATE_NAME} on {@code name}). See the package documentation.
 */
public interface TouchpointRepository {

    Optional<Touchpoint> find(TenantId tenant, TouchpointId id);

    /** The touchpoints of the tenant among {@code ids}, in no particular order; unknown ids are skipped. */
    List<Touchpoint> findAll(TenantId tenant, Set<TouchpointId> ids);

    /** Touchpoints ordered by name key then id; the cursor's sort key is the name key. */
    Page<Touchpoint> list(TenantId tenant, TouchpointFilter filter, PageRequest page);

    Touchpoint save(TenantId tenant, Touchpoint touchpoint);
}
