package com.gaplens.adapters.graphql.protection;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnmodifiedType;

/**
 * The depth and calculated cost of one operation, from its parsed and validated document and the
 * schema, before it runs (graphql-java's {@link QueryTraverser} walks the fields, fragments expanded,
 * {@code @skip}/{@code @include} applied, arguments coerced with their defaults). The formula:
 *
 * <ul>
 *   <li>a scalar or enum field costs 0;</li>
 *   <li>an object field (or list of objects) costs 1; a top-level mutation field costs 10 (it writes);</li>
 *   <li>a connection field (its type is an {@code XConnection}) costs 2 (its {@code edges} list
 *       included), and everything selected under its {@code edges} (or {@code nodes}) counts N times, N being its {@code first} argument (the
 *       default page size, 20, when absent; at most the largest page size, 100): connections nested in
 *       connections multiply. {@code pageInfo} counts once;</li>
 *   <li>a plain list that takes a {@code first} argument (a ranked list: {@code worstIrritants(first: 50)})
 *       counts everything selected under it N times, N being its {@code first} (its default when absent);</li>
 *   <li>introspection ({@code __schema}, {@code __type}, {@code __typename}) costs nothing and adds no
 *       depth: it is answered from the schema in memory;</li>
 *   <li>an operation costs at least 1.</li>
 * </ul>
 *
 * For example {@code brands(first: 10) { edges { cursor node { id values { name } } } pageInfo { hasNextPage } }}
 * costs 2 (brands) + 10 × (1 node + 1 values) + 1 (pageInfo) = 23, at depth 5.
 */
public final class QueryCost {

    /** The cost of a top-level mutation field before its selection. */
    public static final long MUTATION_FIELD_COST = 10;

    /** What the analysis found. */
    public record Analysis(int depth, long cost) {}

    private QueryCost() {}

    public static Analysis analyse(
            GraphQLSchema schema,
            Document document,
            String operationName,
            CoercedVariables variables,
            QueryLimits limits) {
        QueryTraverser traverser = QueryTraverser.newQueryTraverser()
                .schema(schema)
                .document(document)
                .operationName(operationName)
                .coercedVariables(variables)
                .build();
        Visitor visitor = new Visitor(schema, limits);
        traverser.visitPreOrder(visitor);
        return new Analysis(visitor.depth, Math.max(1, visitor.cost));
    }

    private static final class Visitor extends QueryVisitorStub {

        private final GraphQLSchema schema;
        private final QueryLimits limits;
        private int depth;
        private long cost;

        Visitor(GraphQLSchema schema, QueryLimits limits) {
            this.schema = schema;
            this.limits = limits;
        }

        @Override
        public void visitField(QueryVisitorFieldEnvironment env) {
            if (env.isTypeNameIntrospectionField() || underIntrospection(env)) {
                return;
            }
            int level = 1;
            long multiplier = 1;
            QueryVisitorFieldEnvironment child = env;
            for (QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
                    parent != null;
                    parent = parent.getParentEnvironment()) {
                level++;
                if (isConnection(parent) && isPageOfItems(child)) {
                    multiplier = saturatedTimes(multiplier, pageSize(parent));
                } else if (isRankedList(parent)) {
                    multiplier = saturatedTimes(multiplier, pageSize(parent));
                }
                child = parent;
            }
            depth = Math.max(depth, level);
            cost = saturatedPlus(cost, saturatedTimes(multiplier, base(env)));
        }

        private long base(QueryVisitorFieldEnvironment env) {
            if (isConnection(env)) {
                return 2;
            }
            if (GraphQLTypeUtil.isLeaf(unwrapped(env))) {
                return 0;
            }
            QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
            if (parent != null
                    && isConnection(parent)
                    && env.getField().getName().equals("edges")) {
                // the list of edges is the connection's own cost; what each edge selects counts N times
                return 0;
            }
            GraphQLObjectType mutation = schema.getMutationType();
            boolean topLevelMutation =
                    parent == null && mutation != null && GraphQLTypeUtil.unwrapAll(env.getParentType()) == mutation;
            return topLevelMutation ? MUTATION_FIELD_COST : 1;
        }

        private long pageSize(QueryVisitorFieldEnvironment connection) {
            Object first = connection.getArguments().get("first");
            long size = first instanceof Number number ? number.longValue() : limits.defaultPageSize();
            return Math.clamp(size, 0, limits.maxPageSize());
        }

        /** A plain list that takes a {@code first} (worstIrritants, signatureMoments…): up to that many items. */
        private static boolean isRankedList(QueryVisitorFieldEnvironment env) {
            return !isConnection(env)
                    && GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(
                            env.getFieldDefinition().getType()))
                    && env.getFieldDefinition().getArgument("first") != null;
        }

        private static boolean isPageOfItems(QueryVisitorFieldEnvironment child) {
            String name = child.getField().getName();
            return name.equals("edges") || name.equals("nodes");
        }

        private static boolean isConnection(QueryVisitorFieldEnvironment env) {
            return unwrapped(env) instanceof GraphQLObjectType type
                    && type.getName().endsWith("Connection")
                    && type.getFieldDefinition("edges") != null;
        }

        private static GraphQLUnmodifiedType unwrapped(QueryVisitorFieldEnvironment env) {
            GraphQLType type = env.getFieldDefinition().getType();
            return GraphQLTypeUtil.unwrapAll(type);
        }

        private static boolean underIntrospection(QueryVisitorFieldEnvironment env) {
            for (QueryVisitorFieldEnvironment e = env; e != null; e = e.getParentEnvironment()) {
                if (e.getField().getName().startsWith("__")) {
                    return true;
                }
            }
            return false;
        }

        private static long saturatedTimes(long a, long b) {
            long product = a * b;
            if (a != 0 && (product / a != b || product < 0)) {
                return Long.MAX_VALUE;
            }
            return product;
        }

        private static long saturatedPlus(long a, long b) {
            long sum = a + b;
            return sum < 0 ? Long.MAX_VALUE : sum;
        }
    }
}
