package com.gaplens.adapters.mongo.bi;

import com.gaplens.adapters.mongo.support.FreshMongoDatabase;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.application.port.out.LabelChangeFeed;
import com.gaplens.application.port.out.contract.LabelChangeFeedContract;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link LabelChangeFeedContract} on the embedded server and on a real MongoDB. */
class MongoLabelChangeFeedIT {

    @Nested
    class OnTheEmbeddedServer extends OnServer {
        OnTheEmbeddedServer() {
            super(TestMongoServer.EMBEDDED);
        }
    }

    @Nested
    class OnARealMongoDb extends OnServer {
        OnARealMongoDb() {
            super(TestMongoServer.REAL);
        }
    }

    abstract static class OnServer extends LabelChangeFeedContract {
        @RegisterExtension
        final FreshMongoDatabase database;

        OnServer(TestMongoServer server) {
            this.database = new FreshMongoDatabase(server);
        }

        @Override
        protected LabelChangeFeed feed() {
            MongoLabelChangeFeed feed = new MongoLabelChangeFeed(database.openTenantScoped(), Clock.systemUTC());
            feed.ensureIndexes();
            return feed;
        }

        /** Milliseconds, as MongoDB keeps instants. */
        @Override
        protected Instant now() {
            return Instant.now().truncatedTo(ChronoUnit.MILLIS);
        }

        @Override
        protected void letTimePass() {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
