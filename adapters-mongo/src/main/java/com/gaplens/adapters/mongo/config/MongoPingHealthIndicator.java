package com.gaplens.adapters.mongo.config;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Health of the database GapLens writes to, by a {@code ping} and a {@code buildInfo}: commands both
 * a real MongoDB and the embedded first-run server answer (Spring Boot's own indicator sends
 * {@code hello}, which the embedded server does not know).
 */
@Component("mongodbHealthIndicator")
class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    MongoPingHealthIndicator(MongoTemplate mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        mongo.executeCommand(new Document("ping", 1));
        Document buildInfo = mongo.executeCommand(new Document("buildInfo", 1));
        builder.up()
                .withDetail("database", mongo.getDb().getName())
                .withDetail("version", String.valueOf(buildInfo.get("version")));
    }
}
