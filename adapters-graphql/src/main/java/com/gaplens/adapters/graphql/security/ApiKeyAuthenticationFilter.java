package com.gaplens.adapters.graphql.security;

import com.gaplens.adapters.graphql.protection.Refusals;
import com.gaplens.application.port.in.AuthenticateApiKeyUseCase;
import com.gaplens.application.port.in.AuthenticatedCaller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <api key>} (or {@code Basic} with the key as password, which BI
 * tools' web connectors send). A valid key makes the request act for its
 * tenant with its roles; a missing or invalid one leaves the request anonymous, and the security
 * chain answers 401 where credentials are required.
 *
 * <p>Checking a secret against its bcrypt hash is slow on purpose, so a successful check is
 * remembered for a short time ({@code gaplens.security.verified-key-cache}, 30 s by default) under
 * the SHA-256 of the token: a revoked key stops working within that time on every instance. The
 * cache is a per-instance optimisation, never shared state.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final String BASIC = "Basic ";

    private static final byte[] UNAVAILABLE_BODY = ("{\"errors\":[{\"message\":\"The database cannot be reached at the"
                    + " moment; retry in " + Refusals.UNAVAILABLE_RETRY_AFTER_SECONDS
                    + " s.\",\"extensions\":{\"code\":"
                    + "\"UNAVAILABLE\",\"reason\":\"DATABASE_UNAVAILABLE\",\"retryAfterSeconds\":"
                    + Refusals.UNAVAILABLE_RETRY_AFTER_SECONDS + "}}]}")
            .getBytes(StandardCharsets.UTF_8);
    private static final int MAX_CACHED = 10_000;

    private final SecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();
    private final AuthenticateApiKeyUseCase authenticate;
    private final long cacheNanos;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(AuthenticatedCaller caller, long expiresAtNanos) {}

    ApiKeyAuthenticationFilter(AuthenticateApiKeyUseCase authenticate, Duration cacheFor) {
        this.authenticate = authenticate;
        this.cacheNanos = cacheFor.toNanos();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        Optional<String> token = Optional.empty();
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            token = Optional.of(header.substring(BEARER.length()).strip());
        } else if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            // what Power BI's and Excel's "From Web" send: any user name, the API key as the password
            token = basicPassword(header.substring(BASIC.length()).strip());
        }
        if (token.isPresent()) {
            Optional<AuthenticatedCaller> verified;
            try {
                verified = caller(token.get());
            } catch (DataAccessResourceFailureException unreachable) {
                // the key cannot be checked: say so, rather than "unauthenticated" or an opaque 500
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                response.setHeader("Retry-After", String.valueOf(Refusals.UNAVAILABLE_RETRY_AFTER_SECONDS));
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.getOutputStream().write(UNAVAILABLE_BODY);
                return;
            }
            verified.ifPresent(caller -> {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new CallerAuthentication(caller));
                SecurityContextHolder.setContext(context);
                // kept on the request too, so that the asynchronous dispatch of a GraphQL answer
                // (which runs the security chain again) still knows the caller
                contexts.saveContext(context, request, response);
            });
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> basicPassword(String encoded) {
        try {
            String decoded =
                    new String(java.util.Base64.getDecoder().decode(encoded), java.nio.charset.StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0
                    ? Optional.empty()
                    : Optional.of(decoded.substring(colon + 1).strip());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private Optional<AuthenticatedCaller> caller(String token) {
        if (token.isEmpty() || token.length() > 512) {
            return Optional.empty();
        }
        String digest = sha256(token);
        long now = System.nanoTime();
        Verified hit = verified.get(digest);
        if (hit != null && hit.expiresAtNanos - now > 0) {
            return Optional.of(hit.caller);
        }
        Optional<AuthenticatedCaller> caller = authenticate.authenticate(token);
        if (caller.isPresent() && cacheNanos > 0) {
            if (verified.size() >= MAX_CACHED) {
                verified.clear();
            }
            verified.put(digest, new Verified(caller.get(), now + cacheNanos));
        } else {
            verified.remove(digest);
        }
        return caller;
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
