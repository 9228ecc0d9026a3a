package com.gaplens.bootstrap.operator;

import com.gaplens.application.port.out.AuthenticationThrottle;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.util.StringUtils;

/**
 * The operators' door: Actuator's endpoints, on the application's port or on {@code management.server.port} when an
 * operator moves them. Operators are not tenants: an API key speaks for one tenant, and gets nothing here.
 * <ul>
 *   <li>{@code /actuator/health} (and its liveness and readiness groups) is open, and says UP or DOWN and nothing
 *       else; with the operator credential it shows its components and their details;</li>
 *   <li>{@code /actuator/prometheus}, {@code /actuator/info} and {@code /actuator/tenants} (creating a tenant and its
 *       first ADMIN key) need the operator credential, {@code Authorization: Bearer <gaplens.operator.token>};</li>
 *   <li>every other endpoint is closed (and not exposed anyway).</li>
 * </ul>
 * Without {@code gaplens.operator.token} ({@code GAPLENS_OPERATOR_TOKEN}) nobody is an operator: only the health
 * status is served.
 */
@Configuration(proxyBeanMethods = false)
class ManagementEndpointsSecurity {

    private static final Logger LOG = LoggerFactory.getLogger(ManagementEndpointsSecurity.class);
    static final int MIN_TOKEN_LENGTH = 32;

    private static final byte[] UNAUTHENTICATED_BODY = """
            {"errors":[{"message":"This endpoint is for operators: send Authorization: Bearer <operator token>.",\
            "extensions":{"code":"UNAUTHENTICATED","reason":"OPERATOR_TOKEN_REQUIRED","classification":"UNAUTHORIZED"}}]}""".getBytes(StandardCharsets.UTF_8);

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementEndpoints(
            HttpSecurity http,
            AuthenticationThrottle throttle,
            @Value("${gaplens.operator.token:}") String operatorToken)
            throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(
                        new OperatorAuthenticationFilter(token(operatorToken), throttle),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("health"))
                        .permitAll()
                        .requestMatchers(EndpointRequest.to("info", "prometheus", "tenants"))
                        .hasRole(OperatorAuthenticationFilter.ROLE)
                        .anyRequest()
                        .denyAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, failure) -> {
                    response.setStatus(HttpStatus.UNAUTHORIZED.value());
                    response.setHeader("WWW-Authenticate", "Bearer");
                    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    response.getOutputStream().write(UNAUTHENTICATED_BODY);
                }))
                .build();
    }

    private static Optional<String> token(String configured) {
        if (!StringUtils.hasText(configured)) {
            LOG.info("No gaplens.operator.token: Actuator serves the health status only (no metrics, no tenants)");
            return Optional.empty();
        }
        if (configured.strip().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalStateException("gaplens.operator.token must be at least " + MIN_TOKEN_LENGTH
                    + " characters (generate one: openssl rand -base64 32)");
        }
        return Optional.of(configured.strip());
    }
}
