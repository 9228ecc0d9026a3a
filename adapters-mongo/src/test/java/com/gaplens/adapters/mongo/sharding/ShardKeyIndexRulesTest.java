package com.gaplens.adapters.mongo.sharding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Each rule of {@link ShardKeyIndexRules} on index lists written as {@code listIndexes} answers them. */
class ShardKeyIndexRulesTest {

    private final ShardKeyIndexRules rules = new ShardKeyIndexRules();

    private static Document index(String name, String key, boolean unique) {
        Document spec = new Document("v", 2).append("key", Document.parse(key)).append("name", name);
        return unique ? spec.append("unique", true) : spec;
    }

    private static final Document ID = index("_id_", "{_id: 1}", false);

    @Test
    void theAppsMeasurementIndexesPass() {
        Map<String, List<Document>> indexes = Map.of(
                "measurements",
                List.of(
                        ID,
                        index("measurements_tenant_externalId", "{tenant: 1, externalId: 1}", true),
                        index(
                                "measurements_tenant_brand_observedAt",
                                "{tenant: 1, brandId: 1, observedAt: 1}",
                                false)));

        assertThat(rules.problems(indexes)).isEmpty();
    }

    @Test
    void aUniqueIndexThatDoesNotStartWithTheShardKeyIsReported() {
        Map<String, List<Document>> indexes = Map.of(
                "measurements",
                List.of(
                        ID,
                        index("measurements_tenant_externalId", "{tenant: 1, externalId: 1}", true),
                        index("by_brand", "{tenant: 1, brandId: 1, externalId: 1}", true)));

        assertThat(rules.problems(indexes))
                .containsExactly(
                        "measurements: the unique index by_brand {\"tenant\": 1, \"brandId\": 1, \"externalId\": 1}"
                                + " does not start with the shard key {tenant: 1, externalId: 1}");
    }

    @Test
    void aCollectionWithoutAnIndexSupportingItsShardKeyIsReportedAndAPartialIndexDoesNotSupportIt() {
        Document partial = index("cells_partial", "{tenant: 1, brandId: 1, _id: 1}", false)
                .append("partialFilterExpression", new Document("level", "MONTH"));
        Map<String, List<Document>> indexes = Map.of(
                "rollup_cells", List.of(ID, index("by_level", "{tenant: 1, level: 1, brandId: 1}", false), partial));

        assertThat(rules.problems(indexes))
                .containsExactly("rollup_cells: no index supports the shard key {tenant: 1, brandId: 1, _id: 1}");
    }

    @Test
    void aCollectionNobodyDeclaredIsReportedAndAnUnshardedOneIsFree() {
        Map<String, List<Document>> indexes = new LinkedHashMap<>();
        indexes.put("made_up", List.of(ID));
        indexes.put("api_keys", List.of(ID, index("anything", "{label: 1}", true)));

        assertThat(rules.problems(indexes))
                .containsExactly("made_up: no shard key declared, and not declared unsharded (ShardKeys)");
    }
}
