package com.gaplens.adapters.mongo.sharding;

import com.gaplens.adapters.mongo.rollup.KeyFields;
import com.gaplens.adapters.mongo.tenancy.TenantOwned;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;

/**
 * Where every collection GapLens writes lives on a sharded cluster: its shard key, or why it stays unsharded. The one
 * place that says so — {@code docs/sharding.md} gives the same keys as {@code mongosh} commands (a test compares
 * them), the write check ({@link ShardKeyWriteRules}) and the index check ({@link ShardKeyIndexRules}) read them.
 *
 * <p>The keys follow from MongoDB's documented rules for sharded collections:
 *
 * <ul>
 *   <li><b>A unique index must start with the shard key</b> (field names in order; only {@code _id} is exempt, and
 *       its uniqueness then holds per shard only). Hence {@code measurements}, unique per (tenant, external id), is
 *       keyed by exactly that pair, not by brand; and the catalogue, unique per (tenant, name…), by the tenant alone.
 *   <li><b>Every upsert and every single-document update, delete or findAndModify names the full shard key by
 *       equality</b> (so that {@code mongos} sends it to the one shard owning the document). Every key below is made
 *       of fields those writes already filter on: the tenant (every filter has it, {@code TenantScope}), then the
 *       document's identity.
 *   <li><b>{@code _id} uniqueness is not relied on across shards</b> unless {@code _id} determines the shard key:
 *       roll-up cells are created by an upsert that counts on a duplicate {@code _id} to detect a concurrent creator;
 *       their {@code _id} is a digest of the tenant and the cell's whole address, brand included, so two documents
 *       with the same {@code _id} have the same shard key, fall in the same chunk and meet the same {@code _id}
 *       index. Catalogue documents (random ids) are keyed by the tenant, every lookup names the tenant, and one
 *       tenant's documents of such a collection share one shard key value, hence one chunk and one shard.
 * </ul>
 *
 * <p>Every key starts with the tenant: every query names it, so none is broadcast, and a zone
 * ({@code sh.updateZoneKeyRange}) over a tenant's range moves all of a large tenant's data to shards of its own.
 */
public final class ShardKeys {

    /** The field that holds a document's id. */
    public static final String ID = "_id";

    /** How one collection is placed on a sharded cluster. */
    public sealed interface Placement permits Sharded, Unsharded {
        String collection();

        /** Why: what the key keeps together, what splits it, or why the collection stays whole. */
        String why();
    }

    /** One field of a shard key: ranged (ascending) or hashed. */
    public record KeyField(String name, boolean hashed) {}

    /** A sharded collection and its key, in order. */
    public record Sharded(String collection, List<KeyField> key, String why) implements Placement {

        public Sharded {
            key = List.copyOf(key);
        }

        public List<String> fieldNames() {
            return key.stream().map(KeyField::name).toList();
        }

        /** The key as MongoDB writes it: {@code {tenant: 1, externalId: 1}}. */
        public BsonDocument keyDocument() {
            BsonDocument document = new BsonDocument();
            key.forEach(field ->
                    document.append(field.name(), field.hashed() ? new BsonString("hashed") : new BsonInt32(1)));
            return document;
        }
    }

    /** A collection left unsharded on purpose: it lives whole on the database's primary shard. */
    public record Unsharded(String collection, String why) implements Placement {}

    private static final KeyField TENANT = new KeyField(TenantOwned.TENANT, false);

