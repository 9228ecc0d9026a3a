package com.gaplens.adapters.mongo.sharding;

import com.gaplens.adapters.mongo.sharding.ShardKeys.KeyField;
import com.gaplens.adapters.mongo.sharding.ShardKeys.Placement;
import com.gaplens.adapters.mongo.sharding.ShardKeys.Sharded;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;

/**
 * The rules MongoDB sets for the indexes of a sharded collection, checked on the indexes a database holds (as
 * {@code listIndexes} describes them) against the shard keys of {@link ShardKeys}:
 *
 * <ul>
 *   <li>every unique index but {@code _id}'s starts with the shard key's fields, in order (MongoDB compares field
 *       names: {@code sh.shardCollection} refuses a collection with another unique index, and {@code createIndexes}
 *       refuses one on a sharded collection);
 *   <li>an index supports the shard key — its first fields are the key's, ascending or hashed as the key is, neither
 *       partial nor sparse — so that {@code sh.shardCollection} can shard a collection that is not empty;
 *   <li>every collection of the database is declared, sharded or unsharded on purpose.
 * </ul>
 */
public final class ShardKeyIndexRules {

    private final Function<String, Optional<Placement>> placements;

    /** The rules for the collections of {@link ShardKeys}. */
    public ShardKeyIndexRules() {
        this(ShardKeys::of);
    }

    public ShardKeyIndexRules(Function<String, Optional<Placement>> placements) {
        this.placements = placements;
    }

    /** What breaks the rules among {@code indexes} (by collection, as listed); empty when nothing does. */
    public List<String> problems(Map<String, List<Document>> indexes) {
        List<String> problems = new ArrayList<>();
        indexes.forEach((collection, specs) -> {
            if (collection.startsWith("system.")) {
                return;
            }
            Optional<Placement> placement = placements.apply(collection);
            if (placement.isEmpty()) {
                problems.add(collection + ": no shard key declared, and not declared unsharded (ShardKeys)");
                return;
            }
            if (!(placement.get() instanceof Sharded sharded)) {
                return;
            }
            for (Document spec : specs) {
                Document key = spec.get("key", Document.class);
                if (Boolean.TRUE.equals(spec.get("unique"))
                        && !key.keySet().iterator().next().equals(ShardKeys.ID)
                        && !startsWithFields(key, sharded)) {
                    problems.add(collection + ": the unique index " + spec.getString("name") + " " + key.toJson()
                            + " does not start with the shard key " + ShardKeys.keyText(sharded));
                }
            }
            if (specs.stream().noneMatch(spec -> supports(spec, sharded))) {
                problems.add(collection + ": no index supports the shard key " + ShardKeys.keyText(sharded));
            }
        });
        return problems;
    }

    /** Whether the index {@code spec} can serve as the shard key's index. */
    public static boolean supports(Document spec, Sharded sharded) {
        if (spec.containsKey("partialFilterExpression") || Boolean.TRUE.equals(spec.get("sparse"))) {
            return false;
        }
        Document key = spec.get("key", Document.class);
        List<String> fields = new ArrayList<>(key.keySet());
        if (fields.size() < sharded.key().size()) {
            return false;
        }
        for (int i = 0; i < sharded.key().size(); i++) {
            KeyField field = sharded.key().get(i);
            Object direction = key.get(fields.get(i));
            boolean matches = field.name().equals(fields.get(i))
                    && (field.hashed()
                            ? "hashed".equals(direction)
                            : direction instanceof Number n && n.doubleValue() == 1);
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithFields(Document key, Sharded sharded) {
        List<String> fields = new ArrayList<>(key.keySet());
        return fields.size() >= sharded.key().size()
                && fields.subList(0, sharded.key().size()).equals(sharded.fieldNames());
    }
}
