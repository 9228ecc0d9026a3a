package com.gaplens.adapters.mongo.sharding;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.adapters.mongo.sharding.ShardKeyWriteRules.Violation;
import java.util.List;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ShardKeyWriteRules} on commands written as the driver sends them: a write that keeps it passes,
 * the same write breaking it is reported, naming the field. The shard keys are those of {@link ShardKeys}:
 * {@code measurements} {tenant, externalId}, {@code rollup_cells} {tenant, brandId, _id}, {@code api_keys} unsharded.
 */
class ShardKeyWriteRulesTest {

    private final ShardKeyWriteRules rules = new ShardKeyWriteRules();

    private List<Violation> check(String name, String command) {
        return rules.check(name, BsonDocument.parse(command));
    }

    @Test
    void anInsertCarryingTheWholeShardKeyPassesAndOneWithoutAFieldIsReported() {
        assertThat(check("insert", "{insert: 'measurements', documents: [{tenant: 't', externalId: 'e1', value: 1}]}"))
                .isEmpty();

        List<Violation> found = check(
                "insert",
                "{insert: 'measurements', documents: [{tenant: 't', externalId: 'e1'}, {tenant: 't', value: 2}]}");

        assertThat(found).singleElement().satisfies(violation -> {
            assertThat(violation.collection()).isEqualTo("measurements");
            assertThat(violation.statement()).isEqualTo(1);
            assertThat(violation.rule()).isEqualTo("an insert without the shard key field externalId");
        });
    }

    @Test
    void anUpsertMustNameEveryFieldOfTheShardKeyByEquality() {
        String good =
                "{update: 'rollup_cells', updates: [{q: {tenant: 't', _id: 'c1', brandId: 'b', taken: {$ne: 'k'}},"
                        + " u: {$inc: {n: 1}}, upsert: true}]}";
        String withoutBrand =
                "{update: 'rollup_cells', updates: [{q: {tenant: 't', _id: 'c1'}, u: {$inc: {n: 1}}, upsert: true}]}";

        assertThat(check("update", good)).isEmpty();
        assertThat(check("update", withoutBrand))
                .singleElement()
                .extracting(Violation::rule)
                .asString()
                .startsWith("an upsert whose filter does not name the shard key field brandId by equality");
    }

    @Test
    void aSingleDocumentUpdateByIdAloneIsReportedButAMultiDocumentUpdateMayBeBroadcast() {
        assertThat(check("update", "{update: 'rollup_cells', updates: [{q: {_id: 'c1'}, u: {$set: {x: 1}}}]}"))
                .extracting(Violation::rule)
                .allMatch(rule -> rule.startsWith("a single-document update whose filter does not name"))
                .hasSize(2); // tenant and brandId
        assertThat(check(
                        "update",
                        "{update: 'measurements', updates: [{q: {tenant: 't', rollupToken: 'k'},"
                                + " u: {$set: {rollupToken: 'l'}}, multi: true}]}"))
                .isEmpty();
    }

    @Test
    void onlyAnEqualityNamesAShardKeyField() {
        String in = "{update: 'measurements', updates: [{q: {tenant: 't', externalId: {$in: ['a', 'b']}},"
                + " u: {$set: {x: 1}}}]}";
        String eq =
                "{update: 'measurements', updates: [{q: {tenant: {$eq: 't'}, externalId: 'a'}, u: {$set: {x: 1}}}]}";
        String and = "{update: 'measurements', updates: [{q: {$and: [{tenant: 't'}, {externalId: 'a'}]},"
                + " u: {$set: {x: 1}}}]}";

        assertThat(check("update", in)).extracting(Violation::rule).anyMatch(rule -> rule.contains("externalId"));
        assertThat(check("update", eq)).isEmpty();
        assertThat(check("update", and)).isEmpty();
    }

