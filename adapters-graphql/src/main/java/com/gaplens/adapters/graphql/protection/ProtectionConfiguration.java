package com.gaplens.adapters.graphql.protection;

import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.in.SpendQueryBudgetUseCase;
import graphql.execution.instrumentation.Instrumentation;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.util.unit.DataSize;

/** The limits of {@link QueryLimits}, from {@code gaplens.graphql.*}, and what enforces them. */
@Configuration(proxyBeanMethods = false)
class ProtectionConfiguration {

    @Bean
    QueryLimits queryLimits(
            @Value("${gaplens.graphql.max-document-size:15KB}") DataSize maxDocumentSize,
            @Value("${gaplens.graphql.max-tokens:2000}") int maxTokens,
            @Value("${gaplens.graphql.max-depth:10}") int maxDepth,
            @Value("${gaplens.graphql.max-aliases:10}") int maxAliases,
            @Value("${gaplens.graphql.max-cost:1000}") long maxCost,
            @Value("${gaplens.graphql.timeout:10s}") Duration timeout) {
        return new QueryLimits(
                Math.toIntExact(maxDocumentSize.toBytes()),
                maxTokens,
                maxDepth,
                maxAliases,
                maxCost,
                PageRequest.DEFAULT_SIZE,
                PageRequest.MAX_SIZE,
                timeout);
    }

    /** Outermost, so that its timeout covers the whole request and its cost report every answer. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    WebGraphQlInterceptor requestLimits(
            QueryLimits limits, org.springframework.beans.factory.ObjectProvider<QueryCostObserver> observer) {
        return new RequestLimits(limits, observer.getIfAvailable(() -> QueryCostObserver.NONE));
    }

    /**
     * What a request to the GraphQL endpoint must be before its body is parsed: a POST, of a JSON content type, at most {@code gaplens.graphql.max-body-size}
     * bytes and {@code gaplens.graphql.max-json-values} values, one JSON object (no batch).
     */
    @Bean
    FilterRegistrationBean<RequestBodyGate> requestBodyGate(
            @Value("${spring.graphql.http.path:/graphql}") String path,
            @Value("${gaplens.graphql.max-body-size:16MB}") DataSize maxBodySize,
            @Value("${gaplens.graphql.max-json-values:200000}") long maxJsonValues) {
        FilterRegistrationBean<RequestBodyGate> registration =
                new FilterRegistrationBean<>(new RequestBodyGate(path, maxBodySize.toBytes(), maxJsonValues));
        registration.addUrlPatterns(path);
        return registration;
    }

    /** A body that is not a GraphQL request gets a GraphQL error, like every other refusal. */
    @Bean
    MalformedRequests malformedRequests(@Value("${spring.graphql.http.path:/graphql}") String path) {
        return new MalformedRequests(path);
    }

    @Bean
    @Order(10)
    Instrumentation queryLimitsInstrumentation(
            QueryLimits limits,
            SpendQueryBudgetUseCase budget,
            @Value("${gaplens.graphql.max-list-items:1000}") int maxListItems) {
        return new QueryLimitsInstrumentation(limits, budget, maxListItems);
    }
}
