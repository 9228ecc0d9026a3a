package com.gaplens.adapters.mongo.sharding;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.adapters.mongo.sharding.ShardKeyWriteRules.Violation;
import com.gaplens.adapters.mongo.support.MongoTestDatabase;
import com.gaplens.adapters.mongo.support.MongoTestServers;
import com.gaplens.adapters.mongo.support.ShardKeyViolations;
import com.gaplens.adapters.mongo.support.TestMongoServer;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.UpdateOptions;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The listener every client of the test suite carries sees the writes as the driver really sends them (bulk
 * statements, upserts, single deletes, findAndModify) and reports each one that breaks a rule of a sharded cluster:
 * the proof that the suite-wide check can fail. Each test takes the violations it made on purpose, so they fail
 * nothing else.
 */
class ShardKeyWriteCheckIT {

    @Nested
    class OnTheEmbeddedServer extends Checks {
        OnTheEmbeddedServer() {
            super(TestMongoServer.EMBEDDED);
        }
    }

    @Nested
    class OnARealMongoDb extends Checks {
        OnARealMongoDb() {
            super(TestMongoServer.REAL);
        }
    }

    abstract static class Checks {

        private final TestMongoServer server;
        private MongoTestDatabase database;
        private MongoDatabase db;

        Checks(TestMongoServer server) {
            this.server = server;
        }

        @BeforeEach
        void openAFreshDatabase() {
            database = MongoTestServers.freshDatabase(server);
            db = database.template().getDb();
            ShardKeyViolations.drain(violation -> true);
        }

        @AfterEach
        void dropIt() {
            database.close();
        }

        private List<Violation> reported() {
            return ShardKeyViolations.drain(violation -> true);
        }

        @Test
        void writesThatNameTheFullShardKeyPass() {
            db.getCollection("measurements").insertOne(new Document("tenant", "t").append("externalId", "e1"));
            db.getCollection("rollup_cells")
                    .updateOne(
                            new Document("tenant", "t").append("brandId", "b").append("_id", "c1"),
                            new Document("$inc", new Document("n", 1)),
                            new UpdateOptions().upsert(true));
            db.getCollection("rollup_journal").deleteOne(new Document("tenant", "t").append("_id", "k"));

            assertThat(reported()).isEmpty();
        }

        @Test
        void aCellUpsertWithoutItsBrandIsReported() {
            db.getCollection("rollup_cells")
                    .updateOne(
                            new Document("tenant", "t").append("_id", "c1"),
                            new Document("$inc", new Document("n", 1)),
                            new UpdateOptions().upsert(true));

            assertThat(reported()).singleElement().satisfies(violation -> {
                assertThat(violation.collection()).isEqualTo("rollup_cells");
                assertThat(violation.command()).isEqualTo("update");
                assertThat(violation.rule())
                        .startsWith("an upsert whose filter does not name the shard key field brandId by equality");
            });
        }

        @Test
        void aBulkOfSingleDocumentUpdatesIsCheckedStatementByStatement() {
            db.getCollection("measurements")
                    .bulkWrite(List.of(
                            new com.mongodb.client.model.UpdateOneModel<>(
                                    new Document("tenant", "t").append("externalId", "e1"),
                                    new Document("$set", new Document("x", 1))),
                            new com.mongodb.client.model.UpdateOneModel<>(
                                    new Document("tenant", "t").append("rollupToken", "k"),
                                    new Document("$set", new Document("x", 1)))));

            assertThat(reported()).singleElement().satisfies(violation -> {
                assertThat(violation.statement()).isEqualTo(1);
                assertThat(violation.rule()).contains("shard key field externalId");
            });
        }

        @Test
        void anInsertWithoutTheShardKeyASingleDeleteByIdAndAFindAndModifyWithoutItAreReported() {
            db.getCollection("measurements").insertOne(new Document("tenant", "t").append("value", 1));
            db.getCollection("rollup_journal").deleteOne(new Document("_id", "k"));
            db.getCollection("measurements")
                    .findOneAndUpdate(
                            new Document("tenant", "t"),
                            new Document("$set", new Document("x", 1)),
                            new FindOneAndUpdateOptions());

            assertThat(reported())
                    .extracting(Violation::rule)
                    .containsExactly(
                            "an insert without the shard key field externalId",
                            "a single-document delete whose filter does not name the shard key field tenant by"
                                    + " equality (shard key {tenant: 1, _id: 1})",
                            "a findAndModify whose filter does not name the shard key field externalId by equality"
                                    + " (shard key {tenant: 1, externalId: 1})");
        }

        @Test
        void aWriteToACollectionNobodyDeclaredIsReported() {
            db.getCollection("made_up").insertOne(new Document("a", 1));

            assertThat(reported())
                    .singleElement()
                    .extracting(Violation::rule)
                    .isEqualTo("a write to a collection ShardKeys does not declare");
        }

        @Test
        void aLookupIsReported() {
            db.getCollection("rollup_cells")
                    .aggregate(List.of(
                            new Document("$match", new Document("tenant", "t")),
                            new Document(
                                    "$lookup",
                                    new Document("from", "brands")
                                            .append("localField", "brandId")
                                            .append("foreignField", "_id")
                                            .append("as", "brand"))))
                    .into(new java.util.ArrayList<>());

            assertThat(reported())
                    .singleElement()
                    .extracting(Violation::rule)
                    .asString()
                    .startsWith("$lookup");
        }
    }
}
