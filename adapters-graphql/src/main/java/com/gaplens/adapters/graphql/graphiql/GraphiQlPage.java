package com.gaplens.adapters.graphql.graphiql;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.server.webmvc.GraphiQlHandler;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphiQL at {@code /graphiql}, entirely served by GapLens: the page ({@code gaplens-graphiql/index.html}) and
 * its scripts and styles ({@code /graphiql/assets/…}, from the GraphiQL and React WebJars on the classpath), so it
 * works without internet. Spring for GraphQL's own page loads its scripts from a CDN, and stays a blank page
 * offline: it is switched off ({@code spring.graphql.graphiql.enabled=false}) and this one is served instead when
 * {@code gaplens.graphiql.enabled} ({@code GAPLENS_GRAPHIQL_ENABLED}: on by default, off in the prod profile).
 * Open without a key (the page holds no data; its calls carry the key typed in its Headers tab).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("gaplens.graphiql.enabled")
class GraphiQlPage {

    static final String PATH = "/graphiql";

    @Bean
    RouterFunction<ServerResponse> graphiQlRoutes(@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
        GraphiQlHandler page =
                new GraphiQlHandler(graphQlPath, null, new ClassPathResource("gaplens-graphiql/index.html"));
        return RouterFunctions.route()
                .GET(PATH, page::handleRequest)
                .resources(PATH + "/assets/**", new ClassPathResource("META-INF/resources/webjars/"))
                .build();
    }
}
