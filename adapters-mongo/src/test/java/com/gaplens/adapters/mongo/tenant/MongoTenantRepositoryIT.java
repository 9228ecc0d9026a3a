package com.gaplens.adapters.mongo.tenant;

import com.gaplens.adapters.mongo.support.MongoTestDatabase;
import com.gaplens.adapters.mongo.support.MongoTestServers;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.port.out.TenantRepository;
import com.gaplens.application.port.out.contract.TenantRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The {@link TenantRepositoryContract} on the embedded server and on a real MongoDB. */
class MongoTenantRepositoryIT {

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

    abstract static class OnServer extends TenantRepositoryContract {
        private final TestMongoServer server;
        private MongoTestDatabase database;

        OnServer(TestMongoServer server) {
            this.server = server;
        }

        @Override
        protected TenantRepository repository() {
            database = MongoTestServers.freshDatabase(server);
            MongoTenantRepository repository = new MongoTenantRepository(new TenantScopedMongo(database.template()));
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
