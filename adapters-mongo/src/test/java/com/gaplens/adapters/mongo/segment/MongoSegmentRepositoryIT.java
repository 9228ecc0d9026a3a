package com.gaplens.adapters.mongo.segment;

import com.gaplens.adapters.mongo.support.MongoTestDatabase;
import com.gaplens.adapters.mongo.support.MongoTestServers;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.port.out.SegmentRepository;
import com.gaplens.application.port.out.contract.SegmentRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The {@link SegmentRepositoryContract} on the embedded server and on a real MongoDB. */
class MongoSegmentRepositoryIT {

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

    abstract static class OnServer extends SegmentRepositoryContract {
        private final TestMongoServer server;
        private MongoTestDatabase database;

        OnServer(TestMongoServer server) {
            this.server = server;
        }

        @Override
        protected SegmentRepository repository() {
            database = MongoTestServers.freshDatabase(server);
            MongoSegmentRepository repository = new MongoSegmentRepository(new TenantScopedMongo(database.template()));
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
