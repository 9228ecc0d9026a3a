package com.gaplens.adapters.mongo.tenancy;

import com.gaplens.application.listing.Cursor;
import com.gaplens.application.listing.Edge;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import com.mongodb.ReadConcern;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Reads and writes of one document type for one tenant. Every filter this class sends begins with
 * {@code {tenant: <the tenant>}} (a plain equality, which both MongoDB and the embedded server
 * serve from an index); every document written must carry the same tenant.
 */
public final class TenantScope<D extends TenantOwned> {

    /** How both MongoDB and the embedded server name the refusing index in a duplicate-key error. */
    private static final Pattern DUPLICATE_INDEX = Pattern.compile("index: (\\S+) dup key");

    private static final String ID_INDEX = "_id_";

    /** The server's error code for a write a unique index refused. */
    private final MongoOperations mongo;

    private final TenantId tenant;
    private final Class<D> type;
    private final ReadConcern readConcern;

    /** {@code readConcern}: the one every read of this scope asks for; null for the client's default. */
    TenantScope(MongoOperations mongo, TenantId tenant, Class<D> type, ReadConcern readConcern) {
        this.mongo = mongo;
        this.tenant = tenant;
        this.type = type;
        this.readConcern = readConcern;
    }

    public TenantId tenant() {
        return tenant;
    }

    /** {@code tenant = this tenant}, to which callers add their own conditions with {@code .and(…)}. */
    public Criteria where() {
        return Criteria.where(TenantOwned.TENANT).is(tenant.value());
    }

    public Optional<D> findById(String id) {
        return Optional.ofNullable(mongo.findOne(query(where().and("_id").is(id)), type));
    }

    /** The documents matching {@code criteria}, which must come from {@link #where()}. */
    public List<D> find(Criteria criteria, Sort sort, int limit) {
        requireScoped(criteria);
        return mongo.find(query(criteria).with(sort).limit(limit), type);
    }

    /** The one document matching {@code criteria} (which must come from {@link #where()}), if any. */
    public Optional<D> findOne(Criteria criteria) {
        requireScoped(criteria);
        return Optional.ofNullable(mongo.findOne(query(criteria), type));
    }

    /** The documents of this tenant among {@code ids}, in {@code _id} order; unknown ids are skipped. */
    public List<D> findAllById(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return mongo.find(
                query(where().and(KeysetOrder.ID).in(ids))
                        .with(Sort.by(KeysetOrder.ID))
                        .limit(ids.size()),
                type);
    }

    /**
     * One page of the documents matching {@code criteria} (which must come from {@link #where()} and
     * is extended here with the keyset condition of {@code request.after()}), in {@code order}: at most
     * {@code request.first()} items, one more read to know whether a next page exists.
     * {@code hasPreviousPage} is true exactly when the request names a cursor.
     */
    public <T> Page<T> page(
            Criteria criteria,
            KeysetOrder order,
            PageRequest request,
            Function<D, Cursor> cursorOf,
            Function<D, T> toDomain) {
        requireScoped(criteria);
        request.after().ifPresent(after -> afterCursor(criteria, order, after));
        Sort.Direction direction = order.descending() ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort sort = order.keyField()
                .map(key -> Sort.by(direction, key, KeysetOrder.ID))
                .orElseGet(() -> Sort.by(direction, KeysetOrder.ID));
        List<D> documents = mongo.find(query(criteria).with(sort).limit(request.first() + 1), type);
        List<Edge<T>> edges = documents.stream()
                .limit(request.first())
                .map(d -> new Edge<>(toDomain.apply(d), cursorOf.apply(d)))
                .toList();
        return new Page<>(
                edges, documents.size() > request.first(), request.after().isPresent());
    }

    /**
     * {@code key > k OR (key = k AND _id > id)} (descending: {@code <}), written as
     * {@code key >= k AND (key > k OR _id > id)} so that the key's index bounds the scan; plain
     * field conditions beside one {@code $or}, never an {@code $and} array.
     */
    private static void afterCursor(Criteria criteria, KeysetOrder order, Cursor after) {
        boolean descending = order.descending();
        if (order.keyField().isEmpty()) {
            Criteria id = criteria.and(KeysetOrder.ID);
            if (descending) {
                id.lt(after.id());
            } else {
                id.gt(after.id());
            }
            return;
        }
        String key = order.keyField().get();
        Criteria keyBound = criteria.and(key);
        if (descending) {
            keyBound.lte(after.sortKey())
                    .orOperator(
                            Criteria.where(key).lt(after.sortKey()),
                            Criteria.where(KeysetOrder.ID).lt(after.id()));
        } else {
            keyBound.gte(after.sortKey())
                    .orOperator(
                            Criteria.where(key).gt(after.sortKey()),
                            Criteria.where(KeysetOrder.ID).gt(after.id()));
        }
    }

    public boolean exists(Criteria criteria) {
        requireScoped(criteria);
        return mongo.exists(query(criteria), type);
    }

    public long count(Criteria criteria) {
        requireScoped(criteria);
        return mongo.count(query(criteria), type);
    }

    /** Inserts a new document; a duplicate key surfaces as Spring's {@code DuplicateKeyException}. */
    public D insert(D document) {
        requireOwn(document);
        return mongo.insert(document);
    }

