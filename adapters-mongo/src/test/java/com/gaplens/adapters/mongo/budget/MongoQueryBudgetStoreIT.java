package com.gaplens.adapters.mongo.budget;

import com.gaplens.adapters.mongo.support.FreshMongoDatabase;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.application.port.out.QueryBudgetStore;
import com.gaplens.application.port.out.contract.QueryBudgetStoreContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link QueryBudgetStoreContract} on the embedded server and on a real MongoDB. */
class MongoQueryBudgetStoreIT {

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

    abstract static class OnServer extends QueryBudgetStoreContract {
        @RegisterExtension
        final FreshMongoDatabase database;

        OnServer(TestMongoServer server) {
            this.database = new FreshMongoDatabase(server);
        }

        @Override
        protected QueryBudgetStore store() {
            MongoQueryBudgetStore store = new MongoQueryBudgetStore(database.openTenantScoped());
            store.ensureIndexes();
            return store;
        }
    }
}
