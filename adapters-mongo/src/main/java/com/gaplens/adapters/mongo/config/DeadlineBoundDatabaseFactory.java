package com.gaplens.adapters.mongo.config;

import com.gaplens.application.deadline.Deadline;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/**
 * The database handle every template and collection of GapLens is taken from, bound to the {@link Deadline} of the
 * work asking for it: each operation gets the driver's client-side timeout ({@code timeoutMS}, sent to the server as
 * {@code maxTimeMS}) of the time its caller has left, at most {@code gaplens.mongodb.operation-timeout}; once the
 * deadline has passed, no operation starts ({@link QueryTimeoutException}). So abandoned work stops: an operation in
 * flight when its caller's timeout fires is cancelled by the driver and the server, and the next one of a long job
 * (a rebuild, day after day) is never sent. Work without a deadline (start-up, background jobs) keeps the client's
 * own operation timeout.
 */
final class DeadlineBoundDatabaseFactory extends SimpleMongoClientDatabaseFactory {

    private final Duration operationTimeout;

    DeadlineBoundDatabaseFactory(MongoClient client, String database, Duration operationTimeout) {
        super(client, database);
        this.operationTimeout = operationTimeout;
    }

    @Override
    protected MongoDatabase doGetMongoDatabase(String name) {
        MongoDatabase database = super.doGetMongoDatabase(name);
        Optional<Deadline> deadline = Deadline.current();
        if (deadline.isEmpty()) {
            return database;
        }
        Duration left = deadline.get().remaining();
        if (left.isZero()) {
            throw new QueryTimeoutException("the caller's deadline has passed: the operation was not started");
        }
        long millis = Math.max(1, Math.min(left.toMillis(), operationTimeout.toMillis()));
        return database.withTimeout(millis, TimeUnit.MILLISECONDS);
    }
}