    /**
     * Replaces the document {@code id} if it still has {@code expectedVersion} in {@code versionField};
     * false when it does not (changed meanwhile, or absent): optimistic concurrency without locks.
     */
    public boolean replaceIfVersion(String id, String versionField, long expectedVersion, D replacement) {
        requireOwn(replacement);
        Query query = Query.query(where().and("_id").is(id).and(versionField).is(expectedVersion));
        return mongo.replace(query, replacement).getMatchedCount() == 1;
    }

    /**
     * Stores {@code next} as the new state of the document {@code next.id()}, provided the stored one
     * is still at {@code expectedVersion} ({@link Version#NEW}: none stored yet, and the id free);
     * {@code next} carries {@code expectedVersion + 1}. A stale or taken version fails with
     * {@link Version#stale} ({@code STALE_VERSION}); a unique index other than {@code _id} refusing the
     * write fails with the conflict {@code conflicts} names for it. Nothing is written on failure: a
     * single-document insert or replace either happens whole or not at all.
     */
    public void storeNextVersion(Version expectedVersion, D next, UniqueKeyConflicts conflicts) {
        requireOwn(next);
        if (!(next instanceof VersionedDocument versioned)) {
            throw new IllegalArgumentException(type.getSimpleName() + " is not a versioned document");
        }
        if (versioned.version() != expectedVersion.value() + 1) {
            throw new IllegalArgumentException("the stored version must follow the expected version " + expectedVersion
                    + ", got " + versioned.version());
        }
        String id = versioned.id();
        try {
            if (expectedVersion.isNew()) {
                mongo.insert(next);
            } else if (!replaceIfVersion(id, VersionedDocument.VERSION, expectedVersion.value(), next)) {
                throw Version.stale(expectedVersion, currentVersion(id));
            }
        } catch (DuplicateKeyException e) {
            // the version check comes first, whichever index the server happened to report
            String index = refusingIndex(e);
            Version current = currentVersion(id);
            if (index.equals(ID_INDEX) || !current.equals(expectedVersion)) {
                throw Version.stale(expectedVersion, current);
            }
            throw conflicts.of(index).orElseThrow(() -> e);
        }
    }

    /** The version stored for {@code id} in this tenant; {@link Version#NEW} when there is none. */
    private Version currentVersion(String id) {
        Query query = query(where().and(KeysetOrder.ID).is(id));
        query.fields().include(VersionedDocument.VERSION);
        Document stored = mongo.findOne(query, Document.class, mongo.getCollectionName(type));
        if (stored == null || !(stored.get(VersionedDocument.VERSION) instanceof Number number)) {
            return Version.NEW;
        }
        return Version.of(number.longValue());
    }

    private static String refusingIndex(DuplicateKeyException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher matcher = DUPLICATE_INDEX.matcher(String.valueOf(t.getMessage()));
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw e;
    }

    /**
     * Inserts {@code documents} unordered ({@link UnorderedInsert}): each document is written or refused on its own.
     * Returns the positions (in {@code documents}) of those a unique index refused; any other failure is
     * thrown (the documents written before it stay written: callers make their inserts re-playable). The
     * per-item errors are read, never the server's inserted count, which the embedded server has reported
     * wrongly when some items were refused. The documents (records) are encoded by the driver's record codec, not
     * mapped by Spring Data: a type inserted this way must store as Spring Data reads it, its components named and
     * typed as the stored fields.
     */
    public Set<Integer> insertAllUnordered(List<D> documents) {
        if (documents.isEmpty()) {
            return Set.of();
        }
        if (!type.isRecord()) {
            throw new IllegalStateException(type.getSimpleName() + " is not a record: the driver cannot encode it");
        }
        documents.forEach(this::requireOwn);
        return UnorderedInsert.insert(
                mongo.getCollection(mongo.getCollectionName(type)).withDocumentClass(type), documents);
    }

    /** The documents matching {@code criteria} (which must come from {@link #where()}), as a stream to close. */
    public Stream<D> stream(Criteria criteria) {
        requireScoped(criteria);
        return mongo.stream(query(criteria), type);
    }

    /** Applies {@code update} to the documents matching {@code criteria}; how many matched. */
    public long updateMulti(Criteria criteria, Update update) {
        requireScoped(criteria);
        return mongo.updateMulti(Query.query(criteria), update, type).getMatchedCount();
    }

    /** A read of {@code criteria}, with this scope's read concern. */
    private Query query(Criteria criteria) {
        Query query = Query.query(criteria);
        return readConcern == null ? query : query.withReadConcern(readConcern);
    }

    private void requireOwn(D document) {
        if (!tenant.value().equals(document.tenant())) {
            throw new IllegalArgumentException("a document of tenant " + document.tenant()
                    + " cannot be written through the scope of tenant " + tenant);
        }
    }

    private void requireScoped(Criteria criteria) {
        Object value = criteria.getCriteriaObject().get(TenantOwned.TENANT);
        if (!tenant.value().equals(value)) {
            throw new IllegalArgumentException("criteria must start from where(): " + criteria.getCriteriaObject());
        }
    }
}
