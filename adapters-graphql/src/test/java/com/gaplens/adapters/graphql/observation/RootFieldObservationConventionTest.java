package com.gaplens.adapters.graphql.observation;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

class RootFieldObservationConventionTest {

    private static String rootField(String document) {
        return RootFieldObservationConvention.rootField(Parser.parse(document)
                .getDefinitionsOfType(OperationDefinition.class)
                .getFirst());
    }

    @Test
    void theTagIsTheSchemaFieldAskedForNeverTheOperationNameTheClientChose() {
        assertThat(rootField("query AlphaAcquisitionOfAcmeCorp { brands(first: 1) { edges { cursor } } }"))
                .isEqualTo("brands");
        assertThat(rootField("mutation Secret { recordMeasurements(input: []) { accepted } }"))
                .isEqualTo("recordMeasurements");
    }

    @Test
    void aliasesDoNotChangeTheTag() {
        assertThat(rootField("{ mySecretAlias: scales { id } other: scales { id } }"))
                .isEqualTo("scales");
    }

    @Test
    void severalRootFieldsOrAFragmentAtTheRootAreMultipleAndIntrospectionAloneIsNone() {
        assertThat(rootField("{ scales { id } tenant { id } }")).isEqualTo("multiple");
        assertThat(rootField("{ ...F } fragment F on Query { scales { id } }")).isEqualTo("multiple");
        assertThat(rootField("{ __schema { queryType { name } } }")).isEqualTo("none");
    }
}
