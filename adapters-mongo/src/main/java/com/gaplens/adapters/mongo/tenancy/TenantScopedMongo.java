package com.gaplens.adapters.mongo.tenancy;

import com.gaplens.domain.tenant.TenantId;
import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.model.IndexOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The one door to MongoDB for tenant-owned data. A repository gets a {@link TenantScope} for the
 * tenant of the call and can only read and write through it; every query it sends is filtered on
 * that tenant and every document it writes must carry it. Repositories never hold the raw
 * {@link MongoOperations} (an architecture rule checks it), so a query without a tenant cannot be
 * written.
 */
public final class TenantScopedMongo {

    private final MongoOperations mongo;
    private final ReadConcern readConcern;

    public TenantScopedMongo(MongoOperations mongo) {
        this(mongo, null);
    }

    private TenantScopedMongo(MongoOperations mongo, ReadConcern readConcern) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
        this.readConcern = readConcern;
    }

    /**
     * This door with the durability of usage accounting (query budgets), not of data: writes acknowledged by the
     * primary alone ({@code w: 1}, no wait for the journal or the majority) and reads of what the primary holds
     * (read concern {@code local}, so that a bucket written a moment ago is read back at once). A call then pays
     * one short round trip for its accounting rather than a journaled majority write — about 15 ms on the
     * reference machine. What a failover can lose is the last moments of accounting (a tenant may spend a little
     * twice), never a measurement or a catalogue change, which keep the majority-journaled door.
     */
    public TenantScopedMongo forAccounting() {
        if (!(mongo instanceof MongoTemplate template)) {
            throw new IllegalStateException("accounting needs a MongoTemplate, got " + mongo.getClass());
        }
        MongoTemplate accounting = new MongoTemplate(template.getMongoDatabaseFactory(), template.getConverter());
        accounting.setWriteConcern(WriteConcern.W1);
        accounting.setReadPreference(ReadPreference.primary());
        return new TenantScopedMongo(accounting, ReadConcern.LOCAL);
    }

    /** The documents of {@code type} that belong to {@code tenant}. */
    public <D extends TenantOwned> TenantScope<D> of(TenantId tenant, Class<D> type) {
        return new TenantScope<>(mongo, Objects.requireNonNull(tenant, "tenant"), type, readConcern);
    }

    /** The raw documents of {@code collection} that belong to {@code tenant}. */
    public TenantCollection collection(TenantId tenant, String collection) {
        return new TenantCollection(mongo.getCollection(collection), Objects.requireNonNull(tenant, "tenant"));
    }

    /** Index management of a collection of raw documents (every index should start with {@code tenant}). */
    public IndexDeclarations indexes(String collection) {
        return new IndexDeclarations(mongo.indexOps(collection));
    }

    /**
     * The tenants owning at least one document of {@code collection} that matches {@code filter}: the one
     * query across tenants, for system work (repairs) that then proceeds tenant by tenant.
     */
    public Set<TenantId> tenantsHaving(String collection, Document filter) {
        Set<TenantId> tenants = new HashSet<>();
        mongo.getCollection(collection)
                .distinct(TenantOwned.TENANT, filter, String.class)
                .forEach(value -> tenants.add(new TenantId(value)));
        return tenants;
    }

    /** The indexes {@code collection} holds, as MongoDB's {@code listIndexes} describes them; none when it is absent. */
    public List<Document> indexSpecs(String collection) {
        if (!mongo.collectionExists(collection)) {
            return List.of();
        }
        return mongo.getCollection(collection).listIndexes().into(new ArrayList<>());
    }

    /**
     * Creates (idempotently) the index {@code key} named {@code name} on {@code collection}, which must start with
     * {@code tenant}: for keys {@link IndexDeclarations} cannot write (a hashed field, {@code _id} inside).
     */
    public void ensureIndex(String collection, String name, Document key) {
        if (key.isEmpty() || !TenantOwned.TENANT.equals(key.keySet().iterator().next())) {
            throw new IllegalArgumentException("every index starts with tenant: " + key.toJson());
        }
        mongo.getCollection(collection).createIndex(key, new IndexOptions().name(name));
    }

    /** Index management, which concerns all tenants at once (every index should start with {@code tenant}). */
    public IndexDeclarations indexes(Class<? extends TenantOwned> type) {
        return new IndexDeclarations(mongo.indexOps(type));
    }
}
