package com.gaplens.adapters.mongo.sharding;

import com.gaplens.adapters.mongo.sharding.ShardKeys.Placement;
import com.gaplens.adapters.mongo.sharding.ShardKeys.Sharded;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import java.util.Locale;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;

/**
 * Gives every sharded collection an index that supports its shard key, at start-up, after the repositories created
 * theirs: {@code sh.shardCollection} of a collection that holds documents needs one. Most keys are served by an index
 * a repository needs anyway ({@code measurements}' unique (tenant, externalId), the catalogue's tenant-led ones);
 * the others get {@code <collection>_shard_key}. Idempotent.
 */
public final class ShardKeyIndexes {

    private final TenantScopedMongo mongo;

    public ShardKeyIndexes(TenantScopedMongo mongo) {
        this.mongo = mongo;
    }

    public void ensureIndexes() {
        for (Placement placement : ShardKeys.ALL) {
            if (placement instanceof Sharded sharded
                    && mongo.indexSpecs(sharded.collection()).stream()
                            .noneMatch(spec -> ShardKeyIndexRules.supports(spec, sharded))) {
                mongo.ensureIndex(sharded.collection(), nameOf(sharded), document(sharded.keyDocument()));
            }
        }
    }

    static String nameOf(Sharded sharded) {
        return sharded.collection().toLowerCase(Locale.ROOT) + "_shard_key";
    }

    private static Document document(BsonDocument key) {
        return new DocumentCodec()
                .decode(key.asBsonReader(), DecoderContext.builder().build());
    }
}
