package com.gaplens.adapters.mongo.maturity;

import com.gaplens.adapters.mongo.support.FreshMongoDatabase;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.application.port.out.MaturityAssessmentRepository;
import com.gaplens.application.port.out.contract.MaturityAssessmentRepositoryContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link MaturityAssessmentRepositoryContract} on the embedded server and on a real MongoDB. */
class MongoMaturityAssessmentRepositoryIT {

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

    abstract static class OnServer extends MaturityAssessmentRepositoryContract {
        @RegisterExtension
        final FreshMongoDatabase database;

        OnServer(TestMongoServer server) {
            this.database = new FreshMongoDatabase(server);
        }

        @Override
        protected MaturityAssessmentRepository repository() {
            MongoMaturityAssessmentRepository repository = new MongoMaturityAssessmentRepository(
                    database.openTenantScoped(), new MaturityDocumentMapperImpl());
            repository.ensureIndexes();
            return repository;
        }
    }
}
