package com.gaplens.adapters.mongo.access;

import com.gaplens.domain.access.ApiKey;
import com.gaplens.domain.access.ApiKeyId;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.access.SecretHash;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An API key as stored: only the hash of its secret. */
@Document(ApiKeyDocument.COLLECTION)
record ApiKeyDocument(
        @Id String id,
        String tenant,
        String label,
        String secretHash,
        List<String> roles,
        Instant createdAt,
        Instant revokedAt) {

    static final String COLLECTION = "api_keys";

    static ApiKeyDocument from(ApiKey key) {
        return new ApiKeyDocument(
                key.id().value(),
                key.tenant().value(),
                key.label(),
                key.secretHash().value(),
                key.roles().stream().map(Role::name).sorted().toList(),
                key.createdAt(),
                key.revokedAt().orElse(null));
    }

    ApiKey toDomain() {
        EnumSet<Role> roleSet = EnumSet.noneOf(Role.class);
        roles.forEach(role -> roleSet.add(Role.valueOf(role)));
        return ApiKey.restore(
                new ApiKeyId(id),
                new TenantId(tenant),
                label,
                new SecretHash(secretHash),
                roleSet,
                createdAt,
                Optional.ofNullable(revokedAt));
    }
}
