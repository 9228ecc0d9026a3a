package com.gaplens.application.port.out;

import com.gaplens.application.bi.BiAccess;
import com.gaplens.application.bi.BiCredentials;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Read-only logins to the {@link BiWarehouse}: each reads its tenant's published rows and labels and nothing else
 * (no other tenant's, no other place, no writes).
 */
public interface BiLogins {

    /** Creates a login of the tenant (whose place must be {@link BiWarehouse#prepare prepared}); its credentials. */
    BiCredentials grant(TenantId tenant, String label, Instant at);

    /** The tenant's logins, oldest first, without secrets. */
    List<BiAccess> list(TenantId tenant);

    /**
     * Removes the tenant's login {@code accessId} and ends its open sessions; the access removed, empty when the
     * tenant has none of that id (another tenant's included).
     */
    Optional<BiAccess> revoke(TenantId tenant, String accessId);
}
