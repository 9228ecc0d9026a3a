package com.gaplens.adapters.mongo.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gaplens.adapters.mongo.support.MongoTestServers;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.query.BasicQuery;

/**
 * The client settings GapLens applies ({@link MongoAdapterConfiguration}) on a real MongoDB: an
 * operation that outlives the operation timeout is cancelled and reported as Spring's
 * {@link QueryTimeoutException}; a server that cannot be reached is a
 * {@link DataAccessResourceFailureException} within the server selection timeout.
 */
class OperationTimeoutIT {

    private MongoClient client;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private MongoTemplate template(String uri, Duration serverSelection, Duration operation) {
        MongoClientSettings.Builder builder =
                MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri));
        // a URI is configured: the operation timeout applies as given (the embedded server's is longer)
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("gaplens.mongodb.uri", uri)));
        new MongoAdapterConfiguration()
                .durableMajorityWrites(serverSelection, operation, environment)
                .customize(builder);
        client = MongoClients.create(builder.build());
        SimpleMongoClientDatabaseFactory factory = new SimpleMongoClientDatabaseFactory(
                client, "gaplens_timeout_" + UUID.randomUUID().toString().substring(0, 8));
        new OperationTimeoutTranslation().postProcessBeforeInitialization(factory, "factory");
        return new MongoTemplate(factory);
    }

    @Test
    void aQuerySlowerThanTheOperationTimeoutIsCancelledAsAQueryTimeout() {
        MongoTemplate mongo =
                template(MongoTestServers.realServerUri(), Duration.ofSeconds(5), Duration.ofMillis(1500));
        mongo.insert(new Document("n", 1), "slow");

        long started = System.nanoTime();
        // server-side JavaScript sleeping 5 s per document: far beyond the 1.5 s allowed
        assertThatThrownBy(
                        () -> mongo.find(new BasicQuery("{ $where: 'sleep(5000) || true' }"), Document.class, "slow"))
                .isInstanceOf(QueryTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(4500));
    }

    @Test
    void anUnreachableServerIsAResourceFailureWithinTheServerSelectionTimeout() {
        // nothing listens on port 1
        MongoTemplate mongo = template("mongodb://127.0.0.1:1/", Duration.ofMillis(700), Duration.ofSeconds(8));

        long started = System.nanoTime();
        assertThatThrownBy(() -> mongo.findAll(Document.class, "anything"))
                .isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
}
