package com.gaplens.adapters.graphql.security;

import com.gaplens.adapters.graphql.refusal.Refusals;
import com.gaplens.application.port.in.AuthenticateApiKeyUseCase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Every GraphQL call is authenticated. Open without credentials: the GraphiQL page itself (its calls
 * carry the key in their headers), the gap heatmap's static files ({@code GET /lens/**}: the page holds
 * no data, its calls carry the key the user pastes), health and info. Stateless: no session, no cookie, no CSRF token
 * (credentials travel in a header, never implicitly).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Before the request limits, so that a forbidden operation is neither costed nor charged. */
    @Bean
    @org.springframework.core.annotation.Order(0)
    graphql.execution.instrumentation.Instrumentation authorizationInstrumentation() {
        return new AuthorizationInstrumentation();
    }

    @Bean
    SecurityFilterChain gapLensSecurity(
            HttpSecurity http,
            AuthenticateApiKeyUseCase authenticate,
            ObjectProvider<PersistenceExceptionTranslator> translators)
            throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(
                        new ApiKeyAuthenticationFilter(authenticate, translators.getIfUnique()),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/graphiql",
                                "/graphiql/**",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info",
                                "/error",
                                "/favicon.ico")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/lens/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, failure) -> {
                    response.setHeader("WWW-Authenticate", "Bearer");
                    Refusals.write(response, HttpStatus.UNAUTHORIZED, Refusals.credentialsRequired());
                }))
                .build();
    }
}
