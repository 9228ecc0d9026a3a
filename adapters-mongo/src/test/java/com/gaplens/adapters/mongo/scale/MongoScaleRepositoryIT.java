package com.gaplens.adapters.mongo.scale;

import com.gaplens.adapters.mongo.support.MongoTestDatabase;
import com.gaplens.adapters.mongo.support.MongoTestServers;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.port.out.ScaleRepository;
import com.gaplens.application.port.out.contract.ScaleRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The {@link ScaleRepositoryContract} on the embedded server and on a real MongoDB. */
class MongoScaleRepositoryIT {

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

    abstract static class OnServer extends ScaleRepositoryContract {
        private final TestMongoServer server;
        private MongoTestDatabase database;

        OnServer(TestMongoServer server) {
            this.server = server;
        }

        @Override
        protected ScaleRepository repository() {
            database = MongoTestServers.freshDatabase(server);
            MongoScaleRepository repository =
                    new MongoScaleRepository(new TenantScopedMongo(database.template()), new ScaleDocumentMapperImpl());
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
