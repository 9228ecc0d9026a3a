package com.gaplens.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gaplens.application.port.in.AuthenticateApiKeyUseCase.Authenticated;
import com.gaplens.application.port.in.AuthenticateApiKeyUseCase.AuthenticationAttempt;
import com.gaplens.application.port.in.AuthenticateApiKeyUseCase.Refused;
import com.gaplens.application.port.in.AuthenticateApiKeyUseCase.Throttled;
import com.gaplens.application.port.in.AuthenticatedCaller;
import com.gaplens.application.port.in.IssueApiKeyUseCase.IssueApiKeyCommand;
import com.gaplens.application.port.in.IssueApiKeyUseCase.IssuedApiKey;
import com.gaplens.application.port.in.ManageApiKeysUseCase.RevokeApiKeyCommand;
import com.gaplens.application.port.out.SecretHasher;
import com.gaplens.application.port.out.fake.FixedClock;
import com.gaplens.application.port.out.fake.InMemoryApiKeyRepository;
import com.gaplens.domain.access.ApiKey;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.access.SecretHash;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.tenant.TenantId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyServiceTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    /** A reversible stand-in for a password encoder, so the test can see what was stored. */
    private static final SecretHasher REVERSED = new SecretHasher() {
        @Override
        public SecretHash hash(String secret) {
            return new SecretHash("{reversed}" + new StringBuilder(secret).reverse());
        }

        @Override
        public boolean matches(String secret, SecretHash hash) {
            return hash.equals(hash(secret));
        }
    };

    private final InMemoryApiKeyRepository keys = new InMemoryApiKeyRepository();
    private final ApiKeyService service = new ApiKeyService(keys, REVERSED, new FixedClock(NOW), new SecureRandom());

    private Optional<AuthenticatedCaller> authenticate(String token) {
        return switch (service.authenticate(new AuthenticationAttempt(token, "192.0.2.1"))) {
            case Authenticated authenticated -> Optional.of(authenticated.caller());
            case Refused refused -> Optional.empty();
            case Throttled throttled -> throw new AssertionError("not throttled here");
        };
    }

    @Test
    void anIssuedTokenAuthenticatesAsItsTenantWithItsRoles() {
        IssuedApiKey issued = service.issue(new IssueApiKeyCommand(ACME, "ingestion", Set.of(Role.WRITER)));

        AuthenticatedCaller caller = authenticate(issued.token()).orElseThrow();

        assertThat(caller.tenant()).isEqualTo(ACME);
        assertThat(caller.roles()).containsExactly(Role.WRITER);
        assertThat(caller.credentialId()).isEqualTo(issued.key().id().value());
    }

    @Test
    void onlyTheHashOfTheSecretIsStored() {
        IssuedApiKey issued = service.issue(new IssueApiKeyCommand(ACME, "ingestion", Set.of(Role.WRITER)));
        String secret = issued.token().substring(issued.token().indexOf('.') + 1);

        ApiKey stored = keys.findById(issued.key().id()).orElseThrow();

        assertThat(issued.token()).startsWith("gl_" + stored.id().value() + ".");
        assertThat(secret).hasSize(43); // 32 bytes in unpadded base64url
        assertThat(stored.secretHash().value())
                .doesNotContain(secret)
                .isEqualTo(REVERSED.hash(secret).value());
        assertThat(stored.createdAt()).isEqualTo(NOW);
    }

    @Test
    void aWrongSecretAMalformedTokenOrAnUnknownKeyAuthenticateNobody() {
        IssuedApiKey issued = service.issue(new IssueApiKeyCommand(ACME, "reporting", Set.of(Role.READER)));
        String token = issued.token();

        assertThat(authenticate(token.substring(0, token.length() - 1) + "x")).isEmpty();
        assertThat(authenticate(token.replace("gl_", "xx_"))).isEmpty();
        assertThat(authenticate("gl_")).isEmpty();
        assertThat(authenticate("gl_abc.def")).isEmpty();
        assertThat(authenticate("gl_" + "a".repeat(24) + "." + "s".repeat(43))).isEmpty();
        assertThat(authenticate(token.substring(0, token.indexOf('.') + 1))).isEmpty();
        assertThat(authenticate(null)).isEmpty();
    }

    @Test
    void aRegisteredTokenAuthenticatesAndRegisteringItAgainChangesNothing() {
        String token = "gl_" + "firstrun0000000000000000".substring(0, 24) + "." + "s".repeat(40);

        IssuedApiKey first = service.register(new IssueApiKeyCommand(ACME, "first run", Set.of(Role.ADMIN)), token);
        IssuedApiKey again = service.register(new IssueApiKeyCommand(ACME, "other label", Set.of(Role.READER)), token);

        assertThat(authenticate(token).orElseThrow().roles()).containsExactly(Role.ADMIN);
        assertThat(again.key().label()).isEqualTo("first run");
        assertThat(keys.findByTenant(ACME)).hasSize(1).first().isEqualTo(first.key());
    }

    @Test
    void aMalformedTokenCannotBeRegistered() {
        assertThatThrownBy(() ->
                        service.register(new IssueApiKeyCommand(ACME, "x", Set.of(Role.ADMIN)), "gl_short.secret"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.reason()).isEqualTo("MALFORMED_API_KEY");
                    assertThat(e.field()).contains("token");
                });
    }

    @Test
    void aRevokedKeyAuthenticatesNobody() {
        IssuedApiKey issued = service.issue(new IssueApiKeyCommand(ACME, "old", Set.of(Role.ADMIN)));
        keys.save(issued.key().revoke(NOW.plusSeconds(1)));

        assertThat(authenticate(issued.token())).isEmpty();
    }

    @Test
    void twoIssuedKeysNeverShareIdOrSecret() {
        IssuedApiKey first = service.issue(new IssueApiKeyCommand(ACME, "a", Set.of(Role.READER)));
        IssuedApiKey second = service.issue(new IssueApiKeyCommand(ACME, "b", Set.of(Role.READER)));

        assertThat(first.key().id()).isNotEqualTo(second.key().id());
        assertThat(first.token()).isNotEqualTo(second.token());
    }

    @Test
    void aRevokedKeyStopsAuthenticatingAndStaysListedWithItsDate() {
        IssuedApiKey issued = service.issue(new IssueApiKeyCommand(ACME, "leaked", Set.of(Role.WRITER)));

        service.revokeApiKey(new RevokeApiKeyCommand(ACME, issued.key().id()));

        assertThat(authenticate(issued.token())).isEmpty();
        assertThat(service.listApiKeys(ACME))
                .singleElement()
                .satisfies(key -> assertThat(key.revokedAt()).contains(NOW));
    }

    @Test
    void aKeyOfAnotherTenantCannotBeRevoked() {
        IssuedApiKey issued = service.issue(new IssueApiKeyCommand(ACME, "theirs", Set.of(Role.READER)));

        assertThatThrownBy(() -> service.revokeApiKey(new RevokeApiKeyCommand(
                        new TenantId("globex"), issued.key().id())))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.reason()).isEqualTo("API_KEY_NOT_FOUND"));
        assertThat(authenticate(issued.token())).isPresent();
    }
}
