package com.gaplens.adapters.mongo.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.adapters.mongo.support.MongoTestDatabase;
import com.gaplens.adapters.mongo.support.MongoTestServers;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.application.port.out.contract.MeasurementRepositoryContract;
import com.gaplens.application.rollup.RollupToken;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The {@link MeasurementRepositoryContract} on the embedded server and on a real MongoDB, and what is stored. */
class MongoMeasurementRepositoryIT {

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

    abstract static class OnServer extends MeasurementRepositoryContract {
        private final TestMongoServer server;
        private MongoTestDatabase database;

        OnServer(TestMongoServer server) {
            this.server = server;
        }

        @Override
        protected MeasurementRepository repository() {
            database = MongoTestServers.freshDatabase(server);
            MongoMeasurementRepository repository =
                    new MongoMeasurementRepository(new TenantScopedMongo(database.template()));
            repository.ensureIndexes();
            repository.ensureIndexes(); // idempotent
            return repository;
        }

        @AfterEach
        void dropDatabase() {
            if (database != null) {
                database.close();
            }
        }

        @Test
        void eachMeasurementIsStoredWithItsContributionItsKeysAndTheChangeThatInsertedIt() {
            MeasurementRepository repository =
                    new MongoMeasurementRepository(new TenantScopedMongo(database.template()));
            RollupToken token = new RollupToken("019b0000000a-0000000000000001");
            repository.insertNew(tenantA, token, List.of(aggregate(tenantA, "m-1"), single(tenantA, "m-2")));

            Document stored = database.template()
                    .getCollection(MeasurementDocument.COLLECTION)
                    .find(new Document("tenant", tenantA.value()).append("externalId", "m-1"))
                    .first();

            assertThat(stored).isNotNull();
            // 2026-03-14T09:26:53.589Z, a Saturday of ISO week 11
            assertThat(stored)
                    .containsEntry("w", 120L)
                    .containsEntry("x", 60.0)
                    .containsEntry("s", 15.0)
                    .containsEntry("phase", "AFTER_PURCHASE")
                    .containsEntry("channel", "PHONE")
                    .containsEntry("variable", "CUSTOMER_RELATIONSHIP_PLEASANT")
                    .containsEntry("family", "CUSTOMER_RELATIONSHIP")
                    .containsEntry("dimension", "PLEASANT")
                    .containsEntry("segmentId", "s-1")
                    .containsEntry("method", "BAROMETER")
                    .containsEntry("scaleCode", "NPS")
                    .containsEntry("day", "2026-03-14")
                    .containsEntry("week", "2026-W11")
                    .containsEntry("month", "2026-03")
                    .containsEntry("quarter", "2026-Q1")
                    .containsEntry("year", "2026")
                    .containsEntry("rollupToken", token.value())
                    .containsEntry("emotion", "TRUST")
                    .containsEntry("emotionIntensity", 0.25);
            assertThat(stored.get("observedAt")).isInstanceOf(Date.class);
            Document single = database.template()
                    .getCollection(MeasurementDocument.COLLECTION)
                    .find(new Document("tenant", tenantA.value()).append("externalId", "m-2"))
                    .first();
            assertThat(single)
                    .doesNotContainKeys("segmentId", "stdDev", "emotion", "sourceReference", "leaving", "rejudgeMark");
        }

        @Test
        void externalIdsAreUniquePerTenantByIndex() {
            List<Document> indexes = database.template()
                    .getCollection(MeasurementDocument.COLLECTION)
                    .listIndexes()
                    .into(new java.util.ArrayList<>());

            assertThat(indexes).anySatisfy(index -> {
                assertThat(index.getString("name")).isEqualTo(MongoMeasurementRepository.UNIQUE_EXTERNAL_ID);
                assertThat(index.get("key", Document.class).keySet()).containsExactly("tenant", "externalId");
                assertThat(index.getBoolean("unique")).isTrue();
            });
        }
    }
}
