package com.gaplens.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.port.out.ApiKeyRepository;
import com.gaplens.domain.access.ApiKey;
import com.gaplens.domain.access.ApiKeyId;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.access.SecretHash;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ApiKeyRepository} must do; run against the in-memory fake and the Mongo adapter. */
public abstract class ApiKeyRepositoryContract {

    private static final TenantId ACME = new TenantId("acme");
    private static final TenantId GLOBEX = new TenantId("globex");
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private ApiKeyRepository repository;

    protected abstract ApiKeyRepository repository();

    @BeforeEach
    void freshRepository() {
        repository = repository();
    }

    private static ApiKey key(String id, TenantId tenant, Instant createdAt, Role... roles) {
        return ApiKey.issue(
                new ApiKeyId(id), tenant, "key " + id, new SecretHash("{noop}secret-" + id), Set.of(roles), createdAt);
    }

    @Test
    void aSavedKeyIsFoundByItsIdWithEverythingItHolds() {
        ApiKey saved = key("k1", ACME, T0, Role.ADMIN, Role.WRITER);

        repository.save(saved);

        ApiKey found = repository.findById(new ApiKeyId("k1")).orElseThrow();
        assertThat(found.tenant()).isEqualTo(ACME);
        assertThat(found.label()).isEqualTo("key k1");
        assertThat(found.secretHash()).isEqualTo(new SecretHash("{noop}secret-k1"));
        assertThat(found.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.WRITER);
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.revokedAt()).isEmpty();
    }

    @Test
    void anUnknownIdFindsNothing() {
        assertThat(repository.findById(new ApiKeyId("missing"))).isEmpty();
    }

    @Test
    void savingARevokedKeyKeepsTheRevocation() {
        ApiKey issued = key("k1", ACME, T0, Role.READER);
        repository.save(issued);

        repository.save(issued.revoke(T0.plusSeconds(60)));

        assertThat(repository.findById(new ApiKeyId("k1")).orElseThrow().revokedAt())
                .isEqualTo(Optional.of(T0.plusSeconds(60)));
    }

    @Test
    void aTenantSeesOnlyItsOwnKeysOldestFirst() {
        repository.save(key("k2", ACME, T0.plusSeconds(10), Role.READER));
        repository.save(key("k1", ACME, T0, Role.ADMIN));
        repository.save(key("k3", GLOBEX, T0, Role.ADMIN));

        assertThat(repository.findByTenant(ACME))
                .extracting(k -> k.id().value())
                .containsExactly("k1", "k2");
        assertThat(repository.findByTenant(GLOBEX))
                .extracting(k -> k.id().value())
                .containsExactly("k3");
        assertThat(repository.findByTenant(new TenantId("initech"))).isEmpty();
    }

    @Test
    void theHashOfASecretIsReplacedOnlyWhileItIsTheExpectedOneAndARevocationStays() {
        ApiKey issued = key("k1", ACME, T0, Role.READER);
        repository.save(issued);
        repository.save(issued.revoke(T0.plusSeconds(5)));

        repository.replaceSecretHash(new ApiKeyId("k1"), new SecretHash("{noop}other"), new SecretHash("{x}lost"));
        assertThat(repository.findById(new ApiKeyId("k1")).orElseThrow().secretHash())
                .isEqualTo(new SecretHash("{noop}secret-k1"));

        repository.replaceSecretHash(
                new ApiKeyId("k1"), new SecretHash("{noop}secret-k1"), new SecretHash("{sha256}abc"));
        ApiKey found = repository.findById(new ApiKeyId("k1")).orElseThrow();
        assertThat(found.secretHash()).isEqualTo(new SecretHash("{sha256}abc"));
        assertThat(found.revokedAt()).isEqualTo(Optional.of(T0.plusSeconds(5)));
        assertThat(found.roles()).containsExactly(Role.READER);
    }
}
