package com.gaplens.adapters.graphql.protection;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

class DocumentShapeTest {

    @Test
    void tokensAreNamesPunctuationAndValuesNotWhitespaceCommasOrComments() {
        // { brands ( first : 10 ) { id } } = 11 tokens; the comment and the comma are not tokens
        assertThat(DocumentShape.tokens("# a comment\n{ brands(first: 10,) { id } }"))
                .isEqualTo(11);
        // { x { ... F ... F } }: "..." and "F" per spread
        assertThat(DocumentShape.tokens("{ x { ...F ...F } }")).isEqualTo(9);
        // a string value is one token, however long
        assertThat(DocumentShape.tokens("{ a(s: \"one two three four\") }")).isEqualTo(8);
    }

    @Test
    void aliasesAreCountedWhereverTheyAreWrittenOnce() {
        assertThat(DocumentShape.aliases(Parser.parse(
                        "{ a: brands { edges { n: node { id } } } ... on Query { b: brands { pageInfo { hasNextPage } } } ...F }"
                                + " fragment F on Query { c: tenant { id } }")))
                .isEqualTo(4);
        assertThat(DocumentShape.aliases(Parser.parse("{ brands { edges { node { id } } } }")))
                .isZero();
    }

    @Test
    void operationsAreCounted() {
        assertThat(DocumentShape.operations(Parser.parse("query A { tenant { id } } query B { tenant { id } }")))
                .isEqualTo(2);
        assertThat(DocumentShape.operations(Parser.parse("{ tenant { id } } fragment F on Tenant { id }")))
                .isEqualTo(1);
    }
}
