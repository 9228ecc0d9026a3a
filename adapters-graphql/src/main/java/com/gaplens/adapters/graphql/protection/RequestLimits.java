package com.gaplens.adapters.graphql.protection;

import com.gaplens.adapters.graphql.refusal.Refusals;
import com.gaplens.adapters.graphql.security.CurrentCaller;
import com.gaplens.adapters.graphql.security.UnauthenticatedException;
import com.gaplens.application.deadline.Deadline;
import com.gaplens.application.port.in.AuthenticatedCaller;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.parser.ParserOptions;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * The first and last thing every GraphQL request meets.
 *
 * <ul>
 *   <li>Before graphql-java parses anything: the document's size ({@code DOCUMENT_TOO_LARGE}) and its
 *       number of tokens ({@code TOO_MANY_TOKENS}), both {@code VALIDATION}; graphql-java's own parser
 *       is given the same token limit (a second line of defence).</li>
 *   <li>It hands the request's caller and a {@link CostReport} to {@link QueryLimitsInstrumentation}
 *       through the GraphQL context.</li>
 *   <li>A request not answered within {@code timeout} is answered {@code TIMEOUT} / {@code TIMEOUT}
 *       (the database's own operation timeout, shorter, cancels the slow operation itself).</li>
 *   <li>Every answer carries {@code extensions.cost}; a {@code RATE_LIMITED} one a
 *       {@code Retry-After} header too.</li>
 * </ul>
 */
final class RequestLimits implements WebGraphQlInterceptor {

    /** graphql-java's parser counts its end-of-input token against {@code maxTokens} too. */
    private static final int PARSER_END_OF_INPUT = 1;

    private static final Logger LOG = LoggerFactory.getLogger(RequestLimits.class);

    static {
        DeadlineAccessor.register();
    }

    private final QueryLimits limits;
    private final ParserOptions parserOptions;
    private final QueryCostObserver observer;

    RequestLimits(QueryLimits limits, QueryCostObserver observer) {
        this.limits = limits;
        this.observer = observer;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxTokens(limits.maxTokens() + PARSER_END_OF_INPUT));
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        CostReport report = new CostReport(limits.maxCost());
        String document = request.getDocument();
        int bytes = document.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxDocumentBytes()) {
            return Mono.just(refused(
                    request,
                    report,
                    Refusals.limitExceeded(
                            Refusals.VALIDATION,
                            "DOCUMENT_TOO_LARGE",
                            "A query document may hold at most " + limits.maxDocumentBytes() + " bytes; this one holds "
                                    + bytes + ". Send large inputs as variables.",
                            limits.maxDocumentBytes(),
                            bytes)));
        }
        int tokens = DocumentShape.tokens(document);
        if (tokens > limits.maxTokens()) {
            return Mono.just(refused(
                    request,
                    report,
                    Refusals.limitExceeded(
                            Refusals.VALIDATION,
                            "TOO_MANY_TOKENS",
                            "A query document may hold at most " + limits.maxTokens() + " tokens; this one holds "
                                    + tokens + ". Send large inputs as variables.",
                            limits.maxTokens(),
                            tokens)));
        }
        Optional<AuthenticatedCaller> caller = caller();
        Deadline deadline = Deadline.in(limits.timeout());
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(context -> {
                    context.put(DeadlineAccessor.KEY, deadline);
                    context.put(ParserOptions.class, parserOptions);
                    context.put(CostReport.class, report);
                    caller.ifPresent(c -> context.put(AuthenticatedCaller.class, c));
                })
                .build());
        return chain.next(request)
                .timeout(limits.timeout(), Mono.fromSupplier(() -> refused(request, report, timedOut())))
                .map(response -> reported(response, report))
                .doOnNext(response -> logTimeout(report, response))
                .doOnNext(response -> observe(report, response));
    }

    /**
     * A request answered {@code TIMEOUT} (its own limit, or a database operation out of time) is one WARN line,
     * naming the operation and its cost, for the operator to find it; no stack trace (a timeout is no bug).
     */
    private void logTimeout(CostReport report, WebGraphQlResponse response) {
        response.getExecutionResult().getErrors().stream()
                .filter(error -> error.getExtensions() != null
                        && Refusals.TIMEOUT.equals(error.getExtensions().get("code")))
                .findFirst()
                .ifPresent(error -> LOG.atWarn()
                        .addKeyValue("graphql.operation.name", report.operationName())
                        .addKeyValue("graphql.root.field", report.rootField())
                        .addKeyValue("gaplens.query.cost", report.requested())
                        .log(
                                "TIMEOUT: operation {} ({}) of cost {} was not answered within {} ms and was abandoned"
                                        + " ({})",
                                report.operationName() == null ? "(anonymous)" : report.operationName(),
                                report.rootField(),
                                report.requested(),
                                limits.timeout().toMillis(),
                                error.getPath() == null ? "request" : "at " + error.getPath()));
    }

    private void observe(CostReport report, WebGraphQlResponse response) {
        Object requested = report(response).get("requested");
        List<String> refusals = response.getExecutionResult().getErrors().stream()
                .map(GraphQLError::getExtensions)
                .filter(java.util.Objects::nonNull)
                .filter(extensions -> extensions.containsKey("limit") || extensions.containsKey("retryAfterSeconds"))
                .map(extensions -> String.valueOf(extensions.get("reason")))
                .toList();
        observer.answered(report.rootField(), requested instanceof Number n ? n.longValue() : 0, refusals);
    }

    private static Map<?, ?> report(WebGraphQlResponse response) {
        Map<Object, Object> extensions = response.getExecutionResult().getExtensions();
        return extensions != null && extensions.get("cost") instanceof Map<?, ?> cost ? cost : Map.of();
    }

    private GraphQLError timedOut() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("limit", limits.timeout().toMillis());
        return Refusals.error(
                ErrorType.INTERNAL_ERROR,
                Refusals.TIMEOUT,
                "TIMEOUT",
                "The request was not answered within " + limits.timeout().toMillis()
                        + " ms and was abandoned; ask for less (smaller pages, a shorter period).",
                details);
    }

    private static Optional<AuthenticatedCaller> caller() {
        try {
            return Optional.of(CurrentCaller.get());
        } catch (UnauthenticatedException anonymous) {
            return Optional.empty();
        }
    }

    private static WebGraphQlResponse refused(WebGraphQlRequest request, CostReport report, GraphQLError error) {
        ExecutionResult result =
                ExecutionResult.newExecutionResult().addError(error).build();
        return reported(
                new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)),
                report);
    }

    private static WebGraphQlResponse reported(WebGraphQlResponse response, CostReport report) {
        Map<Object, Object> extensions = new LinkedHashMap<>();
        Map<Object, Object> existing = response.getExecutionResult().getExtensions();
        if (existing != null) {
            extensions.putAll(existing);
        }
        extensions.put("cost", report.toMap());
        WebGraphQlResponse reported = response.transform(builder -> builder.extensions(extensions));
        response.getExecutionResult().getErrors().stream()
                .filter(error -> error.getExtensions() != null
                        && Refusals.RATE_LIMITED.equals(error.getExtensions().get("code")))
                .map(error -> error.getExtensions().get("retryAfterSeconds"))
                .filter(Number.class::isInstance)
                .findFirst()
                .ifPresent(seconds -> reported.getResponseHeaders().set("Retry-After", String.valueOf(seconds)));
        return reported;
    }
}
