package com.gaplens.adapters.mongo.archfixture;

import com.gaplens.adapters.postgres.BiDatabase;

/** Breaks the adapter rule on purpose. Test sources only. */
public class MongoAdapterSeeingPostgresAdapter {
    BiDatabase database;
}
