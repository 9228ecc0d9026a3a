package com.gaplens.adapters.mongo.scale;

import com.gaplens.adapters.mongo.support.FreshMongoDatabase;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.application.port.out.ScaleRepository;
import com.gaplens.application.port.out.contract.ScaleRepositoryContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

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
        @RegisterExtension
        final FreshMongoDatabase database;

        OnServer(TestMongoServer server) {
            this.database = new FreshMongoDatabase(server);
        }

        @Override
        protected ScaleRepository repository() {
            MongoScaleRepository repository =
                    new MongoScaleRepository(database.openTenantScoped(), new ScaleDocumentMapperImpl());
            repository.ensureIndexes();
            return repository;
        }
    }
}
