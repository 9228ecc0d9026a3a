package com.gaplens.adapters.graphql.observation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;

/**
 * GraphQL requests and data fetchers are observed by Spring for GraphQL ({@code graphql.request},
 * {@code graphql.datafetcher}) as soon as an observation registry exists (Spring Boot Actuator); this
 * names each request's operation in its metrics.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlObservationConfiguration {

    @Bean
    ExecutionRequestObservationConvention rootFieldObservationConvention() {
        return new RootFieldObservationConvention();
    }
}
