package com.gaplens.adapters.mongo.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.h2.mvstore.MVStore;

/**
 * The first-run database: an in-process MongoDB wire-protocol server ({@code mongo-java-server}),
 * listening on a free loopback port, persisting to an H2 MVStore file when given one (so data
 * survives a restart) or holding everything in memory (tests).
 *
 * <p>It is <em>not</em> MongoDB: no multi-document transactions, no {@code $dateTrunc}, no
 * {@code $setWindowFields}, no change streams, and no secondary indexes: queries scan, except those naming
 * documents by a unique key ({@link KeyLookupH2Backend}). The adapter stays within what both servers support; the
 * contract tests run against both.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private final MongoServer server;
    private final MongoBackend backend;
    private final InetSocketAddress address;
    private final Optional<Path> file;

    private EmbeddedMongoServer(MongoBackend backend, Optional<Path> file) {
        this.backend = backend.version(ServerVersion.MONGO_5_0);
        this.server = new MongoServer(this.backend);
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        this.address = server.getLocalAddress();
        this.file = file;
    }

    /** A server persisting to {@code file} (created with its folders when missing). */
    public static EmbeddedMongoServer persistentAt(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of the embedded database " + file, e);
        }
        return new EmbeddedMongoServer(new KeyLookupH2Backend(MVStore.open(file.toString())), Optional.of(file));
    }

    /** A server that keeps everything in memory; for tests. */
    public static EmbeddedMongoServer inMemory() {
        return new EmbeddedMongoServer(new KeyLookupH2Backend(MVStore.open(null)), Optional.empty());
    }

    /** A connection string for {@code database} on this server. */
    public String connectionString(String database) {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }

    public Optional<Path> file() {
        return file;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
