package com.gaplens.adapters.mongo.target;

import com.gaplens.adapters.mongo.support.FreshMongoDatabase;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.application.port.out.SegmentVariantRepository;
import com.gaplens.application.port.out.contract.SegmentVariantRepositoryContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

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
        @RegisterExtension
        final FreshMongoDatabase database;

        OnServer(TestMongoServer server) {
            this.database = new FreshMongoDatabase(server);
        }

        @Override
        protected SegmentVariantRepository repository() {
            MongoSegmentVariantRepository repository =
                    new MongoSegmentVariantRepository(database.openTenantScoped(), new TargetDocumentMapperImpl());
            repository.ensureIndexes();
            return repository;
        }
    }
}
