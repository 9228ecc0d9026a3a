package com.gaplens.adapters.mongo.sharding;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.adapters.mongo.sharding.ShardKeys.Placement;
import com.gaplens.adapters.mongo.sharding.ShardKeys.Sharded;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The declarations of {@link ShardKeys}, and {@code docs/sharding.md}, which must give the operator the same keys. */
class ShardKeysTest {

    private static final Path DOC = Path.of("..", "docs", "sharding.md");

    @Test
    void everyCollectionIsDeclaredOnceAndEveryShardKeyStartsWithTheTenant() {
        List<String> collections =
                ShardKeys.ALL.stream().map(Placement::collection).toList();
        assertThat(collections).doesNotHaveDuplicates();
        ShardKeys.ALL.stream()
                .filter(Sharded.class::isInstance)
                .map(Sharded.class::cast)
                .forEach(sharded -> assertThat(sharded.fieldNames().getFirst())
                        .as(sharded.collection())
                        .isEqualTo("tenant"));
        assertThat(ShardKeys.ALL).allSatisfy(p -> assertThat(p.why()).isNotBlank());
    }

    @Test
    void theOperatorsGuideShardsEveryShardedCollectionWithItsDeclaredKeyAndNothingElse() throws IOException {
        String doc = Files.readString(DOC);

        assertThat(doc).contains(ShardKeys.mongoshCommands("gaplens"));
        assertThat(doc).contains(ShardKeys.zoneCommands("gaplens", "acme", "acme"));
        Matcher sharding =
                Pattern.compile("sh\\.shardCollection\\(\"gaplens\\.(\\w+)\"").matcher(doc);
        while (sharding.find()) {
            assertThat(ShardKeys.of(sharding.group(1)))
                    .as("docs/sharding.md shards %s", sharding.group(1))
                    .get()
                    .isInstanceOf(Sharded.class);
        }
        ShardKeys.ALL.stream()
                .filter(p -> !(p instanceof Sharded))
                .forEach(unsharded -> assertThat(doc).contains("`" + unsharded.collection() + "`"));
    }

    @Test
    void theCommandsReadAsMongoshWritesThem() {
        assertThat(ShardKeys.mongoshCommands("gaplens"))
                .startsWith(
                        "sh.enableSharding(\"gaplens\")",
                        "sh.shardCollection(\"gaplens.measurements\", {tenant: 1, externalId: 1})",
                        "sh.shardCollection(\"gaplens.rollup_cells\", {tenant: 1, brandId: 1, _id: 1})");
        assertThat(ShardKeys.zoneCommands("gaplens", "acme", "big"))
                .contains(
                        "sh.updateZoneKeyRange(\"gaplens.measurements\", {tenant: \"acme\", externalId: MinKey},"
                                + " {tenant: \"acme\", externalId: MaxKey}, \"big\")",
                        "sh.updateZoneKeyRange(\"gaplens.brands\", {tenant: \"acme\"}, {tenant: \"acme\\u0000\"},"
                                + " \"big\")");
    }
}
