package com.gaplens.adapters.graphql.protection;

import com.gaplens.adapters.graphql.observation.RootFieldObservationConvention;
import com.gaplens.adapters.graphql.refusal.Refusals;
import com.gaplens.application.port.in.AuthenticatedCaller;
import com.gaplens.application.port.in.SpendQueryBudgetUseCase;
import com.gaplens.application.port.in.SpendQueryBudgetUseCase.Granted;
import com.gaplens.application.port.in.SpendQueryBudgetUseCase.Refused;
import com.gaplens.application.port.in.SpendQueryBudgetUseCase.SpendQueryBudgetCommand;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.validation.ValidationError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;

/**
 * The limits graphql-java can check once the document is parsed, before any field runs:
 *
 * <ol>
 *   <li>before validation: one operation per document ({@code MULTIPLE_OPERATIONS}), at most
 *       {@code maxAliases} aliases ({@code TOO_MANY_ALIASES}) — both {@code VALIDATION};</li>
 *   <li>after validation, before execution: every {@code first} and every list argument ({@link InputBounds}), the depth ({@code DEPTH_EXCEEDED}) and the calculated cost
 *       ({@code COST_EXCEEDED}) — both {@code QUERY_TOO_COMPLEX} — then the tenant's budget is charged
 *       the cost ({@code RATE_LIMITED} / {@code BUDGET_EXHAUSTED} with {@code retryAfterSeconds} when it
 *       cannot pay).</li>
 * </ol>
 * A refusal aborts the request whole: no data fetcher runs, nothing is written.
 */
final class QueryLimitsInstrumentation implements Instrumentation {

    private final QueryLimits limits;
    private final SpendQueryBudgetUseCase budget;

    private final int maxListItems;

    QueryLimitsInstrumentation(QueryLimits limits, SpendQueryBudgetUseCase budget, int maxListItems) {
        this.limits = limits;
        this.budget = budget;
        this.maxListItems = maxListItems;
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(
            InstrumentationValidationParameters parameters, InstrumentationState state) {
        Document document = parameters.getDocument();
        int operations = DocumentShape.operations(document);
        if (operations > 1) {
            throw Refusals.abort(Refusals.limitExceeded(
                    Refusals.VALIDATION,
                    "MULTIPLE_OPERATIONS",
                    "A request carries one operation; this document defines " + operations
                            + ". Send each operation in its own request.",
                    1,
                    operations));
        }
        int aliases = DocumentShape.aliases(document);
        if (aliases > limits.maxAliases()) {
            throw Refusals.abort(Refusals.limitExceeded(
                    Refusals.VALIDATION,
                    "TOO_MANY_ALIASES",
                    "A document may use at most " + limits.maxAliases() + " aliases; this one uses " + aliases + ".",
                    limits.maxAliases(),
                    aliases));
        }
        return null;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        InputBounds.check(
                        execution.getGraphQLSchema(),
                        execution.getDocument(),
                        execution.getOperationDefinition().getName(),
                        execution.getCoercedVariables(),
                        limits,
                        maxListItems)
                .ifPresent(refusal -> {
                    throw Refusals.abort(refusal);
                });
        QueryCost.Analysis analysis = QueryCost.analyse(
                execution.getGraphQLSchema(),
                execution.getDocument(),
                execution.getOperationDefinition().getName(),
                execution.getCoercedVariables(),
                limits);
        GraphQLContext context = execution.getGraphQLContext();
        CostReport report = context.get(CostReport.class);
        if (report != null) {
            report.requested(analysis.cost());
            report.operation(
                    RootFieldObservationConvention.rootField(execution.getOperationDefinition()),
                    execution.getOperationDefinition().getName());
        }
        if (analysis.depth() > limits.maxDepth()) {
            throw Refusals.abort(Refusals.limitExceeded(
                    Refusals.QUERY_TOO_COMPLEX,
                    "DEPTH_EXCEEDED",
                    "Fields may be nested at most " + limits.maxDepth() + " deep; this operation goes "
                            + analysis.depth() + " deep.",
                    limits.maxDepth(),
                    analysis.depth()));
        }
        if (analysis.cost() > limits.maxCost()) {
            throw Refusals.abort(Refusals.limitExceeded(
                    Refusals.QUERY_TOO_COMPLEX,
                    "COST_EXCEEDED",
                    "An operation may cost at most " + limits.maxCost() + " points; this one costs " + analysis.cost()
                            + " (ask for smaller pages or fewer nested connections).",
                    limits.maxCost(),
                    analysis.cost()));
        }
        AuthenticatedCaller caller = context.get(AuthenticatedCaller.class);
        if (caller != null) {
            charge(caller, analysis.cost(), report);
        }
        return null;
    }

    private void charge(AuthenticatedCaller caller, long cost, CostReport report) {
        SpendQueryBudgetUseCase.Spending spending;
        try {
            spending = budget.spend(new SpendQueryBudgetCommand(caller.tenant(), cost));
        } catch (RuntimeException failure) {
            throw Refusals.database(failure).map(Refusals::abort).orElseThrow(() -> failure);
        }
        switch (spending) {
            case Granted granted -> {
                if (report != null) {
                    report.budgetRemaining(granted.remaining());
                }
            }
            case Refused refused -> {
                if (report != null) {
                    report.budgetRemaining(refused.available());
                }
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("limit", refused.capacity());
                details.put("actual", refused.requested());
                details.put("budgetRemaining", refused.available());
                refused.retryAfter().ifPresent(after -> details.put("retryAfterSeconds", after.toSeconds()));
                throw Refusals.abort(Refusals.error(
                        ErrorType.BAD_REQUEST,
                        Refusals.RATE_LIMITED,
                        "BUDGET_EXHAUSTED",
                        refused.retryAfter()
                                .map(after -> "Your tenant's query budget holds " + refused.available()
                                        + " points; this operation costs " + refused.requested() + ". Retry in "
                                        + after.toSeconds() + " s.")
                                .orElse("This operation costs " + refused.requested()
                                        + " points, more than your tenant's whole budget of " + refused.capacity()
                                        + "."),
                        details));
            }
        }
    }
}
