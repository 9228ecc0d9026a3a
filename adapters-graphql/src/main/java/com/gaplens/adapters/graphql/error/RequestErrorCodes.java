package com.gaplens.adapters.graphql.error;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.introspection.GoodFaithIntrospection;
import graphql.introspection.IntrospectionDisabledError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gives the errors graphql-java raises before any field runs (a document that does not parse, a
 * field that does not exist, a variable of the wrong type) the same stable {@code extensions.code}
 * as every other error: {@code VALIDATION} (introspection asked for where it is switched off:
 * {@code VALIDATION} / {@code INTROSPECTION_DISABLED}; introspection nested in bad faith:
 * {@code QUERY_TOO_COMPLEX} / {@code INTROSPECTION_TOO_DEEP}). Errors that already carry a code are left as they are.
 */
@Component
class RequestErrorCodes implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            List<GraphQLError> errors = response.getExecutionResult().getErrors();
            if (errors.isEmpty() || errors.stream().allMatch(RequestErrorCodes::hasCode)) {
                return response;
            }
            List<GraphQLError> coded =
                    errors.stream().map(RequestErrorCodes::withCode).toList();
            return response.transform(builder -> builder.errors(coded));
        });
    }

    private static boolean hasCode(GraphQLError error) {
        return error.getExtensions() != null && error.getExtensions().containsKey("code");
    }

    private static GraphQLError withCode(GraphQLError error) {
        if (hasCode(error)) {
            return error;
        }
        ErrorClassification type = error.getErrorType();
        boolean invalidRequest = type == ErrorType.InvalidSyntax
                || type == ErrorType.ValidationError
                || type == ErrorType.OperationNotSupported;
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            // graphql-java's guard against introspection nested to multiply its answer: a refusal, like the limits
            extensions.put("code", "QUERY_TOO_COMPLEX");
            extensions.put("reason", "INTROSPECTION_TOO_DEEP");
            return GraphqlErrorBuilder.newError()
                    .message("Introspection may not nest __Type.fields, interfaces, possibleTypes or inputFields within"
                            + " themselves; ask for the schema in the standard introspection query's shape.")
                    .locations(error.getLocations())
                    .errorType(org.springframework.graphql.execution.ErrorType.BAD_REQUEST)
                    .extensions(extensions)
                    .build();
        }
        if (error instanceof IntrospectionDisabledError) {
            // introspection is switched off (the prod profile): asking for it is a request error
            extensions.put("code", "VALIDATION");
            extensions.put("reason", "INTROSPECTION_DISABLED");
        } else {
            extensions.put("code", invalidRequest ? "VALIDATION" : "INTERNAL_ERROR");
        }
        return GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(type)
                .extensions(extensions)
                .build();
    }
}
