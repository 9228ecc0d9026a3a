package com.gaplens.adapters.graphql.security;

import com.gaplens.adapters.graphql.refusal.Refusals;
import com.gaplens.application.port.in.AuthenticatedCaller;
import com.gaplens.domain.access.Role;
import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.graphql.execution.ErrorType;

/**
 * Authorisation in one place: the roles a field needs are declared once, in the schema ({@code @auth(anyOf: [...])}),
 * and checked here for every field of the operation (fragments expanded, {@code @skip}/{@code @include} applied)
 * before any of them runs. A caller without a needed role gets {@code FORBIDDEN} naming the field and the roles, and
 * nothing runs: no field is fetched, nothing is written, nothing is charged to the budget. A root field that declares
 * no role is refused to everybody (deny by default), and {@code RolesDeclaredTest} fails the build before that can
 * ship. Introspection needs no role beyond being authenticated.
 */
public final class AuthorizationInstrumentation implements Instrumentation {

    public static final String DIRECTIVE = "auth";
    public static final String ROLES = "anyOf";

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        AuthenticatedCaller caller = execution.getGraphQLContext().get(AuthenticatedCaller.class);
        GraphQLSchema schema = execution.getGraphQLSchema();
        QueryTraverser.newQueryTraverser()
                .schema(schema)
                .document(execution.getDocument())
                .operationName(execution.getOperationDefinition().getName())
                .coercedVariables(execution.getCoercedVariables())
                .build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment env) {
                        if (env.isTypeNameIntrospectionField()
                                || env.getField().getName().startsWith("__")) {
                            return;
                        }
                        boolean root = env.getParentEnvironment() == null;
                        Optional<Set<Role>> needed = roles(env.getFieldDefinition());
                        if (needed.isEmpty() && !root) {
                            return;
                        }
                        check(caller, needed, env.getField().getName());
                    }
                });
        return null;
    }

    /** The roles {@code field} declares; empty when it declares none. */
    public static Optional<Set<Role>> roles(GraphQLFieldDefinition field) {
        GraphQLAppliedDirective auth = field.getAppliedDirective(DIRECTIVE);
        if (auth == null) {
            return Optional.empty();
        }
        List<?> names = auth.getArgument(ROLES).getValue();
        return Optional.of(names.stream()
                .map(name -> Role.valueOf(String.valueOf(name)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
    }

    private static void check(AuthenticatedCaller caller, Optional<Set<Role>> needed, String field) {
        if (caller == null) {
            throw Refusals.abort(Refusals.error(
                    ErrorType.UNAUTHORIZED,
                    "UNAUTHENTICATED",
                    "UNAUTHENTICATED",
                    "this call needs credentials: send Authorization: Bearer <api key>",
                    Map.of()));
        }
        if (needed.isEmpty()) {
            throw Refusals.abort(Refusals.error(
                    ErrorType.FORBIDDEN,
                    "FORBIDDEN",
                    "NO_ROLE_DECLARED",
                    "the field " + field + " declares no role, and is refused to everybody",
                    Map.of()));
        }
        if (needed.get().stream().noneMatch(caller::may)) {
            throw Refusals.abort(Refusals.error(
                    ErrorType.FORBIDDEN,
                    "FORBIDDEN",
                    ForbiddenException.ROLE_REQUIRED,
                    field + " needs the "
                            + needed.get().stream().map(Role::name).collect(Collectors.joining(" or "))
                            + " role, which your credentials do not grant",
                    Map.of()));
        }
    }
}
