package com.gaplens.adapters.graphql.support;

import java.util.List;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.data.pagination.ConnectionFieldTypeVisitor;

/**
 * Relay connections from the application's {@code Page}: the {@code XConnection} types are generated
 * from the schema, and every field returning one is adapted by {@link PageConnectionAdapter}.
 * Registered before Spring Boot's own visitor (for Spring Data's Window and Slice), which then sees a
 * finished connection and leaves it as it is.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionsConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    GraphQlSourceBuilderCustomizer pageConnections() {
        ConnectionFieldTypeVisitor visitor = ConnectionFieldTypeVisitor.create(List.of(new PageConnectionAdapter()));
        return builder -> builder.typeVisitors(List.of(visitor));
    }
}
