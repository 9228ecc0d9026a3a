package com.gaplens.adapters.graphql.support;

import graphql.scalars.ExtendedScalars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The custom scalars of the schema, from graphql-java-extended-scalars rather than hand-written. */
@Configuration(proxyBeanMethods = false)
class ScalarsConfiguration {

    @Bean
    RuntimeWiringConfigurer gapLensScalars() {
        return wiring -> wiring.scalar(ExtendedScalars.DateTime)
                .scalar(ExtendedScalars.Date)
                .scalar(ExtendedScalars.GraphQLLong);
    }
}
