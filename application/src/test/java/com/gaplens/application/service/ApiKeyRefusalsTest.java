package com.gaplens.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gaplens.application.port.in.AuthenticateApiKeyUseCase.Authenticated;
import com.gaplens.application.port.in.AuthenticateApiKeyUseCase.Authentication;
import com.gaplens.application.port.in.AuthenticateApiKeyUseCase.AuthenticationAttempt;
import com.gaplens.application.port.in.AuthenticateApiKeyUseCase.Refused;
import com.gaplens.application.port.in.AuthenticateApiKeyUseCase.Throttled;
import com.gaplens.application.port.in.IssueApiKeyUseCase.IssueApiKeyCommand;
import com.gaplens.application.port.in.IssueApiKeyUseCase.IssuedApiKey;
import com.gaplens.application.port.out.ApiKeyRepository;
import com.gaplens.application.port.out.AuthenticationThrottle;
import com.gaplens.application.port.out.SecretHasher;
import com.gaplens.application.port.out.fake.FixedClock;
import com.gaplens.application.port.out.fake.InMemoryApiKeyRepository;
import com.gaplens.domain.access.ApiKey;
import com.gaplens.domain.access.ApiKeyId;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.access.SecretHash;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.tenant.TenantId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every refusal takes one path (the same lookups, one secret comparison), a throttled source or key id is refused
 * before any lookup, a revoked key is refused at the next call, and a configured token is registered only as exactly
 * what it says.
 */
class ApiKeyRefusalsTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final TenantId GLOBEX = new TenantId("globex");
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    /** Counts comparisons; hashes as "{plain}" + secret, or "{old}" + secret for a key of the older scheme. */
    private static final class CountingHasher implements SecretHasher {
        int comparisons;

        @Override
        public SecretHash hash(String secret) {
            return new SecretHash("{plain}" + secret);
        }

        @Override
        public boolean matches(String secret, SecretHash hash) {
            comparisons++;
            return hash.value().equals("{plain}" + secret) || hash.value().equals("{old}" + secret);
        }

        @Override
        public boolean needsRehash(SecretHash hash) {
            return hash.value().startsWith("{old}");
        }
    }

    /** Refuses a subject after two failures; records every lookup of the store in between. */
    private static final class TwoStrikes implements AuthenticationThrottle {
        final Map<String, Integer> failures = new HashMap<>();

        @Override
        public Optional<Duration> waitFor(Kind kind, String subject) {
            return failures.getOrDefault(kind + ":" + subject, 0) >= 2
                    ? Optional.of(Duration.ofSeconds(7))
                    : Optional.empty();
        }

        @Override
        public void failed(Kind kind, String subject) {
            failures.merge(kind + ":" + subject, 1, Integer::sum);
        }
    }

    private final List<ApiKeyId> lookups = new ArrayList<>();
    private final InMemoryApiKeyRepository stored = new InMemoryApiKeyRepository();
    private final ApiKeyRepository keys = new ApiKeyRepository() {
        @Override
        public Optional<ApiKey> findById(ApiKeyId id) {
            lookups.add(id);
            return stored.findById(id);
        }

        @Override
        public void save(ApiKey key) {
            stored.save(key);
        }

        @Override
        public void replaceSecretHash(ApiKeyId id, SecretHash expected, SecretHash replacement) {
            stored.replaceSecretHash(id, expected, replacement);
        }

        @Override
        public List<ApiKey> findByTenant(TenantId tenant) {
            return stored.findByTenant(tenant);
        }
    };
    private final CountingHasher hasher = new CountingHasher();
    private final TwoStrikes throttle = new TwoStrikes();
    private final ApiKeyService service =
            new ApiKeyService(keys, hasher, new FixedClock(NOW), new SecureRandom(), throttle);

    private Authentication attempt(String token, String source) {
        return service.authenticate(new AuthenticationAttempt(token, source));
    }

    @Test
    void anUnknownIdARevokedKeyAWrongSecretAndAMalformedTokenEachCostOneLookupAtMostAndOneComparison() {
        IssuedApiKey active = service.issue(new IssueApiKeyCommand(ACME, "active", Set.of(Role.READER)));
        IssuedApiKey revoked = service.issue(new IssueApiKeyCommand(ACME, "revoked", Set.of(Role.READER)));
        service.revokeApiKey(new com.gaplens.application.port.in.ManageApiKeysUseCase.RevokeApiKeyCommand(
                ACME, revoked.key().id()));
        String unknown = "gl_" + "u".repeat(24) + "." + "s".repeat(43);
        String wrongSecret = active.token().substring(0, active.token().indexOf('.') + 1) + "w".repeat(43);
        List<String> refused = List.of(unknown, revoked.token(), wrongSecret, "not a token");

        for (int i = 0; i < refused.size(); i++) {
            int comparisonsBefore = hasher.comparisons;
            int lookupsBefore = lookups.size();

            Authentication outcome = attempt(refused.get(i), "198.51.100." + i);

            assertThat(outcome).isEqualTo(new Refused());
            assertThat(hasher.comparisons - comparisonsBefore)
                    .as(refused.get(i))
                    .isEqualTo(1);
            assertThat(lookups.size() - lookupsBefore)
                    .as(refused.get(i))
                    .isEqualTo(refused.get(i).startsWith("gl_") ? 1 : 0);
        }
    }

    @Test
    void aRevokedKeyIsRefusedAtTheVeryNextCall() {
        IssuedApiKey issued = service.issue(new IssueApiKeyCommand(ACME, "admin", Set.of(Role.ADMIN)));
        assertThat(attempt(issued.token(), "a")).isInstanceOf(Authenticated.class);

        service.revokeApiKey(new com.gaplens.application.port.in.ManageApiKeysUseCase.RevokeApiKeyCommand(
                ACME, issued.key().id()));

        assertThat(attempt(issued.token(), "a")).isEqualTo(new Refused());
    }

    @Test
    void aSourceThatFailedTooOftenIsThrottledBeforeAnyLookupEvenWithAValidKey() {
        IssuedApiKey issued = service.issue(new IssueApiKeyCommand(ACME, "reader", Set.of(Role.READER)));
        attempt("gl_" + "a".repeat(24) + "." + "s".repeat(43), "203.0.113.9");
        attempt("gl_" + "b".repeat(24) + "." + "s".repeat(43), "203.0.113.9");
        int lookupsBefore = lookups.size();
        int comparisonsBefore = hasher.comparisons;

        Authentication outcome = attempt(issued.token(), "203.0.113.9");

        assertThat(outcome).isEqualTo(new Throttled(Duration.ofSeconds(7)));
        assertThat(lookups).hasSize(lookupsBefore);
        assertThat(hasher.comparisons).isEqualTo(comparisonsBefore);
        assertThat(attempt(issued.token(), "203.0.113.10")).isInstanceOf(Authenticated.class);
    }

    @Test
    void aKeyIdThatFailedTooOftenIsThrottledFromEverySource() {
        IssuedApiKey issued = service.issue(new IssueApiKeyCommand(ACME, "reader", Set.of(Role.READER)));
        String prefix = issued.token().substring(0, issued.token().indexOf('.') + 1);
        attempt(prefix + "x".repeat(43), "10.0.0.1");
        attempt(prefix + "y".repeat(43), "10.0.0.2");
        int lookupsBefore = lookups.size();

        assertThat(attempt(prefix + "z".repeat(43), "10.0.0.3")).isInstanceOf(Throttled.class);
        assertThat(lookups).hasSize(lookupsBefore);
        assertThat(throttle.failures)
                .containsEntry("KEY:" + issued.key().id().value(), 2)
                .containsEntry("SOURCE:10.0.0.1", 1);
    }

    @Test
    void aSuccessCountsAsNoFailure() {
        IssuedApiKey issued = service.issue(new IssueApiKeyCommand(ACME, "reader", Set.of(Role.READER)));

        for (int i = 0; i < 5; i++) {
            assertThat(attempt(issued.token(), "10.1.1.1")).isInstanceOf(Authenticated.class);
        }
        assertThat(throttle.failures).isEmpty();
    }

    @Test
    void aKeyOfTheOlderHashingSchemeMovesToTheCurrentOneOnItsFirstSuccessfulUse() {
        ApiKeyId id = new ApiKeyId("o".repeat(24));
        String secret = "q".repeat(43);
        stored.save(ApiKey.issue(id, ACME, "legacy", new SecretHash("{old}" + secret), Set.of(Role.READER), NOW));

        assertThat(attempt("gl_" + id.value() + "." + secret, "a")).isInstanceOf(Authenticated.class);

        assertThat(stored.findById(id).orElseThrow().secretHash()).isEqualTo(new SecretHash("{plain}" + secret));
        assertThat(attempt("gl_" + id.value() + "." + secret, "a")).isInstanceOf(Authenticated.class);
    }

    @Test
    void aConfiguredTokenWhoseIdIsAnotherTenantsIsRefused() {
        String token = "gl_" + "f".repeat(24) + "." + "s".repeat(40);
        service.register(new IssueApiKeyCommand(GLOBEX, "first run", Set.of(Role.ADMIN)), token);

        assertIdTaken(() -> service.register(new IssueApiKeyCommand(ACME, "first run", Set.of(Role.ADMIN)), token));
        assertThat(stored.findByTenant(ACME)).isEmpty();
    }

    @Test
    void aConfiguredTokenWithAnotherSecretThanTheStoredKeysIsRefused() {
        String id = "g".repeat(24);
        service.register(
                new IssueApiKeyCommand(ACME, "first run", Set.of(Role.ADMIN)), "gl_" + id + "." + "s".repeat(40));

        assertIdTaken(() -> service.register(
                new IssueApiKeyCommand(ACME, "first run", Set.of(Role.ADMIN)), "gl_" + id + "." + "t".repeat(40)));
    }

    @Test
    void aConfiguredTokenOfARevokedKeyIsRefused() {
        String token = "gl_" + "h".repeat(24) + "." + "s".repeat(40);
        IssuedApiKey first = service.register(new IssueApiKeyCommand(ACME, "first run", Set.of(Role.ADMIN)), token);
        service.revokeApiKey(new com.gaplens.application.port.in.ManageApiKeysUseCase.RevokeApiKeyCommand(
                ACME, first.key().id()));

        assertIdTaken(() -> service.register(new IssueApiKeyCommand(ACME, "first run", Set.of(Role.ADMIN)), token));
    }

    @Test
    void aConfiguredAdminTokenWhoseStoredKeyIsOnlyAReaderIsRefused() {
        String token = "gl_" + "i".repeat(24) + "." + "s".repeat(40);
        service.register(new IssueApiKeyCommand(ACME, "reader", Set.of(Role.READER)), token);

        assertIdTaken(() -> service.register(new IssueApiKeyCommand(ACME, "first run", Set.of(Role.ADMIN)), token));
    }

    private static void assertIdTaken(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.reason()).isEqualTo("API_KEY_ID_TAKEN");
            assertThat(e.field()).contains("token");
            assertThat(e.getMessage()).doesNotContain("globex");
        });
    }
}
