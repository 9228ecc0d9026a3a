package com.gaplens.bootstrap.wiring;

import com.gaplens.adapters.graphql.security.SpringSecuritySecretHasher;
import com.gaplens.application.port.out.access.ApiKeyRepository;
import com.gaplens.application.service.access.ApiKeyService;
import java.security.SecureRandom;
import java.time.InstantSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Credentials: API keys issued and checked by the application, hashed by Spring Security's encoders. */
@Configuration(proxyBeanMethods = false)
class AccessWiring {

    @Bean
    ApiKeyService apiKeys(ApiKeyRepository keys, InstantSource clock) {
        return new ApiKeyService(keys, new SpringSecuritySecretHasher(), clock, new SecureRandom());
    }
}
