package com.gaplens.adapters.mongo.access;

import com.gaplens.adapters.mongo.support.FreshMongoDatabase;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.application.port.out.ApiKeyRepository;
import com.gaplens.application.port.out.contract.ApiKeyRepositoryContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link ApiKeyRepositoryContract} on the embedded server and on a real MongoDB. */
class MongoApiKeyRepositoryIT {

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

    abstract static class OnServer extends ApiKeyRepositoryContract {
        @RegisterExtension
        final FreshMongoDatabase database;

        OnServer(TestMongoServer server) {
            this.database = new FreshMongoDatabase(server);
        }

        @Override
        protected ApiKeyRepository repository() {
            MongoApiKeyRepository repository = new MongoApiKeyRepository(database.open());
            repository.ensureIndexes();
            return repository;
        }
    }
}
