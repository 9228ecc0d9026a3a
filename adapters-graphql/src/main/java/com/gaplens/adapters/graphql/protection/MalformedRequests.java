package com.gaplens.adapters.graphql.protection;

import com.gaplens.adapters.graphql.refusal.Refusals;
import graphql.GraphQLError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A POST to the GraphQL endpoint whose body is not a GraphQL request (not JSON, not an object, no {@code query}
 * string, variables that are not an object, JSON nested beyond the parser's limits…) is answered as every other
 * refusal is: a GraphQL error with {@code extensions.code} {@code VALIDATION} and reason {@code MALFORMED_REQUEST}
 * (HTTP 400; {@code UNSUPPORTED_MEDIA_TYPE} with HTTP 415 for a body that is not JSON by its content type), instead
 * of the framework's generic error page. The message never repeats the parser's, which names classes. Its errors are
 * also those {@link RequestBodyGate} answers before Spring reads the request (a method other than POST, a content
 * type GraphQL does not read, an {@code Accept} it cannot answer).
 */
final class MalformedRequests implements HandlerExceptionResolver, Ordered {

    static final GraphQLError MALFORMED_ERROR = Refusals.error(
            ErrorType.BAD_REQUEST,
            Refusals.VALIDATION,
            "MALFORMED_REQUEST",
            "The body is not a GraphQL request: send a JSON object with a \"query\" string, optionally \"variables\""
                    + " (an object) and \"operationName\" (a string).",
            Map.of());

    static final GraphQLError MEDIA_TYPE_ERROR = Refusals.error(
            ErrorType.BAD_REQUEST,
            Refusals.VALIDATION,
            "UNSUPPORTED_MEDIA_TYPE",
            "Send the GraphQL request as a JSON object with Content-Type: application/json.",
            Map.of());

    static final GraphQLError METHOD_ERROR = Refusals.error(
            ErrorType.BAD_REQUEST,
            Refusals.VALIDATION,
            "METHOD_NOT_ALLOWED",
            "GraphQL takes POST only, with a JSON body: {\"query\": \"…\"} and optionally \"variables\" and"
                    + " \"operationName\".",
            Map.of());

    static final GraphQLError NOT_ACCEPTABLE_ERROR = Refusals.error(
            ErrorType.BAD_REQUEST,
            Refusals.VALIDATION,
            "NOT_ACCEPTABLE",
            "GraphQL answers in application/graphql-response+json or application/json (text/event-stream for a"
                    + " stream): accept one of them, or send no Accept header.",
            Map.of());

    static final GraphQLError BATCHING_ERROR = Refusals.error(
            ErrorType.BAD_REQUEST,
            Refusals.VALIDATION,
            "BATCHING_NOT_SUPPORTED",
            "Send one operation per request: a JSON array of operations (batching) is not accepted.",
            Map.of());

    private final String path;

    MalformedRequests(String path) {
        this.path = path;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!path.equals(request.getServletPath()) || response.isCommitted()) {
            return null;
        }
        GraphQLError error;
        HttpStatus status;
        if (failure instanceof HttpMediaTypeNotSupportedException
                || failure instanceof UnsupportedMediaTypeStatusException) {
            error = MEDIA_TYPE_ERROR;
            status = HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        } else if (failure instanceof HttpMessageNotReadableException || failure instanceof ServerWebInputException) {
            error = MALFORMED_ERROR;
            status = HttpStatus.BAD_REQUEST;
        } else {
            return null;
        }
        try {
            Refusals.write(response, status, error);
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }
}
