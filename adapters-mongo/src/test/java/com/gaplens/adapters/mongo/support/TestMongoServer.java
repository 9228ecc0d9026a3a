package com.gaplens.adapters.mongo.support;

/** The two servers every Mongo contract test runs against. */
public enum TestMongoServer {
    /** mongo-java-server in memory: the first-run database's engine. Always available. */
    EMBEDDED,
    /**
     * A real MongoDB replica set: {@code GAPLENS_TEST_MONGODB_URI} when set, otherwise Testcontainers
     * (official {@code mongo:7.0} image) when a Docker engine is available, otherwise skipped — or
     * failed when {@code GAPLENS_REQUIRE_MONGODB=true}, as CI sets it.
     */
    REAL
}
