package com.gaplens.adapters.graphql.protection;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.org.antlr.v4.runtime.CharStreams;
import graphql.org.antlr.v4.runtime.Token;
import graphql.parser.antlr.GraphqlLexer;

/** Counts over a query document, as written (fragments are counted where they are defined). */
final class DocumentShape {

    private DocumentShape() {}

    /**
     * The grammar tokens of {@code document} — names, punctuation, values — as graphql-java's parser
     * counts them against its {@code maxTokens}; whitespace, commas and comments are not tokens. Linear in
     * the document's length, which is checked first.
     */
    static int tokens(String document) {
        GraphqlLexer lexer = new GraphqlLexer(CharStreams.fromString(document));
        lexer.removeErrorListeners();
        int count = 0;
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                count++;
            }
        }
        return count;
    }

    static int operations(Document document) {
        return document.getDefinitionsOfType(OperationDefinition.class).size();
    }

    static int aliases(Document document) {
        int aliases = 0;
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                aliases += aliases(operation.getSelectionSet());
            } else if (definition instanceof FragmentDefinition fragment) {
                aliases += aliases(fragment.getSelectionSet());
            }
        }
        return aliases;
    }

    private static int aliases(SelectionSet selections) {
        if (selections == null) {
            return 0;
        }
        int aliases = 0;
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                aliases += (field.getAlias() != null ? 1 : 0) + aliases(field.getSelectionSet());
            } else if (selection instanceof InlineFragment fragment) {
                aliases += aliases(fragment.getSelectionSet());
            }
        }
        return aliases;
    }
}
