package com.gaplens.bootstrap.operator;

import com.gaplens.adapters.graphql.refusal.Refusals;
import com.gaplens.application.port.out.AuthenticationThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The operator's credential on Actuator's endpoints: {@code Authorization: Bearer <gaplens.operator.token>} makes the
 * request an operator's ({@code ROLE_OPERATOR}). The token is compared in constant time with the configured one;
 * none configured, nobody is an operator. A wrong token counts as a failed authentication of its source, and a source
 * that failed too often is answered 429 before anything is compared (the throttle of API keys, shared).
 */
final class OperatorAuthenticationFilter extends OncePerRequestFilter {

    static final String ROLE = "OPERATOR";
    private static final String BEARER = "Bearer ";

    private final Optional<byte[]> expected;
    private final AuthenticationThrottle throttle;

    OperatorAuthenticationFilter(Optional<String> token, AuthenticationThrottle throttle) {
        this.expected = token.map(OperatorAuthenticationFilter::digest);
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String source = request.getRemoteAddr();
            Optional<Duration> wait = throttle.waitFor(AuthenticationThrottle.Kind.SOURCE, source);
            if (wait.isPresent()) {
                Refusals.write(response, HttpStatus.TOO_MANY_REQUESTS, Refusals.tooManyFailures(wait.get()));
                return;
            }
            byte[] presented = digest(header.substring(BEARER.length()).strip());
            if (expected.isPresent() && MessageDigest.isEqual(presented, expected.get())) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "operator", null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
                SecurityContextHolder.setContext(context);
            } else {
                throttle.failed(AuthenticationThrottle.Kind.SOURCE, source);
            }
        }
        chain.doFilter(request, response);
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
