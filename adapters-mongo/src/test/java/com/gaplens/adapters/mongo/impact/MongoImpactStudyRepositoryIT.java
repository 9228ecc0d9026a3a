package com.gaplens.adapters.mongo.impact;

import com.gaplens.adapters.mongo.support.FreshMongoDatabase;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.application.port.out.ImpactStudyRepository;
import com.gaplens.application.port.out.contract.ImpactStudyRepositoryContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link ImpactStudyRepositoryContract} on the embedded server and on a real MongoDB. */
class MongoImpactStudyRepositoryIT {

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

    abstract static class OnServer extends ImpactStudyRepositoryContract {
        @RegisterExtension
        final FreshMongoDatabase database;

        OnServer(TestMongoServer server) {
            this.database = new FreshMongoDatabase(server);
        }

        @Override
        protected ImpactStudyRepository repository() {
            MongoImpactStudyRepository repository =
                    new MongoImpactStudyRepository(database.openTenantScoped(), new ImpactDocumentMapperImpl());
            repository.ensureIndexes();
            return repository;
        }
    }
}
