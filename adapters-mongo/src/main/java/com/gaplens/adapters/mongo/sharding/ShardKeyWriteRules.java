package com.gaplens.adapters.mongo.sharding;

import com.gaplens.adapters.mongo.sharding.ShardKeys.Placement;
import com.gaplens.adapters.mongo.sharding.ShardKeys.Sharded;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonRegularExpression;
import org.bson.BsonValue;

/**
 * The rules MongoDB sets for writes to sharded collections, checked on the commands a client sends (as a driver
 * {@code CommandListener} sees them), against the shard keys of {@link ShardKeys}:
 *
 * <ul>
 *   <li>an insert carries every field of the shard key;
 *   <li>an upsert, and an update or delete of one document ({@code multi: false}, {@code limit: 1}), and every
 *       findAndModify, name every field of the shard key by equality in their filter — stricter than MongoDB 7.0,
 *       which also takes {@code _id} alone for an update without upsert (by broadcasting it): GapLens's writes are all
 *       targeted to one shard;
 *   <li>no update changes a field of the shard key (a replacement keeps the values its filter names);
 *   <li>a write goes to a collection {@link ShardKeys} declares, sharded or unsharded on purpose;
 *   <li>no multi-document transaction, no {@code $lookup}, {@code $graphLookup} or {@code $unionWith}: on a sharded
 *       cluster each makes one call depend on several shards.
 * </ul>
 *
 * Multi-document updates and deletes ({@code multi: true}, {@code limit: 0}) may be broadcast, and are allowed.
 */
public final class ShardKeyWriteRules {

    /** One write that breaks a rule: where, which statement of the command, and why. */
    public record Violation(String collection, String command, int statement, String rule, String detail) {

        @Override
        public String toString() {
            return command + " on " + collection + " (statement " + statement + "): " + rule + " — " + detail;
        }
    }

    private static final Set<String> CROSS_SHARD_STAGES = Set.of("$lookup", "$graphLookup", "$unionWith");

    private final Function<String, Optional<Placement>> placements;

    /** The rules for the collections of {@link ShardKeys}. */
    public ShardKeyWriteRules() {
        this(ShardKeys::of);
    }

    /** The rules for the collections {@code placements} declares. */
    public ShardKeyWriteRules(Function<String, Optional<Placement>> placements) {
        this.placements = placements;
    }

    /** What {@code command} (named {@code name}, as sent) breaks; empty when it breaks nothing. */
    public List<Violation> check(String name, BsonDocument command) {
        List<Violation> found = new ArrayList<>();
        if (command.containsKey("startTransaction") || isFalse(command.get("autocommit"))) {
            found.add(new Violation(
                    collectionOf(name, command), name, 0, "a multi-document transaction", command.toJson()));
        }
        switch (name) {
            case "insert", "update", "delete", "findAndModify" -> checkWrite(name, command, found);
            case "aggregate" -> checkPipeline(command, found);
            default -> {
                // reads and administration: nothing to check
            }
        }
        return found;
    }

    private void checkWrite(String name, BsonDocument command, List<Violation> found) {
        String collection = collectionOf(name, command);
        if (collection.startsWith("system.")) {
            return;
        }
        Optional<Placement> placement = placements.apply(collection);
        if (placement.isEmpty()) {
            found.add(new Violation(
                    collection, name, 0, "a write to a collection ShardKeys does not declare", command.toJson()));
            return;
        }
        if (!(placement.get() instanceof Sharded sharded)) {
            return;
        }
        switch (name) {
            case "insert" ->
                each(command, "documents", (i, document) -> {
                    for (String field : sharded.fieldNames()) {
                        if (!document.containsKey(field) || document.get(field).isArray()) {
                            found.add(new Violation(
                                    collection,
                                    name,
                                    i,
                                    "an insert without the shard key field " + field,
                                    document.toJson()));
                        }
                    }
                });
            case "update" ->
                each(command, "updates", (i, statement) -> {
                    BsonDocument filter = documentOrEmpty(statement.get("q"));
                    boolean upsert = isTrue(statement.get("upsert"));
                    boolean multi = isTrue(statement.get("multi"));
                    if (upsert || !multi) {
                        requireFullKey(
                                sharded, filter, name, i, upsert ? "an upsert" : "a single-document update", found);
                    }
                    checkNoKeyChange(sharded, filter, statement.get("u"), name, i, found);
                });
            case "delete" ->
                each(command, "deletes", (i, statement) -> {
                    if (statement.get("limit") != null
                            && statement.get("limit").isNumber()
                            && statement.get("limit").asNumber().intValue() == 1) {
                        requireFullKey(
                                sharded,
                                documentOrEmpty(statement.get("q")),
                                name,
                                i,
                                "a single-document delete",
                                found);
                    }
                });
            default -> {
                BsonDocument filter = documentOrEmpty(command.get("query"));
                requireFullKey(sharded, filter, name, 0, "a findAndModify", found);
                checkNoKeyChange(sharded, filter, command.get("update"), name, 0, found);
            }
        }
    }

