package com.gaplens.adapters.graphql.protection;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLError;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import reactor.core.publisher.Mono;

class RequestLimitsTest {

    private static WebGraphQlRequest request(String document) {
        return new WebGraphQlRequest(
                URI.create("http://localhost/graphql"),
                new HttpHeaders(),
                new LinkedMultiValueMap<>(),
                null,
                Map.of(),
                Map.of("query", document),
                "1",
                Locale.ENGLISH);
    }

    @Test
    void aRequestNotAnsweredInTimeIsAnsweredWithATimeoutAndItsCost() {
        QueryLimits limits = new QueryLimits(15_360, 2_000, 10, 10, 1_000, 20, 100, Duration.ofMillis(100));

        WebGraphQlResponse response = new RequestLimits(limits, QueryCostObserver.NONE)
                .intercept(request("{ tenant { name } }"), request -> Mono.never())
                .block(Duration.ofSeconds(5));

        List<GraphQLError> errors = response.getExecutionResult().getErrors();
        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst().getExtensions())
                .containsEntry("code", "TIMEOUT")
                .containsEntry("reason", "TIMEOUT")
                .containsEntry("limit", 100L);
        assertThat(response.getExecutionResult().getExtensions()).containsKey("cost");
    }

    @Test
    void aRequestAnsweredInTimePassesThroughWithItsCostReported() {
        QueryLimits limits = QueryLimits.defaults();
        RequestLimits interceptor = new RequestLimits(limits, QueryCostObserver.NONE);
        WebGraphQlRequest request = request("{ tenant { name } }");

        WebGraphQlResponse response = interceptor
                .intercept(
                        request,
                        r -> Mono.just(new WebGraphQlResponse(
                                new org.springframework.graphql.support.DefaultExecutionGraphQlResponse(
                                        r.toExecutionInput(),
                                        graphql.ExecutionResult.newExecutionResult()
                                                .data(Map.of("tenant", Map.of("name", "Acme")))
                                                .build()))))
                .block(Duration.ofSeconds(5));

        assertThat(response.getExecutionResult().getErrors()).isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> cost = (Map<String, Object>)
                response.getExecutionResult().getExtensions().get("cost");
        assertThat(cost).containsEntry("requested", 0L).containsEntry("limit", 1000L);
    }
}
