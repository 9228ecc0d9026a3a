package com.gaplens.application.port.in;

import com.gaplens.domain.access.ApiKeyId;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.tenant.TenantId;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: exactly one tenant and the roles granted for it. Built from an API key today; an
 * OAuth2/JWT resource server would build the same value from token claims, and no use case would
 * notice.
 */
public record AuthenticatedCaller(TenantId tenant, Set<Role> roles, String credentialId) {

    public AuthenticatedCaller {
        Objects.requireNonNull(tenant, "tenant");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(credentialId, "credentialId");
    }

    public static AuthenticatedCaller of(TenantId tenant, Set<Role> roles, ApiKeyId key) {
        return new AuthenticatedCaller(tenant, roles, key.value());
    }

    public boolean may(Role required) {
        return roles.stream().anyMatch(role -> role.grants(required));
    }
}
