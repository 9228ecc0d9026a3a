package com.gaplens.adapters.graphql.protection;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.CoercedVariables;
import graphql.introspection.IntrospectionQuery;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.ConnectionTypeDefinitionConfigurer;

/** The cost formula of {@link QueryCost}, each figure worked out by hand in the comment beside it. */
class QueryCostTest {

    private static final GraphQLSchema GAPLENS = gapLensSchema();

    /** A schema with connections inside connections, which GapLens's own does not have (yet). */
    private static final GraphQLSchema NESTED =
            UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse("""
                    type Query { shops(first: Int = 20): ShopConnection! }
                    type ShopConnection { edges: [ShopEdge!]! pageInfo: PageInfo! }
                    type ShopEdge { cursor: String! node: Shop! }
                    type Shop { name: String! items(first: Int): ItemConnection! }
                    type ItemConnection { edges: [ItemEdge!]! pageInfo: PageInfo! }
                    type ItemEdge { node: Item! }
                    type Item { name: String! tags: [Tag!]! }
                    type Tag { label: String! }
                    type PageInfo { hasNextPage: Boolean! }
                    """));

    private static QueryCost.Analysis analyse(GraphQLSchema schema, String document, Map<String, Object> variables) {
        Document parsed = Parser.parse(document);
        return QueryCost.analyse(schema, parsed, null, CoercedVariables.of(variables), QueryLimits.defaults());
    }

    private static QueryCost.Analysis analyse(String document) {
        return analyse(GAPLENS, document, Map.of());
    }

    @Test
    void aConnectionCostsTwoPlusItsPageSizeTimesWhatEachEdgeSelectsAndPageInfoOnce() {
        // brands 2 + 10 × (node 1 + values 1) + pageInfo 1 = 23; brands > edges > node > values > name: depth 5
        assertThat(
                        analyse(
                                "{ brands(first: 10) { edges { cursor node { id values { name } } } pageInfo { hasNextPage } } }"))
                .isEqualTo(new QueryCost.Analysis(5, 23));
    }

    @Test
    void aConnectionWithoutFirstIsCostedAtTheDefaultPageSize() {
        // 2 + 20 × node 1 = 22
        assertThat(analyse("{ brands { edges { node { name } } } }")).isEqualTo(new QueryCost.Analysis(4, 22));
    }

    @Test
    void thePageSizeMayComeFromAVariable() {
        // 2 + 7 × node 1 = 9
        assertThat(analyse(GAPLENS, "query($n: Int) { brands(first: $n) { edges { node { id } } } }", Map.of("n", 7)))
                .isEqualTo(new QueryCost.Analysis(4, 9));
    }

    @Test
    void aPageSizeAboveTheLargestIsCostedAtTheLargest() {
        // 2 + 100 × 1 = 102 (the page request itself is refused when the field runs)
        assertThat(analyse("{ brands(first: 1000) { edges { node { id } } } }").cost())
                .isEqualTo(102);
    }

    @Test
    void aRankedListCountsWhatItSelectsOncePerItemAskedFor() {
        // worstIrritants 1 + 50 × keys 1 = 51
        assertThat(analyse("{ worstIrritants(first: 50) { keys { label } gap } }")
                        .cost())
                .isEqualTo(51);
        // without first, its default of 10: 1 + 10 × keys 1 = 11
        assertThat(analyse("{ worstIrritants { keys { label } } }").cost()).isEqualTo(11);
    }

    @Test
    void connectionsInsideConnectionsMultiply() {
        // shops 2 + 10 × (node 1 + items [2 + 5 × (node 1 + tags 1) + pageInfo 1]) = 2 + 10 × (1 + 13) = 142
        // shops > edges > node > items > edges > node > tags > label: depth 8
        assertThat(analyse(
                        NESTED,
                        "{ shops(first: 10) { edges { cursor node { name items(first: 5) { edges { node { name tags { label } } }"
                                + " pageInfo { hasNextPage } } } } } }",
                        Map.of()))
                .isEqualTo(new QueryCost.Analysis(8, 142));
    }

    @Test
    void scalarFieldsAreFreeObjectFieldsCostOneAndAnOperationAtLeastOne() {
        // experienceModel 1 + variables 1, scalars 0
        assertThat(analyse("{ experienceModel { families variables { code family } } }"))
                .isEqualTo(new QueryCost.Analysis(3, 2));
        // nothing but __typename: at least 1, no depth
        assertThat(analyse("{ __typename }")).isEqualTo(new QueryCost.Analysis(0, 1));
    }

    @Test
    void aTopLevelMutationFieldCostsTen() {
        // defineBrand 10 + values 1
        assertThat(analyse("mutation { defineBrand(input: {name: \"X\"}) { id values { name } } }"))
                .isEqualTo(new QueryCost.Analysis(3, 11));
    }

    @Test
    void aliasesAndFragmentsAreCostedAsTheyExpand() {
        // a: 2 + 5 × (node 1 + values 1) = 12; b: 2 + pageInfo 1 = 3; total 15
        assertThat(analyse(
                        "{ a: brands(first: 5) { edges { node { ...B } } } b: brands(first: 3) { pageInfo { hasNextPage } } }"
                                + " fragment B on Brand { values { name } }"))
                .isEqualTo(new QueryCost.Analysis(5, 15));
    }

    @Test
    void skippedFieldsCostNothing() {
        // brands skipped; experienceModel 1
        assertThat(analyse(
                        GAPLENS,
                        "query($s: Boolean!) { brands(first: 10) @skip(if: $s) { edges { node { id } } } experienceModel { families } }",
                        Map.of("s", true)))
                .isEqualTo(new QueryCost.Analysis(2, 1));
    }

    @Test
    void introspectionIsFreeAndAddsNoDepth() {
        assertThat(
                        analyse(
                                "{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }"))
                .isEqualTo(new QueryCost.Analysis(0, 1));
    }

    @Test
    void theDeepestPathOfTheSchemaIsElevenFieldsDeep() {
        // segmentVariants 2 + 20 × (node, targetExperience, versions, commitments, scope, touchpoints, brand, values:
        // 8) = 162
        assertThat(analyse("{ segmentVariants { edges { node { targetExperience { versions { commitments { scope {"
                        + " touchpoints { brand { values { name } } } } } } } } } } }"))
                .isEqualTo(new QueryCost.Analysis(11, 162));
    }

    @Test
    void graphiqlsIntrospectionQueryPassesEveryLimit() {
        String introspection = IntrospectionQuery.INTROSPECTION_QUERY;

        assertThat(analyse(introspection)).isEqualTo(new QueryCost.Analysis(0, 1));
        assertThat(DocumentShape.tokens(introspection)).isLessThanOrEqualTo(QueryLimits.DEFAULT_MAX_TOKENS);
        assertThat(DocumentShape.aliases(Parser.parse(introspection))).isZero();
        assertThat(introspection.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(QueryLimits.DEFAULT_MAX_DOCUMENT_BYTES);
    }

    private static GraphQLSchema gapLensSchema() {
        try {
            TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
            SchemaParser parser = new SchemaParser();
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/**/*.graphqls")) {
                try (InputStream in = resource.getInputStream()) {
                    registry.merge(parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            // the XConnection types are generated as the application generates them
            new ConnectionTypeDefinitionConfigurer().configure(registry);
            return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
