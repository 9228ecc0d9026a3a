package com.gaplens.bootstrap.archfixture;

/** Breaks the GraphQL rule on purpose. Test sources only. */
public class BootstrapUsingGraphQlJava {
    graphql.GraphQLError error;
}
