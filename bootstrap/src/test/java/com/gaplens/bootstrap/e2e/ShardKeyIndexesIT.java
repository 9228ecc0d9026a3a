package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.adapters.mongo.sharding.ShardKeyIndexRules;
import com.gaplens.adapters.mongo.sharding.ShardKeyWriteRules;
import com.gaplens.adapters.mongo.sharding.ShardKeys;
import com.gaplens.adapters.mongo.sharding.ShardKeys.Placement;
import com.gaplens.adapters.mongo.support.ShardKeyViolations;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The indexes the application creates at start-up, on a real MongoDB, as {@code listIndexes} reports them: every
 * collection is one {@link ShardKeys} declares (sharded or unsharded on purpose), every unique index starts with its
 * collection's shard key, and an index supports every shard key — and the check reports a unique index that breaks
 * the rule and a collection nobody declared.
 */
class ShardKeyIndexesIT extends EndToEndTest {

    @Autowired
    private MongoTemplate mongo;

    @Test
    void theIndexesTheApplicationCreatesKeepTheRulesOfAShardedClusterAndABrokenOneIsCaught() {
        MongoDatabase db = mongo.getDb();

        // the application as started: exactly the declared collections, every rule kept
        Map<String, List<Document>> indexes = indexesOf(db);
        assertThat(indexes.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        ShardKeys.ALL.stream().map(Placement::collection).toList());
        assertThat(new ShardKeyIndexRules().problems(indexes)).isEmpty();
        assertThat(indexes.get("rollup_cells"))
                .extracting(spec -> spec.get("key", Document.class).toJson())
                .contains("{\"tenant\": 1, \"brandId\": 1, \"_id\": 1}");

        // a unique index that does not start with the shard key, and a collection nobody declared
        db.getCollection("measurements")
                .createIndex(
                        new Document("tenant", 1).append("brandId", 1).append("externalId", 1),
                        new IndexOptions().unique(true).name("by_brand"));
        db.getCollection("made_up").insertOne(new Document("tenant", "t"));
        try {
            assertThat(new ShardKeyIndexRules().problems(indexesOf(db)))
                    .containsExactlyInAnyOrder(
                            "measurements: the unique index by_brand {\"tenant\": 1, \"brandId\": 1, \"externalId\": 1}"
                                    + " does not start with the shard key {tenant: 1, externalId: 1}",
                            "made_up: no shard key declared, and not declared unsharded (ShardKeys)");
        } finally {
            db.getCollection("measurements").dropIndex("by_brand");
            db.getCollection("made_up").drop();
        }
        // the application's own client reported the write to the undeclared collection (and fails a test that makes
        // one by mistake): taken here, as it was made on purpose
        assertThat(ShardKeyViolations.drain(violation -> violation.collection().equals("made_up")))
                .singleElement()
                .extracting(ShardKeyWriteRules.Violation::rule)
                .isEqualTo("a write to a collection ShardKeys does not declare");
    }

    private static Map<String, List<Document>> indexesOf(MongoDatabase db) {
        Map<String, List<Document>> indexes = new TreeMap<>();
        for (String collection : db.listCollectionNames()) {
            indexes.put(collection, db.getCollection(collection).listIndexes().into(new ArrayList<>()));
        }
        return indexes;
    }
}
