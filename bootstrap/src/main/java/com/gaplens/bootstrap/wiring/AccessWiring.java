package com.gaplens.bootstrap.wiring;

import com.gaplens.adapters.graphql.security.SpringSecuritySecretHasher;
import com.gaplens.application.port.out.ApiKeyRepository;
import com.gaplens.application.port.out.Clock;
import com.gaplens.application.service.ApiKeyService;
import java.security.SecureRandom;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Credentials: API keys issued and checked by the application, hashed by Spring Security's encoders. */
@Configuration(proxyBeanMethods = false)
class AccessWiring {

    @Bean
    ApiKeyService apiKeys(ApiKeyRepository keys, Clock clock) {
        return new ApiKeyService(keys, new SpringSecuritySecretHasher(), clock, new SecureRandom());
    }
}
