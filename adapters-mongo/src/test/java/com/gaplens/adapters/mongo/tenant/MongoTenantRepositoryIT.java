package com.gaplens.adapters.mongo.tenant;

import com.gaplens.adapters.mongo.support.FreshMongoDatabase;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.application.port.out.TenantRepository;
import com.gaplens.application.port.out.contract.TenantRepositoryContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

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
        @RegisterExtension
        final FreshMongoDatabase database;

        OnServer(TestMongoServer server) {
            this.database = new FreshMongoDatabase(server);
        }

        @Override
        protected TenantRepository repository() {
            MongoTenantRepository repository = new MongoTenantRepository(database.openTenantScoped());
            repository.ensureIndexes();
            return repository;
        }
    }
}
