package com.gaplens.adapters.graphql.protection;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;

/**
 * The typed errors of a refused request: {@code extensions.code} (the kind), {@code reason} (the limit
 * hit), and the {@code limit} with the {@code actual} value where there is one.
 */
final class Refusals {

    static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    static final String RATE_LIMITED = "RATE_LIMITED";
    static final String VALIDATION = "VALIDATION";
    static final String TIMEOUT = "TIMEOUT";

    private Refusals() {}

    static GraphQLError limitExceeded(String code, String reason, String message, long limit, long actual) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("limit", limit);
        extensions.put("actual", actual);
        return error(ErrorType.BAD_REQUEST, code, reason, message, extensions);
    }

    static GraphQLError error(
            ErrorClassification type, String code, String reason, String message, Map<String, Object> details) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        extensions.put("reason", reason);
        extensions.putAll(details);
        return GraphqlErrorBuilder.newError()
                .errorType(type)
                .message(message)
                .extensions(extensions)
                .build();
    }

    /** Stops graphql-java before any field runs; the answer carries {@code error} alone. */
    static AbortExecutionException abort(GraphQLError error) {
        return new AbortExecutionException(List.of(error));
    }
}
