package com.gaplens.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gaplens.adapters.mongo.support.MongoTestDatabase;
import com.gaplens.adapters.mongo.support.MongoTestServers;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What the adapter relies on, checked on both servers: durable acknowledged writes, unique
 * (tenant, external id) keys with per-item errors in unordered bulk inserts, and idempotent
 * {@code $inc} upserts for roll-up cells. When the embedded server and MongoDB disagree, this is
 * where it shows first.
 */
class MongoServerCapabilitiesIT {

    @Nested
    class OnTheEmbeddedServer extends Contract {
        OnTheEmbeddedServer() {
            super(TestMongoServer.EMBEDDED);
        }
    }

    @Nested
    class OnARealMongoDb extends Contract {
        OnARealMongoDb() {
            super(TestMongoServer.REAL);
        }
    }

    abstract static class Contract {

        private final TestMongoServer server;
        private MongoTestDatabase database;
        private MongoCollection<Document> measurements;

        Contract(TestMongoServer server) {
            this.server = server;
        }

        @BeforeEach
        void openAFreshDatabase() {
            database = MongoTestServers.freshDatabase(server);
            measurements = database.template().getCollection("measurements");
            measurements.createIndex(Indexes.ascending("tenant", "externalId"), new IndexOptions().unique(true));
        }

        @AfterEach
        void dropIt() {
            if (database != null) {
                database.close();
            }
        }

        @Test
        void writesAreAcknowledgedByAJournaledMajority() {
            assertThat(measurements.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY.withJournal(true));

            measurements.insertOne(new Document("tenant", "t1").append("externalId", "m-1"));

            assertThat(measurements.countDocuments(Filters.eq("tenant", "t1"))).isEqualTo(1);
        }

        @Test
        void theSameExternalIdIsUniquePerTenantButFreeAcrossTenants() {
            measurements.insertOne(new Document("tenant", "t1").append("externalId", "m-1"));
            measurements.insertOne(new Document("tenant", "t2").append("externalId", "m-1"));

            assertThatThrownBy(() -> measurements.insertOne(new Document("tenant", "t1").append("externalId", "m-1")))
                    .hasMessageContaining("E11000");
            assertThat(measurements.countDocuments()).isEqualTo(2);
        }

        @Test
        void anUnorderedBulkInsertReportsEachDuplicateAndKeepsTheRest() {
            measurements.insertOne(new Document("tenant", "t1").append("externalId", "m-2"));

            var batch = List.of(
                    new Document("tenant", "t1").append("externalId", "m-1"),
                    new Document("tenant", "t1").append("externalId", "m-2"),
                    new Document("tenant", "t1").append("externalId", "m-3"));
            assertThatThrownBy(() -> measurements.insertMany(batch, new InsertManyOptions().ordered(false)))
                    .isInstanceOfSatisfying(MongoBulkWriteException.class, e -> {
                        assertThat(e.getWriteErrors()).hasSize(1);
                        assertThat(e.getWriteErrors().getFirst().getIndex()).isEqualTo(1);
                        assertThat(e.getWriteErrors().getFirst().getCode()).isEqualTo(11000);
                    });

            assertThat(measurements.countDocuments(Filters.eq("tenant", "t1"))).isEqualTo(3);
        }

        @Test
        void incrementUpsertsAccumulateIntoOneCellPerKey() {
            MongoCollection<Document> cells = database.template().getCollection("rollup_cells");
            // the cell's full shard key (tenant, brand, _id), as every upsert of a cell names it
            Document key = new Document("tenant", "t1")
                    .append("brandId", "b1")
                    .append("_id", new Document("day", "2026-11-23").append("variable", "USE_EASY"));

            for (double[] contribution : new double[][] {{1, 80}, {10, 60}, {4, 90}}) {
                double w = contribution[0];
                double x = contribution[1];
                cells.updateOne(
                        key,
                        Updates.combine(Updates.inc("count", 1), Updates.inc("w", w), Updates.inc("s1", w * x)),
                        new UpdateOptions().upsert(true));
            }

            Document cell = cells.find(key).first();
            assertThat(cell).isNotNull();
            assertThat(cell.get("count", Number.class).intValue()).isEqualTo(3);
            assertThat(cell.get("w", Number.class).doubleValue()).isEqualTo(15.0);
            // 1·80 + 10·60 + 4·90 = 80 + 600 + 360 = 1040
            assertThat(cell.get("s1", Number.class).doubleValue()).isEqualTo(1040.0);
        }
    }
}