    /** Every collection GapLens writes, in the order {@code docs/sharding.md} shards them. */
    public static final List<Placement> ALL = List.of(
            new Sharded(
                    "measurements",
                    List.of(TENANT, new KeyField("externalId", false)),
                    "The raw measurements, the largest collection. Unique per (tenant, externalId), so the key must"
                            + " start with exactly those fields: a brand-led key would make the uniqueness of external"
                            + " ids unenforceable. Ingestion looks external ids up with $in and inserts them, each"
                            + " routed to the chunk owning it; the rare reads of a brand's measurements (a rebuild, a"
                            + " publication's marking) are multi-document and go to the tenant's shards."),
            new Sharded(
                    "rollup_cells",
                    List.of(TENANT, new KeyField(KeyFields.BRAND, false), new KeyField(ID, false)),
                    "The roll-up cells every view reads. Tenant and brand keep a brand's cells together, so a view"
                            + " (always of one tenant, usually of one brand) goes to the shards holding that brand;"
                            + " _id, a digest of the tenant and the document's address, splits a very large brand evenly"
                            + " and makes every addition (an insert, or an update by tenant, brand and _id) go to one"
                            + " shard; being derived from the shard key, _id is unique across shards."),
            new Sharded(
                    "rollup_journal",
                    List.of(TENANT, new KeyField(ID, false)),
                    "One small document per change of the roll-ups in progress, removed when it is finished: it"
                            + " grows only while changes wait for their repair. Keyed by tenant then token, so the"
                            + " repair's scans of a tenant are targeted and every seal, take-over or close goes to one"
                            + " shard."),
            tenantWide("rollup_watermarks", "One document per tenant (its two watermarks)."),
            tenantWide("tenants", "One document per tenant, its _id the tenant's."),
            tenantWide(
                    "bi_label_changes",
                    "One mark per catalogue object saved since the BI publication last read it, its _id tenant and"
                            + " object: few, and upserted and deleted by tenant and _id."),
            tenantWide("query_budgets", "One document per tenant (its token bucket), its _id the tenant's."),
            tenantWide("brands", "A tenant's brands, unique per (tenant, name): the key can only be the tenant."),
            tenantWide("touchpoints", "A tenant's touchpoints, unique per (tenant, brand, name)."),
            tenantWide("segments", "A tenant's segments, unique per (tenant, brand, name)."),
            tenantWide("scales", "A tenant's own scales, unique per (tenant, code); _id is tenant/code."),
            tenantWide("target_experiences", "One target experience per brand, unique per (tenant, brand)."),
            tenantWide("segment_variants", "Unique per (tenant, target experience, segment)."),
            new Sharded(
                    "impactStudies",
                    List.of(TENANT, new KeyField(ID, false)),
                    "One document per study, holding its observations (up to 200,000): a tenant's studies may"
                            + " outgrow a chunk, so the study's id splits them; no unique index but _id."),
            new Sharded(
                    "maturityAssessments",
                    List.of(TENANT, new KeyField(ID, false)),
                    "Appended, never changed: a tenant's assessments split by their id; no unique index but _id."),
            new Unsharded(
                    "api_keys",
                    "A few keys per tenant, looked up by key id alone: that lookup is how a call's tenant is found,"
                            + " so no tenant can lead the filter. Unsharded, it is one targeted read on the primary"
                            + " shard; sharded by tenant, every call would be broadcast."));

    private ShardKeys() {}

    private static Sharded tenantWide(String collection, String what) {
        return new Sharded(
                collection,
                List.of(TENANT),
                what + " Small per tenant and always read by tenant: keyed by the tenant alone, which every"
                        + " unique index starts with, it follows its tenant's zone.");
    }

    /**
     * The {@code mongosh} commands that pin tenant {@code tenant}'s documents of every sharded collection to the shards
     * of zone {@code zone} (after {@code sh.addShardToZone}): each collection's range of that tenant, from its key's
     * lowest value ({@code MinKey} after the tenant) to its highest ({@code MaxKey}, excluded; for a key of the tenant
     * alone, the next string: the tenant followed by U+0000).
     */
    public static List<String> zoneCommands(String database, String tenant, String zone) {
        List<String> commands = new ArrayList<>();
        for (Placement placement : ALL) {
            if (placement instanceof Sharded sharded) {
                commands.add(String.format(
                        Locale.ROOT,
                        "sh.updateZoneKeyRange(\"%s.%s\", %s, %s, \"%s\")",
                        database,
                        sharded.collection(),
                        bound(sharded, tenant, "MinKey", ""),
                        bound(sharded, tenant, "MaxKey", "\\u0000"),
                        zone));
            }
        }
        return commands;
    }

    private static String bound(Sharded sharded, String tenant, String rest, String after) {
        StringBuilder text = new StringBuilder("{")
                .append(TenantOwned.TENANT)
                .append(": \"")
                .append(tenant)
                .append(sharded.key().size() == 1 ? after : "")
                .append('"');
        sharded.key().stream()
                .skip(1)
                .forEach(field ->
                        text.append(", ").append(field.name()).append(": ").append(rest));
        return text.append('}').toString();
    }

    /** The key as written in {@code mongosh}: {@code {tenant: 1, externalId: 1}}. */
    public static String keyText(Sharded sharded) {
        StringBuilder text = new StringBuilder("{");
        for (KeyField field : sharded.key()) {
            text.append(text.length() > 1 ? ", " : "")
                    .append(field.name())
                    .append(field.hashed() ? ": \"hashed\"" : ": 1");
        }
        return text.append('}').toString();
    }

    /** How {@code collection} is placed; empty when nothing declares it (a defect the checks report). */
    public static Optional<Placement> of(String collection) {
        return ALL.stream()
                .filter(placement -> placement.collection().equals(collection))
                .findFirst();
    }

    /** The {@code mongosh} commands that shard a deployment's database {@code database}, one per line. */
    public static List<String> mongoshCommands(String database) {
        List<String> commands = new ArrayList<>();
        commands.add(String.format(Locale.ROOT, "sh.enableSharding(\"%s\")", database));
        for (Placement placement : ALL) {
            if (placement instanceof Sharded sharded) {
                commands.add(String.format(
                        Locale.ROOT,
                        "sh.shardCollection(\"%s.%s\", %s)",
                        database,
                        sharded.collection(),
                        keyText(sharded)));
            }
        }
        return commands;
    }
}
