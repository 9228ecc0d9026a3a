package com.gaplens.adapters.mongo.touchpoint;

import com.gaplens.adapters.mongo.support.FreshMongoDatabase;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.application.port.out.TouchpointRepository;
import com.gaplens.application.port.out.contract.TouchpointRepositoryContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link TouchpointRepositoryContract} on the embedded server and on a real MongoDB. */
class MongoTouchpointRepositoryIT {

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

    abstract static class OnServer extends TouchpointRepositoryContract {
        @RegisterExtension
        final FreshMongoDatabase database;

        OnServer(TestMongoServer server) {
            this.database = new FreshMongoDatabase(server);
        }

        @Override
        protected TouchpointRepository repository() {
            MongoTouchpointRepository repository = new MongoTouchpointRepository(database.openTenantScoped());
            repository.ensureIndexes();
            return repository;
        }
    }
}
