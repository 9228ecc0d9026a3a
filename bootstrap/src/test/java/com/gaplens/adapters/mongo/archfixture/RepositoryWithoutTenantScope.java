package com.gaplens.adapters.mongo.archfixture;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/** Breaks the tenant-scope rule on purpose: a repository that queries without a tenant. Test sources only. */
public class RepositoryWithoutTenantScope {
    long countEverything(MongoOperations mongo) {
        return mongo.count(new Query(), "brands");
    }
}
