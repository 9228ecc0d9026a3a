package com.gaplens.adapters.mongo.touchpoint;

import com.gaplens.adapters.mongo.support.MongoTestDatabase;
import com.gaplens.adapters.mongo.support.MongoTestServers;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.port.out.TouchpointRepository;
import com.gaplens.application.port.out.contract.TouchpointRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

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
        private final TestMongoServer server;
        private MongoTestDatabase database;

        OnServer(TestMongoServer server) {
            this.server = server;
        }

        @Override
        protected TouchpointRepository repository() {
            database = MongoTestServers.freshDatabase(server);
            MongoTouchpointRepository repository =
                    new MongoTouchpointRepository(new TenantScopedMongo(database.template()));
            repository.ensureIndexes();
            return repository;
        }

        @AfterEach
        void dropDatabase() {
            if (database != null) {
                database.close();
            }
        }
    }
}
