package com.gaplens.adapters.mongo.target;

import com.gaplens.adapters.mongo.support.FreshMongoDatabase;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.application.port.out.contract.TargetExperienceRepositoryContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

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
        @RegisterExtension
        final FreshMongoDatabase database;

        OnServer(TestMongoServer server) {
            this.database = new FreshMongoDatabase(server);
        }

        @Override
        protected TargetExperienceRepository repository() {
            MongoTargetExperienceRepository repository =
                    new MongoTargetExperienceRepository(database.openTenantScoped(), new TargetDocumentMapperImpl());
            repository.ensureIndexes();
            return repository;
        }
    }
}
