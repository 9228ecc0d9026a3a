package com.gaplens.adapters.mongo.segment;

import com.gaplens.adapters.mongo.support.FreshMongoDatabase;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.application.port.out.SegmentRepository;
import com.gaplens.application.port.out.contract.SegmentRepositoryContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

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
        @RegisterExtension
        final FreshMongoDatabase database;

        OnServer(TestMongoServer server) {
            this.database = new FreshMongoDatabase(server);
        }

        @Override
        protected SegmentRepository repository() {
            MongoSegmentRepository repository = new MongoSegmentRepository(database.openTenantScoped());
            repository.ensureIndexes();
            return repository;
        }
    }
}
