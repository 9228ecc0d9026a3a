package com.gaplens.application.service;

import com.gaplens.application.port.in.AuthenticateApiKeyUseCase;
import com.gaplens.application.port.in.AuthenticatedCaller;
import com.gaplens.application.port.in.IssueApiKeyUseCase;
import com.gaplens.application.port.in.ManageApiKeysUseCase;
import com.gaplens.application.port.out.ApiKeyRepository;
import com.gaplens.application.port.out.AuthenticationThrottle;
import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.SecretHasher;
import com.gaplens.domain.access.ApiKey;
import com.gaplens.domain.access.ApiKeyId;
import com.gaplens.domain.access.SecretHash;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.tenant.TenantId;
import java.security.SecureRandom;
import java.time.Duration;
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
    private final AuthenticationThrottle throttle;
    /** What a secret is compared with when no key has the token's id: a hash of a secret nobody knows. */
    private final SecretHash decoy;

    /** What is compared with the decoy when the token is not even well formed: the same work as any other refusal. */
    private static final String DECOY_SECRET = "x".repeat(43);

    public ApiKeyService(ApiKeyRepository keys, SecretHasher hasher, Clock clock, SecureRandom random) {
        this(keys, hasher, clock, random, AuthenticationThrottle.NONE);
    }

    public ApiKeyService(
            ApiKeyRepository keys,
            SecretHasher hasher,
            Clock clock,
            SecureRandom random,
            AuthenticationThrottle throttle) {
        this.keys = keys;
        this.hasher = hasher;
        this.clock = clock;
        this.random = random;
        this.throttle = throttle;
        byte[] decoySecret = new byte[SECRET_BYTES];
        random.nextBytes(decoySecret);
        this.decoy = hasher.hash(Base64.getUrlEncoder().withoutPadding().encodeToString(decoySecret));
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

    /**
     * A configured token is accepted only as exactly what it says: a key id nobody holds yet becomes a new key of the
     * command's tenant; a key id that exists already must be that tenant's, active, holding every role asked, with
     * the same secret, and is then left as it is. Anything else (another tenant's id, a revoked key, another secret)
     * is refused with {@code CONFLICT} / {@code API_KEY_ID_TAKEN} on {@code token}, which says nothing of the key that
     * holds the id.
     */
    @Override
    public IssuedApiKey register(IssueApiKeyCommand command, String token) {
        Token parsed = Token.parse(token)
                .orElseThrow(() -> new InvalidInputException(
                        "MALFORMED_API_KEY",
                        "token",
                        "an API key reads gl_<24 lower-case letters or digits>.<secret of at least 32 characters>"));
        Optional<ApiKey> existing = keys.findById(parsed.id());
        if (existing.isPresent()) {
            ApiKey key = existing.get();
            boolean same = key.tenant().equals(command.tenant())
                    && key.isActive()
                    && command.roles().stream().allMatch(key::grants)
                    && hasher.matches(parsed.secret(), key.secretHash());
            if (!same) {
                throw new ConflictException(
                        "API_KEY_ID_TAKEN",
                        "token",
                        "the key id of this token is taken by another key: generate a new token for "
                                + command.tenant());
            }
            return new IssuedApiKey(key, token);
        }
        ApiKey fresh = ApiKey.issue(
                parsed.id(),
                command.tenant(),
                command.label(),
                hasher.hash(parsed.secret()),
                command.roles(),
                clock.now());
        keys.save(fresh);
        return new IssuedApiKey(fresh, token);
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

    /**
     * One path for every attempt, so that an answer and its timing tell nothing about which key ids exist:
     * <ol>
     *   <li>a source or key id that failed too often is {@link Throttled}, before any lookup or check;</li>
     *   <li>the key is read from the store on every call (one read by primary key), never from a cache, so that a
     *       revocation holds on every instance from the next call on;</li>
     *   <li>the secret is compared with the key's hash, or with a decoy hash when no key has that id, so that an
     *       unknown id costs what a known one costs; a revoked key's secret is compared too;</li>
     *   <li>only then is the key's state looked at; every failure counts against the source and the key id.</li>
     * </ol>
     * A key whose hash is of an older scheme moves to the current one on its first successful use.
     */
    @Override
    public Authentication authenticate(AuthenticationAttempt attempt) {
        Optional<Token> parsed = Token.parse(attempt.token());
        Optional<Duration> wait = throttle.waitFor(AuthenticationThrottle.Kind.SOURCE, attempt.source());
        if (wait.isEmpty() && parsed.isPresent()) {
            wait = throttle.waitFor(
                    AuthenticationThrottle.Kind.KEY, parsed.get().id().value());
        }
        if (wait.isPresent()) {
            return new Throttled(wait.get());
        }
        Optional<ApiKey> key = parsed.flatMap(token -> keys.findById(token.id()));
        SecretHash hash = key.map(ApiKey::secretHash).orElse(decoy);
        boolean matches = hasher.matches(parsed.map(Token::secret).orElse(DECOY_SECRET), hash);
        if (matches && key.isPresent() && key.get().isActive()) {
            ApiKey found = key.get();
            if (hasher.needsRehash(found.secretHash())) {
                keys.replaceSecretHash(
                        found.id(), found.secretHash(), hasher.hash(parsed.get().secret()));
            }
            return new Authenticated(AuthenticatedCaller.of(found.tenant(), found.roles(), found.id()));
        }
        throttle.failed(AuthenticationThrottle.Kind.SOURCE, attempt.source());
        parsed.ifPresent(token ->
                throttle.failed(AuthenticationThrottle.Kind.KEY, token.id().value()));
        return new Refused();
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
