package com.gaplens.adapters.mongo.target;

import com.gaplens.adapters.mongo.support.MongoTestDatabase;
import com.gaplens.adapters.mongo.support.MongoTestServers;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.application.port.out.contract.TargetExperienceRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The {@link TargetExperienceRepositoryContract} on the embedded server and on a real MongoDB. */
class MongoTargetExperienceRepositoryIT {

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

    abstract static class OnServer extends TargetExperienceRepositoryContract {
        private final TestMongoServer server;
        private MongoTestDatabase database;

        OnServer(TestMongoServer server) {
            this.server = server;
        }

        @Override
        protected TargetExperienceRepository repository() {
            database = MongoTestServers.freshDatabase(server);
            MongoTargetExperienceRepository repository = new MongoTargetExperienceRepository(
                    new TenantScopedMongo(database.template()), new TargetDocumentMapperImpl());
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
