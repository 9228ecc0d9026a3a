package com.gaplens.adapters.mongo.target;

import com.gaplens.adapters.mongo.support.MongoTestDatabase;
import com.gaplens.adapters.mongo.support.MongoTestServers;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.port.out.SegmentVariantRepository;
import com.gaplens.application.port.out.contract.SegmentVariantRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The {@link SegmentVariantRepositoryContract} on the embedded server and on a real MongoDB. */
class MongoSegmentVariantRepositoryIT {

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

    abstract static class OnServer extends SegmentVariantRepositoryContract {
        private final TestMongoServer server;
        private MongoTestDatabase database;

        OnServer(TestMongoServer server) {
            this.server = server;
        }

        @Override
        protected SegmentVariantRepository repository() {
            database = MongoTestServers.freshDatabase(server);
            MongoSegmentVariantRepository repository = new MongoSegmentVariantRepository(
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
