package com.gaplens.adapters.mongo.support;

import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A throw-away database on one {@link TestMongoServer} per test, dropped after it. Register it with
 * {@code @RegisterExtension} in the per-server subclass of a port contract.
 */
public final class FreshMongoDatabase implements AfterEachCallback {

    private final TestMongoServer server;
    private MongoTestDatabase current;

    public FreshMongoDatabase(TestMongoServer server) {
        this.server = server;
    }

    /** A new, empty database for the running test. */
    public MongoTemplate open() {
        current = MongoTestServers.freshDatabase(server);
        return current.template();
    }

    /** The same, seen through the tenant door every repository uses. */
    public TenantScopedMongo openTenantScoped() {
        return new TenantScopedMongo(open());
    }

    /** The name of the database {@link #open()} made last. */
    public String name() {
        return current.name();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
