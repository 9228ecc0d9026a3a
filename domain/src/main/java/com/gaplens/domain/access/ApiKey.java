package com.gaplens.domain.access;

import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A credential of one tenant: the tenant of every call made with it comes from here, never from
 * the call's input. Only the hash of its secret is kept; the secret is shown once, when issued.
 */
public final class ApiKey {

    public static final int MAX_LABEL_LENGTH = 200;

    private final ApiKeyId id;
    private final TenantId tenant;
    private final String label;
    private final SecretHash secretHash;
    private final Set<Role> roles;
    private final Instant createdAt;
    private final Optional<Instant> revokedAt;

    private ApiKey(
            ApiKeyId id,
            TenantId tenant,
            String label,
            SecretHash secretHash,
            Set<Role> roles,
            Instant createdAt,
            Optional<Instant> revokedAt) {
        this.id = Require.present(id, "id");
        this.tenant = Require.present(tenant, "tenant");
        this.label = Require.text(label, "label", MAX_LABEL_LENGTH);
        this.secretHash = Require.present(secretHash, "secretHash");
        Require.noNulls(roles, "roles");
        if (roles.isEmpty()) {
            throw new InvalidInputException("NO_ROLE", "roles", "an API key needs at least one role");
        }
        this.roles = Set.copyOf(EnumSet.copyOf(roles));
        this.createdAt = Require.present(createdAt, "createdAt");
        this.revokedAt = Require.present(revokedAt, "revokedAt");
    }

    /** A new, active key. */
    public static ApiKey issue(
            ApiKeyId id, TenantId tenant, String label, SecretHash secretHash, Set<Role> roles, Instant now) {
        return new ApiKey(id, tenant, label, secretHash, roles, now, Optional.empty());
    }

    /** A key as it was stored. */
    public static ApiKey restore(
            ApiKeyId id,
            TenantId tenant,
            String label,
            SecretHash secretHash,
            Set<Role> roles,
            Instant createdAt,
            Optional<Instant> revokedAt) {
        return new ApiKey(id, tenant, label, secretHash, roles, createdAt, revokedAt);
    }

    /** This key, no longer accepted from {@code at} on. Revoking twice keeps the first date. */
    public ApiKey revoke(Instant at) {
        return revokedAt.isPresent()
                ? this
                : new ApiKey(id, tenant, label, secretHash, roles, createdAt, Optional.of(at));
    }

    /** This key with its secret hashed anew (the same secret, another scheme). */
    public ApiKey withSecretHash(SecretHash rehashed) {
        return new ApiKey(id, tenant, label, rehashed, roles, createdAt, revokedAt);
    }

    public boolean isActive() {
        return revokedAt.isEmpty();
    }

    /** Whether this key may act as {@code required}. */
    public boolean grants(Role required) {
        return roles.stream().anyMatch(role -> role.grants(required));
    }

    public ApiKeyId id() {
        return id;
    }

    public TenantId tenant() {
        return tenant;
    }

    public String label() {
        return label;
    }

    public SecretHash secretHash() {
        return secretHash;
    }

    public Set<Role> roles() {
        return roles;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> revokedAt() {
        return revokedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiKey other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
