package com.gaplens.bootstrap.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.adapters.mongo.embedded.EmbeddedMongoServer;
import com.gaplens.application.port.in.AuthenticateApiKeyUseCase.Authenticated;
import com.gaplens.application.port.in.AuthenticateApiKeyUseCase.AuthenticationAttempt;
import com.gaplens.application.port.in.GetTenantUseCase;
import com.gaplens.application.port.out.SecretHasher;
import com.gaplens.application.port.out.fake.FixedClock;
import com.gaplens.application.port.out.fake.InMemoryApiKeyRepository;
import com.gaplens.application.port.out.fake.InMemoryTenantRepository;
import com.gaplens.application.service.ApiKeyService;
import com.gaplens.application.service.TenantService;
import com.gaplens.domain.access.ApiKeyId;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.access.SecretHash;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.tenant.Tenant;
import com.gaplens.domain.tenant.TenantId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The first administrator of a deployment with a configured key, when several instances start at once. */
class FirstRunAccessTest {

    private static final TenantId TENANT = new TenantId("acme");
    private static final String KEY = "gl_firstrun" + "0".repeat(16) + ".a-secret-of-at-least-32-characters-0123";

    private static final SecretHasher PLAIN = new SecretHasher() {
        @Override
        public SecretHash hash(String secret) {
            return new SecretHash("{plain}" + secret);
        }

        @Override
        public boolean matches(String secret, SecretHash hash) {
            return hash.equals(hash(secret));
        }
    };

    private final InMemoryTenantRepository tenantStore = new InMemoryTenantRepository();
    private final TenantService tenants = new TenantService(tenantStore);
    private final InMemoryApiKeyRepository keys = new InMemoryApiKeyRepository();
    private final ApiKeyService apiKeys =
            new ApiKeyService(keys, PLAIN, new FixedClock(Instant.parse("2026-12-03T10:00:00Z")), new SecureRandom());

    @Test
    void anInstanceThatFindsTheTenantCreatedByAnotherStartingAtTheSameTimeGoesOnAndRegistersTheKey() {
        // given: this instance looked the tenant up before the other instance created it
        AtomicInteger lookups = new AtomicInteger();
        GetTenantUseCase lookupRacedByAnotherInstance = query -> {
            if (lookups.getAndIncrement() == 0) {
                tenantStore.save(TENANT, Tenant.create(TENANT, new Name("acme, by the other instance")));
                return Optional.empty();
            }
            return tenants.getTenant(query);
        };

        // when
        access(lookupRacedByAnotherInstance).run(null);

        // then: the start-up went on, the tenant is the other instance's, and the configured key is registered
        assertThat(tenantStore.find(TENANT).orElseThrow().name().value()).isEqualTo("acme, by the other instance");
        assertThat(keys.findById(new ApiKeyId("firstrun" + "0".repeat(16))))
                .hasValueSatisfying(key -> assertThat(key.roles()).containsExactly(Role.ADMIN));
        assertThat(apiKeys.authenticate(new AuthenticationAttempt(KEY, "test"))).isInstanceOf(Authenticated.class);
    }

    @Test
    void aTenantMissingThenCreatedHereIsCreatedOnce() {
        access(tenants).run(null);
        access(tenants).run(null);

        assertThat(tenantStore.find(TENANT)).isPresent();
        assertThat(apiKeys.listApiKeys(TENANT)).hasSize(1);
    }

    private FirstRunAccess access(GetTenantUseCase lookup) {
        return new FirstRunAccess(
                new StaticListableBeanFactory().getBeanProvider(EmbeddedMongoServer.class),
                lookup,
                tenants,
                keys,
                apiKeys,
                KEY,
                TENANT.value());
    }
}
