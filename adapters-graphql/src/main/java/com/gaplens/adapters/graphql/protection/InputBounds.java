package com.gaplens.adapters.graphql.protection;

import com.gaplens.adapters.graphql.refusal.Refusals;
import graphql.GraphQLError;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.graphql.execution.ErrorType;

/**
 * The sizes a request asks for, bounded before it runs, wherever they are (fragments expanded, variables coerced):
 * <ul>
 *   <li>every {@code first} argument (connections and ranked lists alike) lies within 1 and the largest page size
 *       ({@code VALIDATION} / {@code PAGE_SIZE_OUT_OF_RANGE} with {@code limit} and {@code actual}), so the cost
 *       computed from it is the cost that runs;</li>
 *   <li>every list given to a query's argument (ids of a filter, a grouping) holds at most {@code maxListItems}
 *       items ({@code QUERY_TOO_COMPLEX} / {@code LIST_TOO_LONG}): a filter of 100,000 ids is refused rather than
 *       sent to the database as one {@code $in}. A mutation's own batch lists have their own, documented limits
 *       (5,000 measurements, 10,000 observations), checked by the application.</li>
 * </ul>
 */
final class InputBounds {

    private InputBounds() {}

    static Optional<GraphQLError> check(
            GraphQLSchema schema,
            Document document,
            String operationName,
            CoercedVariables variables,
            QueryLimits limits,
            int maxListItems) {
        @SuppressWarnings("unchecked")
        Optional<GraphQLError>[] found = new Optional[] {Optional.empty()};
        GraphQLObjectType mutation = schema.getMutationType();
        QueryTraverser.newQueryTraverser()
                .schema(schema)
                .document(document)
                .operationName(operationName)
                .coercedVariables(variables)
                .build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment env) {
                        if (found[0].isPresent() || env.getField().getName().startsWith("__")) {
                            return;
                        }
                        Object first = env.getArguments().get("first");
                        if (first instanceof Number n && (n.longValue() < 1 || n.longValue() > limits.maxPageSize())) {
                            Map<String, Object> details = new LinkedHashMap<>();
                            details.put("field", "first");
                            details.put("limit", limits.maxPageSize());
                            details.put("actual", n.longValue());
                            found[0] = Optional.of(Refusals.error(
                                    ErrorType.BAD_REQUEST,
                                    Refusals.VALIDATION,
                                    "PAGE_SIZE_OUT_OF_RANGE",
                                    env.getField().getName() + ": first must be within 1–" + limits.maxPageSize()
                                            + ", got " + n,
                                    details));
                            return;
                        }
                        boolean mutationRoot = env.getParentEnvironment() == null
                                && mutation != null
                                && GraphQLTypeUtil.unwrapAll(env.getParentType()) == mutation;
                        if (mutationRoot) {
                            return;
                        }
                        long longest = longestList(env.getArguments());
                        if (longest > maxListItems) {
                            found[0] = Optional.of(Refusals.limitExceeded(
                                    Refusals.QUERY_TOO_COMPLEX,
                                    "LIST_TOO_LONG",
                                    env.getField().getName() + ": a list argument may hold at most " + maxListItems
                                            + " items; one holds " + longest + ".",
                                    maxListItems,
                                    longest));
                        }
                    }
                });
        return found[0];
    }

    private static long longestList(Object value) {
        if (value instanceof Map<?, ?> map) {
            long longest = 0;
            for (Object v : map.values()) {
                longest = Math.max(longest, longestList(v));
            }
            return longest;
        }
        if (value instanceof Collection<?> list) {
            long longest = list.size();
            for (Object v : list) {
                longest = Math.max(longest, longestList(v));
            }
            return longest;
        }
        return 0;
    }
}
