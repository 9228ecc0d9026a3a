package com.gaplens.adapters.graphql.protection;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.graphql.execution.ErrorType;

/**
 * The typed errors of a refused request: {@code extensions.code} (the kind), {@code reason} (the limit
 * hit), and the {@code limit} with the {@code actual} value where there is one.
 */
public final class Refusals {

    static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    static final String RATE_LIMITED = "RATE_LIMITED";
    static final String VALIDATION = "VALIDATION";
    static final String TIMEOUT = "TIMEOUT";
    static final String UNAVAILABLE = "UNAVAILABLE";

    /** How long a client should wait before calling again when the database cannot be reached. */
    public static final long UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

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

    /**
     * The error for a database that cannot be reached ({@code UNAVAILABLE} / {@code DATABASE_UNAVAILABLE}
     * with {@code retryAfterSeconds}) or took too long ({@code TIMEOUT} / {@code TIMEOUT}); empty when
     * {@code failure} is neither.
     */
    public static Optional<GraphQLError> database(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof QueryTimeoutException) {
                return Optional.of(error(
                        ErrorType.INTERNAL_ERROR,
                        TIMEOUT,
                        "TIMEOUT",
                        "The database did not answer in time and the operation was cancelled; ask for less.",
                        Map.of()));
            }
            if (t instanceof DataAccessResourceFailureException) {
                return Optional.of(error(
                        ErrorType.INTERNAL_ERROR,
                        UNAVAILABLE,
                        "DATABASE_UNAVAILABLE",
                        "The database cannot be reached at the moment; retry in " + UNAVAILABLE_RETRY_AFTER_SECONDS
                                + " s.",
                        Map.of("retryAfterSeconds", UNAVAILABLE_RETRY_AFTER_SECONDS)));
            }
        }
        return Optional.empty();
    }

    /** Stops graphql-java before any field runs; the answer carries {@code error} alone. */
    static AbortExecutionException abort(GraphQLError error) {
        return new AbortExecutionException(List.of(error));
    }
}
