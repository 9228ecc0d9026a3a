package com.gaplens.application.port.out;

import com.gaplens.domain.access.ApiKey;
import com.gaplens.domain.access.ApiKeyId;
import com.gaplens.domain.access.SecretHash;
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

    /** The key as it is stored now: one read of its primary key, made on every authenticated call. */
    Optional<ApiKey> findById(ApiKeyId id);

    /**
     * Replaces the stored hash of a key's secret by {@code replacement}, only while it still is {@code expected}
     * (nothing else of the key changes: a revocation made meanwhile stays). Used to move a key to the current
     * hashing scheme.
     */
    void replaceSecretHash(ApiKeyId id, SecretHash expected, SecretHash replacement);

    /** The keys of one tenant, oldest first. */
    List<ApiKey> findByTenant(TenantId tenant);
}
