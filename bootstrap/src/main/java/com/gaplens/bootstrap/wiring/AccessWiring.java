package com.gaplens.bootstrap.wiring;

import com.gaplens.adapters.graphql.security.FailedAuthenticationThrottle;
import com.gaplens.adapters.graphql.security.FailedAuthenticationThrottle.Limit;
import com.gaplens.adapters.graphql.security.SpringSecuritySecretHasher;
import com.gaplens.application.port.out.ApiKeyRepository;
import com.gaplens.application.port.out.Clock;
import com.gaplens.application.service.ApiKeyService;
import java.security.SecureRandom;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Credentials: API keys issued and checked by the application, hashed by the GraphQL adapter's hasher, failed
 * attempts throttled per source address and per key id ({@code gaplens.security.failed-authentications.*}).
 */
@Configuration(proxyBeanMethods = false)
class AccessWiring {

    @Bean
    FailedAuthenticationThrottle failedAuthenticationThrottle(
            @Value("${gaplens.security.failed-authentications.per-source:20}") int perSource,
            @Value("${gaplens.security.failed-authentications.per-key:10}") int perKey,
            @Value("${gaplens.security.failed-authentications.window:1m}") Duration window) {
        return new FailedAuthenticationThrottle(new Limit(perSource, window), new Limit(perKey, window));
    }

    @Bean
    ApiKeyService apiKeys(ApiKeyRepository keys, Clock clock, FailedAuthenticationThrottle throttle) {
        return new ApiKeyService(keys, new SpringSecuritySecretHasher(), clock, new SecureRandom(), throttle);
    }
}
