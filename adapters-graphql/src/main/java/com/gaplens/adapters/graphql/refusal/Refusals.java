package com.gaplens.adapters.graphql.refusal;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The typed errors of a refused request: {@code extensions.code} (the kind), {@code reason} (the limit
 * hit), and the {@code limit} with the {@code actual} value where there is one.
 */
public final class Refusals {

    public static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    public static final String RATE_LIMITED = "RATE_LIMITED";
    public static final String VALIDATION = "VALIDATION";
    public static final String TIMEOUT = "TIMEOUT";
    public static final String UNAVAILABLE = "UNAVAILABLE";

    /** How long a client should wait before calling again when the database cannot be reached. */
    public static final long UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Refusals() {}

    public static GraphQLError limitExceeded(String code, String reason, String message, long limit, long actual) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("limit", limit);
        extensions.put("actual", actual);
        return error(ErrorType.BAD_REQUEST, code, reason, message, extensions);
    }

    public static GraphQLError error(
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

    /**
     * {@link #database(Throwable)} after {@code translator} had its say on each cause in turn: a driver's exception
     * that escaped its template untranslated (a cursor read lazily, as a stream) is classified too.
     */
    public static Optional<GraphQLError> database(Throwable failure, PersistenceExceptionTranslator translator) {
        Optional<GraphQLError> direct = database(failure);
        if (direct.isPresent() || translator == null) {
            return direct;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RuntimeException runtime && !(t instanceof DataAccessException)) {
                DataAccessException translated = translator.translateExceptionIfPossible(runtime);
                Optional<GraphQLError> classified = translated == null ? Optional.empty() : database(translated);
                if (classified.isPresent()) {
                    return classified;
                }
            }
        }
        return Optional.empty();
    }

    /** A source or key id that failed to authenticate too often: {@code RATE_LIMITED} with {@code retryAfterSeconds}. */
    public static GraphQLError tooManyFailures(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return error(
                ErrorType.BAD_REQUEST,
                RATE_LIMITED,
                "TOO_MANY_FAILED_AUTHENTICATIONS",
                "Too many failed authentications from this address or for this key; retry in " + seconds + " s.",
                Map.of("retryAfterSeconds", seconds));
    }

    /** A call without credentials, or with credentials that open nothing: 401 {@code UNAUTHENTICATED}. */
    public static GraphQLError credentialsRequired() {
        return error(
                ErrorType.UNAUTHORIZED,
                "UNAUTHENTICATED",
                "CREDENTIALS_REQUIRED",
                "This call needs credentials: send Authorization: Bearer <api key>.",
                Map.of());
    }

    /**
     * Answers a plain HTTP request (not yet or no longer GraphQL) with {@code error} as a GraphQL error body, with
     * {@code Retry-After} when the error carries {@code retryAfterSeconds}.
     */
    public static void write(HttpServletResponse response, HttpStatus status, GraphQLError error) throws IOException {
        response.setStatus(status.value());
        Object retryAfter =
                error.getExtensions() == null ? null : error.getExtensions().get("retryAfterSeconds");
        if (retryAfter != null) {
            response.setHeader("Retry-After", String.valueOf(retryAfter));
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        Map<String, Object> body = Map.of("errors", List.of(error.toSpecification()));
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }

    /**
     * The same, for a refusal made outside this adapter (the web server's own, in {@code bootstrap/web}), which names
     * no GraphQL type: classified {@code BAD_REQUEST}, or {@code INTERNAL_ERROR} for a 5xx.
     */
    public static void write(
            HttpServletResponse response,
            HttpStatus status,
            String code,
            String reason,
            String message,
            Map<String, Object> details)
            throws IOException {
        ErrorType type = status.is5xxServerError() ? ErrorType.INTERNAL_ERROR : ErrorType.BAD_REQUEST;
        write(response, status, error(type, code, reason, message, details));
    }

    /** Stops graphql-java before any field runs; the answer carries {@code error} alone. */
    public static AbortExecutionException abort(GraphQLError error) {
        return new AbortExecutionException(List.of(error));
    }
}
