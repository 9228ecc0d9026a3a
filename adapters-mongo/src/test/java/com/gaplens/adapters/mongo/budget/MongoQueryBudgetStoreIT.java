package com.gaplens.adapters.mongo.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.adapters.mongo.support.CommandLog;
import com.gaplens.adapters.mongo.support.FreshMongoDatabase;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.application.port.out.QueryBudgetStore;
import com.gaplens.application.port.out.QueryBudgetStore.Bucket;
import com.gaplens.application.port.out.QueryBudgetStore.StoredBucket;
import com.gaplens.application.port.out.contract.QueryBudgetStoreContract;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
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

        @Test
        void spendingIsAcknowledgedByThePrimaryAloneAndReadBackFromIt() {
            QueryBudgetStore store = store();
            List<BsonDocument> commands = CommandLog.listen(database.name());
            TenantId tenant = new TenantId("t-accounting");
            Instant now = Instant.parse("2026-11-23T10:00:00Z");

            assertThat(store.create(tenant, new Bucket(99, now))).isTrue();
            StoredBucket stored = store.find(tenant).orElseThrow();
            assertThat(store.replace(tenant, stored.version(), new Bucket(98, now.plusSeconds(1))))
                    .isTrue();
            assertThat(store.find(tenant).orElseThrow().bucket().points()).isEqualTo(98.0);

            // then the two writes ask for w: 1 alone (no majority, no journal wait) and the reads for local data
            assertThat(commands).extracting(c -> c.getFirstKey()).containsExactly("insert", "find", "update", "find");
            commands.stream()
                    .filter(c -> !c.getFirstKey().equals("find"))
                    .forEach(write -> assertThat(write.getDocument("writeConcern"))
                            .isEqualTo(new BsonDocument("w", new BsonInt32(1))));
            commands.stream()
                    .filter(c -> c.getFirstKey().equals("find"))
                    .forEach(read -> assertThat(read.getDocument("readConcern"))
                            .isEqualTo(new BsonDocument("level", new BsonString("local"))));
        }

        @Override
        protected QueryBudgetStore store() {
            MongoQueryBudgetStore store = new MongoQueryBudgetStore(database.openTenantScoped());
            store.ensureIndexes();
            return store;
        }
    }
}