    @Test
    void anUpdateThatChangesAShardKeyFieldIsReported() {
        String set = "{update: 'measurements', updates: [{q: {tenant: 't', externalId: 'a'},"
                + " u: {$set: {externalId: 'b'}}}]}";
        String setOnInsert = "{update: 'rollup_cells', updates: [{q: {tenant: 't', brandId: 'b', _id: 'c'},"
                + " u: {$setOnInsert: {brandId: 'other'}}, upsert: true}]}";
        String replacing = "{update: 'brands', updates: [{q: {tenant: 't', _id: 'x', version: 1},"
                + " u: {_id: 'x', tenant: 'u', version: 2}}]}";
        String keeping = "{update: 'brands', updates: [{q: {tenant: 't', _id: 'x', version: 1},"
                + " u: {_id: 'x', tenant: 't', version: 2}}]}";

        assertThat(check("update", set))
                .singleElement()
                .extracting(Violation::rule)
                .isEqualTo("$set of the shard key field externalId");
        assertThat(check("update", setOnInsert))
                .singleElement()
                .extracting(Violation::rule)
                .isEqualTo("$setOnInsert of the shard key field brandId");
        assertThat(check("update", replacing))
                .singleElement()
                .extracting(Violation::rule)
                .isEqualTo("a replacement that changes the shard key field tenant");
        assertThat(check("update", keeping)).isEmpty();
    }

    @Test
    void aSingleDocumentDeleteMustNameTheShardKeyAndAMultiDocumentOneNeedNot() {
        assertThat(check("delete", "{delete: 'rollup_journal', deletes: [{q: {_id: 'k'}, limit: 1}]}"))
                .singleElement()
                .extracting(Violation::rule)
                .asString()
                .startsWith("a single-document delete whose filter does not name the shard key field tenant");
        assertThat(check("delete", "{delete: 'rollup_journal', deletes: [{q: {_id: 'k'}, limit: 0}]}"))
                .isEmpty();
        assertThat(check("delete", "{delete: 'rollup_journal', deletes: [{q: {tenant: 't', _id: 'k'}, limit: 1}]}"))
                .isEmpty();
    }

    @Test
    void aFindAndModifyMustNameTheShardKey() {
        assertThat(check(
                        "findAndModify",
                        "{findAndModify: 'measurements', query: {tenant: 't'}, update: {$set: {x: 1}}}"))
                .singleElement()
                .extracting(Violation::rule)
                .asString()
                .startsWith("a findAndModify whose filter does not name the shard key field externalId");
    }

    @Test
    void aWriteToACollectionNobodyDeclaredIsReportedAndAnUnshardedOneIsFree() {
        assertThat(check("insert", "{insert: 'made_up', documents: [{a: 1}]}"))
                .singleElement()
                .extracting(Violation::rule)
                .isEqualTo("a write to a collection ShardKeys does not declare");
        assertThat(check("update", "{update: 'api_keys', updates: [{q: {_id: 'k'}, u: {_id: 'k'}, upsert: true}]}"))
                .isEmpty();
        assertThat(check("insert", "{insert: 'system.js', documents: [{a: 1}]}"))
                .isEmpty();
    }

    @Test
    void transactionsAndLookupsAreReported() {
        assertThat(check(
                        "insert",
                        "{insert: 'measurements', documents: [{tenant: 't', externalId: 'a'}], startTransaction: true,"
                                + " autocommit: false}"))
                .singleElement()
                .extracting(Violation::rule)
                .isEqualTo("a multi-document transaction");
        assertThat(check(
                        "aggregate",
                        "{aggregate: 'rollup_cells', pipeline: [{$match: {tenant: 't'}}, {$lookup: {from: 'brands',"
                                + " localField: 'brandId', foreignField: '_id', as: 'b'}}]}"))
                .singleElement()
                .extracting(Violation::rule)
                .asString()
                .startsWith("$lookup");
        assertThat(check("aggregate", "{aggregate: 'rollup_cells', pipeline: [{$match: {tenant: 't'}}]}"))
                .isEmpty();
    }
}
