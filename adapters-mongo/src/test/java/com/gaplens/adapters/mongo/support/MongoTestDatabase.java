package com.gaplens.adapters.mongo.support;

import com.mongodb.client.MongoClient;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A throw-away database on one of the test servers, dropped when closed unless
 * {@code GAPLENS_TEST_MONGODB_KEEP_DATABASES=true}: CI keeps them, because MongoDB's Windows build under Wine (its
 * server there) sometimes crashes while deleting the files of dropped collections (docs/testing.md).
 */
public record MongoTestDatabase(TestMongoServer server, MongoClient client, MongoTemplate template)
        implements AutoCloseable {

    private static final boolean KEEP = Boolean.parseBoolean(System.getenv("GAPLENS_TEST_MONGODB_KEEP_DATABASES"));

    public String name() {
        return template.getDb().getName();
    }

    @Override
    public void close() {
        if (!KEEP) {
            template.getDb().drop();
        }
    }
}
