package com.gaplens.adapters.postgres.archfixture;

import com.gaplens.adapters.mongo.embedded.EmbeddedMongoServer;

/** Breaks the adapter rule on purpose. Test sources only. */
public class PostgresAdapterReachingIntoMongoAdapter {
    EmbeddedMongoServer server;
}
