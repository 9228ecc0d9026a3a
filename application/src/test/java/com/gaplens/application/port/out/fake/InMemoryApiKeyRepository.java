package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.ApiKeyRepository;
import com.gaplens.domain.access.ApiKey;
import com.gaplens.domain.access.ApiKeyId;
import com.gaplens.domain.access.SecretHash;
import com.gaplens.domain.tenant.TenantId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ApiKeyRepository} in memory, for application tests; checked by {@code ApiKeyRepositoryContract}. */
public final class InMemoryApiKeyRepository implements ApiKeyRepository {

    private final Map<ApiKeyId, ApiKey> keys = new ConcurrentHashMap<>();

    @Override
    public void save(ApiKey key) {
        keys.put(key.id(), key);
    }

    @Override
    public void replaceSecretHash(ApiKeyId id, SecretHash expected, SecretHash replacement) {
        keys.computeIfPresent(
                id,
                (key, stored) -> stored.secretHash().equals(expected) ? stored.withSecretHash(replacement) : stored);
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return Optional.ofNullable(keys.get(id));
    }

    @Override
    public List<ApiKey> findByTenant(TenantId tenant) {
        return keys.values().stream()
                .filter(key -> key.tenant().equals(tenant))
                .sorted(Comparator.comparing(ApiKey::createdAt)
                        .thenComparing(key -> key.id().value()))
                .toList();
    }
}
