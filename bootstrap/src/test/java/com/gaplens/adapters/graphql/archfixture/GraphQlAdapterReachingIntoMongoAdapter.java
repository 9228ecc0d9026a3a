package com.gaplens.adapters.graphql.archfixture;

import com.gaplens.adapters.mongo.embedded.EmbeddedMongoServer;

/** Breaks the adapter rule on purpose. Test sources only. */
public class GraphQlAdapterReachingIntoMongoAdapter {
    EmbeddedMongoServer server;
}
