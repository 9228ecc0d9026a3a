package com.gaplens.adapters.graphql.error;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.introspection.GoodFaithIntrospection;
import graphql.introspection.IntrospectionDisabledError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.graphql.execution.GraphQlSource;
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
 * {@code QUERY_TOO_COMPLEX} / {@code INTROSPECTION_TOO_DEEP}). A value refused by the schema's types (an enum value
 * that does not exist, a malformed {@code DateTime}, a required field left out, a field that does not exist) also gets
 * its {@code reason} and {@code field}, in the document or anywhere in the variables ({@link InputProblem}). Errors
 * that already carry a code are left as they are.
 */
@Component
class RequestErrorCodes implements WebGraphQlInterceptor {

    private static final Pattern NAMED_VARIABLE = Pattern.compile("^Variable '([^']+)'");

    private final GraphQlSource source;

    RequestErrorCodes(GraphQlSource source) {
        this.source = source;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        // graphql-java's messages in English, as every other message of the API, whatever the Accept-Language: it
        // ships German and Dutch ones, which LiteralProblems would not read
        request.configureExecutionInput(
                (input, builder) -> builder.locale(Locale.ENGLISH).build());
        return chain.next(request).map(response -> {
            List<GraphQLError> errors = response.getExecutionResult().getErrors();
            if (errors.isEmpty()) {
                return response;
            }
            List<GraphQLError> coded = errors.stream()
                    .map(error -> hasCode(error) ? withField(request, error) : withCode(inputProblem(request, error)))
                    .toList();
            return response.transform(builder -> builder.errors(coded));
        });
    }

    /**
     * A value of the request that graphql-java refused, said with its {@code field} and {@code reason}
     * ({@link InputProblem}); the error as it is otherwise.
     */
    private GraphQLError inputProblem(WebGraphQlRequest request, GraphQLError error) {
        if (error.getErrorType() != ErrorType.ValidationError) {
            return error;
        }
        Optional<InputProblem> problem = aboutVariables(error)
                ? variableProblem(request, error)
                : LiteralProblems.read(source.schema(), error.getMessage());
        return problem.<GraphQLError>map(p -> {
                    Map<String, Object> extensions = new LinkedHashMap<>();
                    extensions.put("code", "VALIDATION");
                    extensions.put("reason", p.reason());
                    extensions.put("field", p.field());
                    return GraphqlErrorBuilder.newError()
                            .message(p.message())
                            .locations(error.getLocations())
                            .errorType(error.getErrorType())
                            .extensions(extensions)
                            .build();
                })
                .orElse(error);
    }

    /**
     * A variable's value refused with a code of its own (a scalar's, such as {@code INSTANT_OUT_OF_RANGE}) but no
     * field: the field it was found at is added.
     */
    private GraphQLError withField(WebGraphQlRequest request, GraphQLError error) {
        if (error.getErrorType() != ErrorType.ValidationError
                || error.getExtensions().containsKey("field")
                || !aboutVariables(error)) {
            return error;
        }
        return variableProblem(request, error)
                .<GraphQLError>map(problem -> {
                    Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
                    extensions.put("field", problem.field());
                    return GraphqlErrorBuilder.newError()
                            .message(problem.field() + ": "
                                    + error.getMessage().replaceFirst("^Variable '[^']*' has an invalid value: ", ""))
                            .locations(error.getLocations())
                            .errorType(error.getErrorType())
                            .extensions(extensions)
                            .build();
                })
                .orElse(error);
    }

    /** The value refused among the variables: in the one graphql-java names, when it names one. */
    private Optional<InputProblem> variableProblem(WebGraphQlRequest request, GraphQLError error) {
        Matcher named = NAMED_VARIABLE.matcher(error.getMessage());
        return VariableProblems.find(
                source.schema(),
                request.getDocument(),
                request.getOperationName(),
                request.getVariables(),
                named.find() ? Optional.of(named.group(1)) : Optional.empty());
    }

    /** Whether graphql-java refused the variables' values (rather than the document). */
    private static boolean aboutVariables(GraphQLError error) {
        String message = error.getMessage();
        return message.startsWith("Variable '") || message.startsWith("The variables input ");
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
