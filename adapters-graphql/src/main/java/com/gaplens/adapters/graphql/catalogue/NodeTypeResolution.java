package com.gaplens.adapters.graphql.catalogue;

import com.gaplens.adapters.graphql.catalogue.Views.NodeView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Tells GraphQL which object type a {@code Node} is: each view names its own. */
@Configuration(proxyBeanMethods = false)
class NodeTypeResolution {

    @Bean
    RuntimeWiringConfigurer nodeTypes() {
        return wiring -> wiring.type(
                "Node",
                type -> type.typeResolver(
                        env -> env.getSchema().getObjectType(((NodeView) env.getObject()).typeName())));
    }
}
