package com.gaplens.adapters.mongo.support;

import com.mongodb.client.MongoClient;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A throw-away database on one of the test servers. */
public record MongoTestDatabase(TestMongoServer server, MongoClient client, MongoTemplate template)
        implements AutoCloseable {

    public String name() {
        return template.getDb().getName();
    }

    @Override
    public void close() {
        template.getDb().drop();
    }
}
