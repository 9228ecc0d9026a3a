package com.gaplens.application.port.out;

import com.gaplens.domain.access.ApiKey;
import com.gaplens.domain.access.ApiKeyId;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Where API keys are kept. {@link #findById} is the one lookup in GapLens that does not start from a
 * tenant: it is how a call's tenant is found in the first place (key ids are random and not secret;
 * the secret is checked against the stored hash).
 */
public interface ApiKeyRepository {

    /** Stores a new key, or the new state of an existing one (revocation). */
    void save(ApiKey key);

    Optional<ApiKey> findById(ApiKeyId id);

    /** The keys of one tenant, oldest first. */
    List<ApiKey> findByTenant(TenantId tenant);
}
