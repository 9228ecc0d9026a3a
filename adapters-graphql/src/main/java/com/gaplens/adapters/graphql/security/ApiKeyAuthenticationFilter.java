package com.gaplens.adapters.graphql.security;

import com.gaplens.adapters.graphql.refusal.Refusals;
import com.gaplens.application.port.in.AuthenticateApiKeyUseCase;
import com.gaplens.application.port.in.AuthenticateApiKeyUseCase.Authenticated;
import com.gaplens.application.port.in.AuthenticateApiKeyUseCase.Authentication;
import com.gaplens.application.port.in.AuthenticateApiKeyUseCase.AuthenticationAttempt;
import com.gaplens.application.port.in.AuthenticateApiKeyUseCase.Refused;
import com.gaplens.application.port.in.AuthenticateApiKeyUseCase.Throttled;
import graphql.GraphQLError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <api key>} (or {@code Basic} with the key as password, which BI
 * tools' web connectors send). A valid key makes the request act for its tenant with its roles; a missing or
 * invalid one leaves the request anonymous, and the security chain answers 401 where credentials are required.
 *
 * <p>Nothing is cached: every call reads its key (one read by primary key) and compares its secret (a SHA-256, see
 * {@link SpringSecuritySecretHasher}), so a revoked key is refused by every instance from its next call on. A source
 * address or key id that failed too often is answered 429 {@code RATE_LIMITED} /
 * {@code TOO_MANY_FAILED_AUTHENTICATIONS} with {@code Retry-After}, before anything is read or compared. A database
 * that cannot answer is 503 {@code UNAVAILABLE} or {@code TIMEOUT}, never "unauthenticated" or an opaque 500.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final String BASIC = "Basic ";
    private static final int MAX_TOKEN_LENGTH = 512;

    private final SecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();
    private final AuthenticateApiKeyUseCase authenticate;
    private final PersistenceExceptionTranslator translator;

    ApiKeyAuthenticationFilter(AuthenticateApiKeyUseCase authenticate, PersistenceExceptionTranslator translator) {
        this.authenticate = authenticate;
        this.translator = translator;
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
            String presented = token.get().length() > MAX_TOKEN_LENGTH ? "" : token.get();
            Authentication outcome;
            try {
                outcome = authenticate.authenticate(new AuthenticationAttempt(presented, request.getRemoteAddr()));
            } catch (RuntimeException failure) {
                Optional<GraphQLError> database = Refusals.database(failure, translator);
                if (database.isEmpty()) {
                    throw failure;
                }
                // the key cannot be checked: say so, rather than "unauthenticated" or an opaque 500
                Refusals.write(response, HttpStatus.SERVICE_UNAVAILABLE, database.get());
                return;
            }
            switch (outcome) {
                case Authenticated authenticated -> {
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(new CallerAuthentication(authenticated.caller()));
                    SecurityContextHolder.setContext(context);
                    // kept on the request too, so that the asynchronous dispatch of a GraphQL answer
                    // (which runs the security chain again) still knows the caller
                    contexts.saveContext(context, request, response);
                }
                case Refused refused -> {
                    // anonymous: the chain answers 401 wherever credentials are required
                }
                case Throttled throttled -> {
                    Refusals.write(
                            response, HttpStatus.TOO_MANY_REQUESTS, Refusals.tooManyFailures(throttled.retryAfter()));
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> basicPassword(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0
                    ? Optional.empty()
                    : Optional.of(decoded.substring(colon + 1).strip());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
