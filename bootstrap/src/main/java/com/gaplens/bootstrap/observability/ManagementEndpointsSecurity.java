package com.gaplens.bootstrap.observability;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The operators' door: Actuator's endpoints, on the application's port (or on
 * {@code management.server.port} when an operator moves them). Health (with its liveness and readiness
 * groups), info and the Prometheus scrape are open without an API key, as load balancers, orchestrators
 * and scrapers expect; every other endpoint is closed (and not exposed anyway). Tenant API keys play no
 * part here: they speak for one tenant, the metrics for the whole service.
 */
@Configuration(proxyBeanMethods = false)
class ManagementEndpointsSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementEndpoints(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers(EndpointRequest.to("health", "info", "prometheus"))
                                .permitAll()
                                .anyRequest()
                                .denyAll())
                .build();
    }
}
