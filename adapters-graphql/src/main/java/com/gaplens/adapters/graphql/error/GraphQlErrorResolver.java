package com.gaplens.adapters.graphql.error;

import com.gaplens.adapters.graphql.refusal.Refusals;
import com.gaplens.adapters.graphql.security.ForbiddenException;
import com.gaplens.adapters.graphql.security.UnauthenticatedException;
import com.gaplens.adapters.graphql.support.CallerTerms;
import com.gaplens.application.port.in.ManageBiAccessUseCase;
import com.gaplens.domain.shared.DomainException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * The one place where failures become GraphQL errors.
 *
 * <p>A {@link DomainException} becomes an error whose {@code extensions} carry {@code code} (the
 * stable kind: VALIDATION, NOT_FOUND, CONFLICT), {@code reason} (the exact rule broken) and
 * {@code field} (the input that is wrong), with the exception's message in the caller's terms ({@link CallerTerms}:
 * the global ids the caller sent, never the internal ids behind them).
 * A database that cannot be reached is {@code UNAVAILABLE} with {@code retryAfterSeconds}, one too slow
 * {@code TIMEOUT}. Anything else is an opaque {@code INTERNAL_ERROR} with an {@code errorId} that is also in the
 * server log (in the message, and as the key-value {@code errorId}, a field of its own in structured JSON logs): no
 * stack trace, class name or internal message ever reaches a client.
 */
@Component
class GraphQlErrorResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(GraphQlErrorResolver.class);

    /** The extension a client reads, and the structured-log field an operator searches: the same id. */
    static final String ERROR_ID = "errorId";

    private final PersistenceExceptionTranslator translator;

    GraphQlErrorResolver(ObjectProvider<PersistenceExceptionTranslator> translators) {
        this.translator = translators.getIfUnique();
        setThreadLocalContextAware(true);
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof DomainException domain) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", domain.kind().name());
            extensions.put("reason", domain.reason());
            domain.field().ifPresent(field -> extensions.put("field", field));
            return GraphqlErrorBuilder.newError(env)
                    .errorType(
                            switch (domain.kind()) {
                                case VALIDATION -> ErrorType.BAD_REQUEST;
                                case NOT_FOUND -> ErrorType.NOT_FOUND;
                                case CONFLICT -> ErrorType.BAD_REQUEST;
                            })
                    .message(CallerTerms.of(domain.getMessage(), env.getArguments(), ""))
                    .extensions(extensions)
                    .build();
        }
        Optional<GraphQLError> database = Refusals.database(ex, translator);
        if (ex instanceof AbortExecutionException) {
            // graphql-java stopping the fields of a request abandoned at its timeout: the request's TIMEOUT is
            // answered and logged by the request limits, once; nothing here is a bug
            database = Refusals.database(new org.springframework.dao.QueryTimeoutException("abandoned", ex));
        }
        if (database.isPresent()) {
            GraphQLError error = database.get();
            if (Refusals.TIMEOUT.equals(error.getExtensions().get("code"))) {
                // one WARN line per request, with its operation and cost, is written by RequestLimits
                return GraphqlErrorBuilder.newError(env)
                        .errorType(error.getErrorType())
                        .message(error.getMessage())
                        .extensions(error.getExtensions())
                        .build();
            }
            LOG.warn(
                    "{} while fetching {}: {}",
                    error.getExtensions().get("code"),
                    env.getExecutionStepInfo().getPath(),
                    ex.toString());
            return GraphqlErrorBuilder.newError(env)
                    .errorType(error.getErrorType())
                    .message(error.getMessage())
                    .extensions(error.getExtensions())
                    .build();
        }
        if (ex instanceof ManageBiAccessUseCase.BiPublicationDisabledException disabled) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.BAD_REQUEST)
                    .message(disabled.getMessage())
                    .extensions(Map.of("code", "UNAVAILABLE", "reason", "BI_PUBLICATION_NOT_CONFIGURED"))
                    .build();
        }
        if (ex instanceof ForbiddenException forbidden) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.FORBIDDEN)
                    .message(forbidden.getMessage())
                    .extensions(Map.of("code", "FORBIDDEN", "reason", forbidden.reason()))
                    .build();
        }
        if (ex instanceof UnauthenticatedException unauthenticated) {
            return typed(env, ErrorType.UNAUTHORIZED, "UNAUTHENTICATED", unauthenticated.getMessage());
        }
        String errorId = UUID.randomUUID().toString();
        // errorId as a key-value pair too: structured (JSON) logs carry it as its own field, so the id a
        // client quotes finds its log line with a plain field filter.
        LOG.atError()
                .addKeyValue(ERROR_ID, errorId)
                .setCause(ex)
                .log(
                        "INTERNAL_ERROR {} while fetching {}",
                        errorId,
                        env.getExecutionStepInfo().getPath());
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.INTERNAL_ERROR)
                .message("An internal error occurred; quote error id " + errorId + " to the operators.")
                .extensions(Map.of("code", "INTERNAL_ERROR", ERROR_ID, errorId))
                .build();
    }

    private static GraphQLError typed(DataFetchingEnvironment env, ErrorType type, String code, String message) {
        return GraphqlErrorBuilder.newError(env)
                .errorType(type)
                .message(message)
                .extensions(Map.of("code", code))
                .build();
    }
}