    private static void requireFullKey(
            Sharded sharded, BsonDocument filter, String name, int i, String what, List<Violation> found) {
        for (String field : sharded.fieldNames()) {
            if (equalityOf(filter, field).isEmpty()) {
                found.add(new Violation(
                        sharded.collection(),
                        name,
                        i,
                        what + " whose filter does not name the shard key field " + field + " by equality"
                                + " (shard key " + ShardKeys.keyText(sharded) + ")",
                        filter.toJson()));
            }
        }
    }

    private static void checkNoKeyChange(
            Sharded sharded, BsonDocument filter, BsonValue update, String name, int i, List<Violation> found) {
        if (update == null) {
            return;
        }
        if (update.isArray()) {
            found.add(new Violation(
                    sharded.collection(),
                    name,
                    i,
                    "a pipeline update, whose effect on the shard key is unknown",
                    update.toString()));
            return;
        }
        BsonDocument document = update.asDocument();
        boolean operators = !document.isEmpty() && document.getFirstKey().startsWith("$");
        for (String field : sharded.fieldNames()) {
            if (operators) {
                for (String operator : document.keySet()) {
                    BsonValue paths = document.get(operator);
                    if (paths.isDocument() && touches(paths.asDocument(), field)) {
                        found.add(new Violation(
                                sharded.collection(),
                                name,
                                i,
                                operator + " of the shard key field " + field,
                                document.toJson()));
                    }
                }
            } else {
                Optional<BsonValue> expected = equalityOf(filter, field);
                if (!document.containsKey(field)
                        || (expected.isPresent() && !expected.get().equals(document.get(field)))) {
                    found.add(new Violation(
                            sharded.collection(),
                            name,
                            i,
                            "a replacement that changes the shard key field " + field,
                            document.toJson()));
                }
            }
        }
    }

    /** Whether an operator's paths name {@code field}, a part of it or a document holding it. */
    private static boolean touches(BsonDocument paths, String field) {
        for (String path : paths.keySet()) {
            String bare = path.replace(".$[]", "").replace(".$", "");
            if (bare.equals(field) || bare.startsWith(field + ".") || field.startsWith(bare + ".")) {
                return true;
            }
        }
        return false;
    }

    /** The value {@code filter} requires {@code field} to equal, as MongoDB extracts a shard key from a query. */
    static Optional<BsonValue> equalityOf(BsonDocument filter, String field) {
        BsonValue condition = filter.get(field);
        if (condition != null) {
            if (condition.isDocument() && isOperatorDocument(condition.asDocument())) {
                BsonDocument operators = condition.asDocument();
                return operators.size() == 1 && operators.containsKey("$eq")
                        ? usable(operators.get("$eq"))
                        : Optional.empty();
            }
            return usable(condition);
        }
        BsonValue and = filter.get("$and");
        if (and != null && and.isArray()) {
            for (BsonValue clause : and.asArray()) {
                if (clause.isDocument()) {
                    Optional<BsonValue> found = equalityOf(clause.asDocument(), field);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<BsonValue> usable(BsonValue value) {
        return value.isArray() || value instanceof BsonRegularExpression ? Optional.empty() : Optional.of(value);
    }

    private static boolean isOperatorDocument(BsonDocument document) {
        return !document.isEmpty() && document.getFirstKey().startsWith("$");
    }

    private static void checkPipeline(BsonDocument command, List<Violation> found) {
        BsonValue pipeline = command.get("pipeline");
        if (pipeline == null || !pipeline.isArray()) {
            return;
        }
        for (BsonValue stage : pipeline.asArray()) {
            if (stage.isDocument()) {
                for (String operator : stage.asDocument().keySet()) {
                    if (CROSS_SHARD_STAGES.contains(operator)) {
                        found.add(new Violation(
                                collectionOf("aggregate", command),
                                "aggregate",
                                0,
                                operator + ", which reads another collection, on other shards",
                                stage.toString()));
                    }
                }
            }
        }
    }

    private interface Statement {
        void check(int index, BsonDocument statement);
    }

    private static void each(BsonDocument command, String field, Statement statement) {
        BsonValue statements = command.get(field);
        if (statements == null || !statements.isArray()) {
            return;
        }
        BsonArray array = statements.asArray();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).isDocument()) {
                statement.check(i, array.get(i).asDocument());
            }
        }
    }

    private static String collectionOf(String name, BsonDocument command) {
        BsonValue value = command.get(name);
        return value != null && value.isString() ? value.asString().getValue() : "";
    }

    private static BsonDocument documentOrEmpty(BsonValue value) {
        return value != null && value.isDocument() ? value.asDocument() : new BsonDocument();
    }

    private static boolean isTrue(BsonValue value) {
        return value != null && value.isBoolean() && value.asBoolean().getValue();
    }

    private static boolean isFalse(BsonValue value) {
        return value != null && value.isBoolean() && !value.asBoolean().getValue();
    }
}
