package com.gaplens.adapters.mongo.support;

import com.gaplens.adapters.mongo.config.MongoAdapterConfiguration;
import com.gaplens.adapters.mongo.embedded.EmbeddedMongoServer;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Finds the servers of {@link TestMongoServer} once per JVM and hands out fresh, throw-away
 * databases on them, through clients that check every write against the rules of a sharded cluster
 * ({@link ShardKeyViolations}). Prints the version each server runs, once, so every build log says what the
 * contract suite was checked against.
 */
public final class MongoTestServers {

    public static final String URI_VARIABLE = "GAPLENS_TEST_MONGODB_URI";
    public static final String REQUIRE_VARIABLE = "GAPLENS_REQUIRE_MONGODB";

    private static final ConcurrentHashMap<TestMongoServer, MongoClient> CLIENTS = new ConcurrentHashMap<>();
    private static volatile EmbeddedMongoServer embedded;
    private static volatile MongoDBContainer container;

    private MongoTestServers() {}

    /** A fresh database on {@code server}; drop it with {@link MongoTestDatabase#close()}. */
    public static MongoTestDatabase freshDatabase(TestMongoServer server) {
        MongoClient client = CLIENTS.computeIfAbsent(server, MongoTestServers::connect);
        String name =
                "gaplens_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return new MongoTestDatabase(server, client, new MongoTemplate(client, name));
    }

    private static MongoClient connect(TestMongoServer server) {
        String uri = switch (server) {
            case EMBEDDED -> embeddedUri();
            case REAL -> realUri();
        };
        MongoClient client = MongoClients.create(MongoAdapterConfiguration.durable(MongoClientSettings.builder())
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .addCommandListener(CommandLog.INSTANCE)
                .addCommandListener(ShardKeyViolations.listener())
                .build());
        Document buildInfo = client.getDatabase("admin").runCommand(new Document("buildInfo", 1));
        System.out.printf(
                Locale.ROOT,
                "[GapLens IT] %s server: %s, reporting MongoDB version %s%n",
                server,
                server == TestMongoServer.EMBEDDED ? "mongo-java-server (in memory)" : redact(uri),
                buildInfo.get("version"));
        Runtime.getRuntime().addShutdownHook(new Thread(client::close));
        return client;
    }

    private static synchronized String embeddedUri() {
        if (embedded == null) {
            embedded = EmbeddedMongoServer.inMemory();
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
        }
        return embedded.connectionString("admin");
    }

    /**
     * The URI of the real MongoDB for integration tests (see {@link TestMongoServer#REAL}); aborts the
     * calling test when there is none, or fails it when {@code GAPLENS_REQUIRE_MONGODB=true}.
     */
    public static String realServerUri() {
        return realUri();
    }

    private static synchronized String realUri() {
        String configured = System.getenv(URI_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        if (dockerAvailable()) {
            if (container == null) {
                container = new MongoDBContainer("mongo:7.0").withReplicaSet();
                container.start();
                Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            }
            return container.getReplicaSetUrl("admin");
        }
        String why = whyNoRealServer().orElseThrow();
        if (skippingForbidden()) {
            Assertions.fail(why + " — and " + REQUIRE_VARIABLE + "=true forbids skipping");
        }
        Assumptions.abort("SKIPPED: " + why);
        throw new IllegalStateException("unreachable");
    }

    /** Why there is no real MongoDB for the integration tests; empty when there is one. */
    public static Optional<String> whyNoRealServer() {
        String configured = System.getenv(URI_VARIABLE);
        if ((configured != null && !configured.isBlank()) || dockerAvailable()) {
            return Optional.empty();
        }
        return Optional.of("no real MongoDB for the integration tests: set " + URI_VARIABLE
                + " (a MongoDB 7 replica set, e.g. mongodb://127.0.0.1:27017/?replicaSet=rs0)"
                + " or run a Docker engine for Testcontainers");
    }

    /** {@code GAPLENS_REQUIRE_MONGODB=true} (CI): a test that needs a real MongoDB fails rather than skip. */
    public static boolean skippingForbidden() {
        return Boolean.parseBoolean(System.getenv(REQUIRE_VARIABLE));
    }

    /** Whether Testcontainers finds a Docker engine (and is on the classpath). */
    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String redact(String uri) {
        return uri.replaceAll("//[^@/]*@", "//***@");
    }
}
