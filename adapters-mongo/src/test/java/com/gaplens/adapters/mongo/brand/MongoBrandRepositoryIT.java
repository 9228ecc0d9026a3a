package com.gaplens.adapters.mongo.brand;

import com.gaplens.adapters.mongo.support.FreshMongoDatabase;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.contract.BrandRepositoryContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link BrandRepositoryContract} on the embedded server and on a real MongoDB. */
class MongoBrandRepositoryIT {

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

    abstract static class OnServer extends BrandRepositoryContract {
        @RegisterExtension
        final FreshMongoDatabase database;

        OnServer(TestMongoServer server) {
            this.database = new FreshMongoDatabase(server);
        }

        @Override
        protected BrandRepository repository() {
            MongoBrandRepository repository =
                    new MongoBrandRepository(database.openTenantScoped(), new BrandDocumentMapperImpl());
            repository.ensureIndexes();
            return repository;
        }
    }
}
