package com.gaplens.adapters.mongo.archfixture;

import com.gaplens.adapters.graphql.archfixture.GraphQlAdapterReachingIntoMongoAdapter;

/** Breaks the adapter rule on purpose. Test sources only. */
public class MongoAdapterReachingIntoGraphQlAdapter {
    GraphQlAdapterReachingIntoMongoAdapter other;
}
