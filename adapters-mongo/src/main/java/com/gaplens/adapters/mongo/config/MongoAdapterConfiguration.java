package com.gaplens.adapters.mongo.config;

import com.gaplens.adapters.mongo.embedded.EmbeddedMongoServer;
import com.gaplens.adapters.mongo.sharding.ShardKeyWriteCheck;
import com.gaplens.adapters.mongo.sharding.ShardKeyWriteRules;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/**
 * How GapLens reaches MongoDB.
 *
 * <ul>
 *   <li>{@code GAPLENS_MONGODB_URI} (property {@code gaplens.mongodb.uri}) or Spring Boot's own
 *       {@code spring.mongodb.uri} / {@code spring.data.mongodb.uri}: that server, which should be a
 *       replica set (or a sharded cluster) for durable, majority-acknowledged writes.</li>
 *   <li>none of them: the embedded first-run database ({@link EmbeddedMongoServer}) persisting to
 *       {@code gaplens.embedded-database.file} (default {@code ./data/gaplens.mv}), announced
 *       loudly in the log.</li>
 * </ul>
 * Every write is acknowledged only once a majority of the replica set has journaled it.
 */
@Configuration(proxyBeanMethods = false)
@Import(MongoPingHealthIndicator.class)
public class MongoAdapterConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(MongoAdapterConfiguration.class);

    /**
     * Durable writes, and two bounds on waiting: {@code gaplens.mongodb.server-selection-timeout} (5 s)
     * for a reachable server — an unreachable database fails calls fast instead of holding them — and
     * {@code gaplens.mongodb.operation-timeout} (8 s, the driver's client-side operation timeout
     * {@code timeoutMS}, sent to the server as {@code maxTimeMS}) for any one operation, below the
     * GraphQL request timeout, so that a slow aggregation is cancelled on the server rather than left
     * running after its caller has been answered.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer durableMajorityWrites(
            @Value("${gaplens.mongodb.server-selection-timeout:5s}") Duration serverSelectionTimeout,
            @Value("${gaplens.mongodb.operation-timeout:8s}") Duration operationTimeout,
            org.springframework.core.env.Environment environment) {
        // The embedded first-run server ignores maxTimeMS and, without compound indexes, scans: bounding its
        // operations by a real server's limit would only fail the first run's demo load on a busy machine.
        Duration timeout = !MongoUriProperties.anyUriSet(environment)
                ? Duration.ofSeconds(Math.max(120, operationTimeout.toSeconds()))
                : operationTimeout;
        return builder -> durable(builder)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .applyToClusterSettings(cluster ->
                        cluster.serverSelectionTimeout(serverSelectionTimeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    /**
     * Spring Boot's database factory, replaced by one that binds every operation to the deadline of the work asking
     * for it ({@link DeadlineBoundDatabaseFactory}). Replaced rather than declared: a declared factory would make
     * Spring Boot back off from creating the MongoDB client itself.
     */
    @Bean
    static BeanPostProcessor deadlineBoundDatabaseFactory(
            @Value("${gaplens.mongodb.operation-timeout:8s}") Duration operationTimeout) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof SimpleMongoClientDatabaseFactory factory
                        && !(bean instanceof DeadlineBoundDatabaseFactory)
                        && factory.getMongoCluster() instanceof MongoClient client) {
                    DeadlineBoundDatabaseFactory bound = new DeadlineBoundDatabaseFactory(
                            client, factory.getMongoDatabase().getName(), operationTimeout);
                    bound.setExceptionTranslator(factory.getExceptionTranslator());
                    return bound;
                }
                return bean;
            }
        };
    }

    /**
     * {@code gaplens.mongodb.shard-key-check=log} ({@code GAPLENS_MONGODB_SHARD_KEY_CHECK}): every command this instance
     * sends is checked against the rules of a sharded cluster ({@link ShardKeyWriteRules}: an upsert or a
     * single-document write names its full shard key…) and each write that breaks one is logged as an ERROR starting
     * with {@value #SHARD_KEY_RULE_BROKEN}: a rehearsal on a replica set before sharding it, and how the process-based
     * tests check the instances they start. Off by default (it reads every command).
     */
    @Bean
    MongoClientSettingsBuilderCustomizer shardKeyWriteCheck(
            @Value("${gaplens.mongodb.shard-key-check:off}") String mode) {
        if (!"log".equals(mode)) {
            return builder -> {};
        }
        LOG.info("Every command sent to MongoDB is checked against the rules of a sharded cluster (docs/sharding.md)");
        return builder -> builder.addCommandListener(new ShardKeyWriteCheck(
                new ShardKeyWriteRules(), violation -> LOG.error("{} {}", SHARD_KEY_RULE_BROKEN, violation)));
    }

    /** How a broken rule of a sharded cluster starts its log line. */
    public static final String SHARD_KEY_RULE_BROKEN = "Shard key rule broken:";

    /** An operation out of time is Spring's {@code QueryTimeoutException}; see {@link OperationTimeoutTranslation}. */
    @Bean
    static OperationTimeoutTranslation operationTimeoutTranslation() {
        return new OperationTimeoutTranslation();
    }

    /**
     * The durability every GapLens client uses: writes acknowledged once journaled by a majority,
     * reads of majority-committed data only (what was acknowledged cannot be rolled back).
     */
    public static MongoClientSettings.Builder durable(MongoClientSettings.Builder builder) {
        return builder.writeConcern(WriteConcern.MAJORITY.withJournal(true)).readConcern(ReadConcern.MAJORITY);
    }

    @Bean
    @Conditional(GapLensMongoUriConfigured.class)
    MongoConnectionDetails gapLensMongoConnection(@Value("${gaplens.mongodb.uri}") String uri) {
        ConnectionString connectionString = new ConnectionString(uri);
        return () -> connectionString;
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoMongoUriConfigured.class)
    static class EmbeddedFirstRunDatabase {

        @Bean(destroyMethod = "close")
        EmbeddedMongoServer embeddedMongoServer(
                @Value("${gaplens.embedded-database.file:./data/gaplens.mv}") String file) {
            Path path = Path.of(file).toAbsolutePath().normalize();
            EmbeddedMongoServer server = EmbeddedMongoServer.persistentAt(path);
            LOG.warn("""

                    ************************************************************************
                    *  GapLens is running on its EMBEDDED FIRST-RUN DATABASE               *
                    *  (mongo-java-server, persisted to {})
                    *  It is for trying GapLens out: single process, no replication.       *
                    *  For real use point GapLens at a MongoDB replica set:                *
                    *      GAPLENS_MONGODB_URI=mongodb://host:27017/?replicaSet=rs0        *
                    ************************************************************************""", path);
            return server;
        }

        @Bean
        MongoConnectionDetails embeddedMongoConnection(
                EmbeddedMongoServer server, @Value("${spring.mongodb.database:gaplens}") String database) {
            ConnectionString connectionString = new ConnectionString(server.connectionString(database));
            return () -> connectionString;
        }
    }
}
