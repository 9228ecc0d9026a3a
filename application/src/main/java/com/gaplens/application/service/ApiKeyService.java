package com.gaplens.application.service;

import com.gaplens.application.port.in.AuthenticateApiKeyUseCase;
import com.gaplens.application.port.in.AuthenticatedCaller;
import com.gaplens.application.port.in.IssueApiKeyUseCase;
import com.gaplens.application.port.in.ManageApiKeysUseCase;
import com.gaplens.application.port.out.ApiKeyRepository;
import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.SecretHasher;
import com.gaplens.domain.access.ApiKey;
import com.gaplens.domain.access.ApiKeyId;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.tenant.TenantId;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Issues and checks API keys.
 *
 * <p>A token reads {@code gl_<key id>.<secret>}: the key id (24 random lower-case letters and
 * digits) names the stored key, the secret (32 random bytes, base64url) is checked against its
 * stored hash. Only the hash is ever stored.
 */
public final class ApiKeyService implements IssueApiKeyUseCase, AuthenticateApiKeyUseCase, ManageApiKeysUseCase {

    static final String PREFIX = "gl_";
    private static final char[] ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final int ID_LENGTH = 24;
    private static final int SECRET_BYTES = 32;
    private static final int MIN_SECRET_LENGTH = 32;
    private static final int MAX_SECRET_LENGTH = 256;

    private final ApiKeyRepository keys;
    private final SecretHasher hasher;
    private final Clock clock;
    private final SecureRandom random;

    public ApiKeyService(ApiKeyRepository keys, SecretHasher hasher, Clock clock, SecureRandom random) {
        this.keys = keys;
        this.hasher = hasher;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public IssuedApiKey issue(IssueApiKeyCommand command) {
        ApiKeyId id = new ApiKeyId(randomId());
        byte[] secretBytes = new byte[SECRET_BYTES];
        random.nextBytes(secretBytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        ApiKey key =
                ApiKey.issue(id, command.tenant(), command.label(), hasher.hash(secret), command.roles(), clock.now());
        keys.save(key);
        return new IssuedApiKey(key, PREFIX + id.value() + "." + secret);
    }

    @Override
    public IssuedApiKey register(IssueApiKeyCommand command, String token) {
        Token parsed = Token.parse(token)
                .orElseThrow(() -> new InvalidInputException(
                        "MALFORMED_API_KEY",
                        "token",
                        "an API key reads gl_<24 lower-case letters or digits>.<secret of at least 32 characters>"));
        ApiKey key = keys.findById(parsed.id()).orElseGet(() -> {
            ApiKey fresh = ApiKey.issue(
                    parsed.id(),
                    command.tenant(),
                    command.label(),
                    hasher.hash(parsed.secret()),
                    command.roles(),
                    clock.now());
            keys.save(fresh);
            return fresh;
        });
        return new IssuedApiKey(key, token);
    }

    @Override
    public List<ApiKey> listApiKeys(TenantId tenant) {
        return keys.findByTenant(tenant);
    }

    @Override
    public ApiKey revokeApiKey(RevokeApiKeyCommand command) {
        ApiKey key = keys.findById(command.keyId())
                .filter(found -> found.tenant().equals(command.tenant()))
                .orElseThrow(
                        () -> new NotFoundException("API_KEY_NOT_FOUND", "apiKeyId", "no API key " + command.keyId()));
        ApiKey revoked = key.revoke(clock.now());
        keys.save(revoked);
        return revoked;
    }

    @Override
    public Optional<AuthenticatedCaller> authenticate(String token) {
        return Token.parse(token)
                .flatMap(parsed -> keys.findById(parsed.id())
                        .filter(ApiKey::isActive)
                        .filter(key -> hasher.matches(parsed.secret(), key.secretHash()))
                        .map(key -> AuthenticatedCaller.of(key.tenant(), key.roles(), key.id())));
    }

    /** A token split into the id that names its key and the secret checked against the key's hash. */
    private record Token(ApiKeyId id, String secret) {

        static Optional<Token> parse(String token) {
            if (token == null || !token.startsWith(PREFIX)) {
                return Optional.empty();
            }
            int dot = token.indexOf('.', PREFIX.length());
            if (dot < 0) {
                return Optional.empty();
            }
            String id = token.substring(PREFIX.length(), dot);
            String secret = token.substring(dot + 1);
            boolean wellFormedId = id.length() == ID_LENGTH
                    && id.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
            if (!wellFormedId || secret.length() < MIN_SECRET_LENGTH || secret.length() > MAX_SECRET_LENGTH) {
                return Optional.empty();
            }
            return Optional.of(new Token(new ApiKeyId(id), secret));
        }
    }

    private String randomId() {
        char[] id = new char[ID_LENGTH];
        for (int i = 0; i < ID_LENGTH; i++) {
            id[i] = ID_ALPHABET[random.nextInt(ID_ALPHABET.length)];
        }
        return new String(id);
    }
}
