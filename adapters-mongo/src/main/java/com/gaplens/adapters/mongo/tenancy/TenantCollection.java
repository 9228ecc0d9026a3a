package com.gaplens.adapters.mongo.tenancy;

import com.gaplens.domain.tenant.TenantId;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoIterable;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.bson.Document;
import org.bson.RawBsonDocument;

/**
 * Raw-document reads and writes of one collection for one tenant, for the roll-ups, whose documents are sums
 * keyed by many fields rather than mapped objects. Like {@link TenantScope}, every filter it sends must start from
 * {@link #filter()} ({@code {tenant: <the tenant>}}) and every document it writes must carry the tenant.
 */
public final class TenantCollection {

    private static final int BATCH = 2_000;

    private static final int DUPLICATE_KEY = 11000;
    private static final int UPSERT_ATTEMPTS = 3;

    private final MongoCollection<Document> collection;
    private final TenantId tenant;

    TenantCollection(MongoCollection<Document> collection, TenantId tenant) {
        this.collection = collection;
        this.tenant = tenant;
    }

    /** {@code {tenant: <the tenant>}}, to which callers append their own conditions. */
    public Document filter() {
        return new Document(TenantOwned.TENANT, tenant.value());
    }

    /** The documents matching {@code filter}, with the fields of {@code projection} only (all when empty). */
    public Stream<Document> find(Document filter, Document projection) {
        requireScoped(filter);
        return streamOf(collection.find(filter).projection(projection.isEmpty() ? null : projection));
    }

    /**
     * Like {@link #find}, the documents left as the server sent them (undecoded BSON): for reads of many documents
     * whose fields the caller reads in one pass, without building a map per document.
     */
    public Stream<RawBsonDocument> findRaw(Document filter, Document projection) {
        requireScoped(filter);
        return streamOf(collection
                .withDocumentClass(RawBsonDocument.class)
                .find(filter)
                .projection(projection.isEmpty() ? null : projection));
    }

    /**
     * Like {@link #findRaw}, the first {@code limit} documents in the order of {@code sort}, which MongoDB sorts by
     * keeping that many only: for reads in chunks of documents sorted where they are.
     */
    public Stream<RawBsonDocument> findRawSorted(Document filter, Document projection, Document sort, int limit) {
        requireScoped(filter);
        return streamOf(
                collection
                        .withDocumentClass(RawBsonDocument.class)
                        .find(filter)
                        .projection(projection.isEmpty() ? null : projection)
                        .sort(sort.isEmpty() ? null : sort)
                        .limit(limit),
                limit);
    }

    /** The first {@code limit} documents matching {@code filter} in the order of {@code sort}, with those fields. */
    public Stream<Document> findSorted(Document filter, Document projection, Document sort, int limit) {
        requireScoped(filter);
        return streamOf(
                collection
                        .find(filter)
                        .projection(projection.isEmpty() ? null : projection)
                        .sort(sort.isEmpty() ? null : sort)
                        .limit(limit),
                Math.max(1, limit));
    }

    /** Runs {@code stages} over the documents matching {@code match}; results may spill to disk. */
    public Stream<Document> aggregate(Document match, List<Document> stages) {
        return aggregate(match, stages, BATCH);
    }

    /** Like {@link #aggregate(Document, List)}, the results read in batches of {@code batchSize}. */
    public Stream<Document> aggregate(Document match, List<Document> stages, int batchSize) {
        requireScoped(match);
        List<Document> pipeline = new ArrayList<>();
        pipeline.add(new Document("$match", match));
        pipeline.addAll(stages);
        return streamOf(collection.aggregate(pipeline).allowDiskUse(true), batchSize);
    }

    private static <T> Stream<T> streamOf(MongoIterable<T> results) {
        return streamOf(results, BATCH);
    }

    /** The results read in batches, as a stream whose closing closes the server cursor. */
    private static <T> Stream<T> streamOf(MongoIterable<T> results, int batchSize) {
        MongoCursor<T> cursor = results.batchSize(batchSize).iterator();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(cursor, Spliterator.ORDERED), false)
                .onClose(cursor::close);
    }

    /**
     * Replaces (or creates) each document whose stored {@code versionField} still equals the expected one (0: the
     * document must not exist yet), in one unordered bulk write. Returns the positions of the replacements refused
     * because the document changed meanwhile (its version moved on, or it was created): their writers retry.
     */
    public Set<Integer> replaceAllIfVersion(List<Document> replacements, String versionField, List<Long> expected) {
        if (replacements.size() != expected.size()) {
            throw new IllegalArgumentException("one expected version per replacement");
        }
        if (replacements.isEmpty()) {
            return Set.of();
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (int i = 0; i < replacements.size(); i++) {
            Document replacement = replacements.get(i);
            requireOwn(replacement);
            long version = expected.get(i);
            if (version == 0) {
                // must not exist yet: an insert, which a concurrent creator makes fail on _id
                writes.add(new InsertOneModel<>(replacement));
            } else {
                // at the version read: upserting a document that exists under another version hits _id
                Document guard = filter().append("_id", replacement.get("_id")).append(versionField, version);
                writes.add(new ReplaceOneModel<>(guard, replacement, new ReplaceOptions().upsert(true)));
            }
        }
        return refusedByDuplicateKey(writes);
    }

    /** Deletes each document {@code ids[i]} if its {@code versionField} still equals {@code expected[i]}. */
    public void deleteAllIfVersion(List<Object> ids, String versionField, List<Long> expected) {
        if (ids.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            writes.add(new DeleteOneModel<>(filter().append("_id", ids.get(i)).append(versionField, expected.get(i))));
        }
        collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    /** Applies {@code updates[i]} to the one document matching {@code filters[i]}, in one unordered bulk write. */
    public void updateEach(List<Document> filters, List<Document> updates) {
        bulkUpdate(filters, updates, new UpdateOptions());
    }

    /**
     * Applies {@code updates[i]} to the one document matching {@code filters[i]}, creating it from the filter's
     * equalities when there is none, in one unordered bulk write.
     */
    public void upsertEach(List<Document> filters, List<Document> updates) {
        List<Document> pendingFilters = filters;
        List<Document> pendingUpdates = updates;
        // two writers upserting the same new document at once: one inserts it, the other's insert fails on the
        // unique _id (MongoDB retries such a race itself only when the filter is on _id alone, and ours also name
        // the tenant). The document now exists, so that update is applied again, to it.
        for (int attempt = 1; ; attempt++) {
            try {
                bulkUpdate(pendingFilters, pendingUpdates, new UpdateOptions().upsert(true));
                return;
            } catch (MongoBulkWriteException e) {
                if (attempt == UPSERT_ATTEMPTS
                        || e.getWriteConcernError() != null
                        || e.getWriteErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                    throw e;
                }
                List<Document> againFilters = new ArrayList<>();
                List<Document> againUpdates = new ArrayList<>();
                for (BulkWriteError error : e.getWriteErrors()) {
                    againFilters.add(pendingFilters.get(error.getIndex()));
                    againUpdates.add(pendingUpdates.get(error.getIndex()));
                }
                pendingFilters = againFilters;
                pendingUpdates = againUpdates;
            }
        }
    }

    /**
     * Applies {@code updates[i]} to the one document matching {@code filters[i]}, creating it from the filter's
     * equalities when none matches, in one unordered bulk write; returns the positions refused on the unique
     * {@code _id}: the document exists but does not match the filter's other conditions (or was created by a
     * concurrent writer between MongoDB's match and its insert). The caller decides what a refusal means.
     */
    public Set<Integer> upsertEachOrRefused(List<Document> filters, List<Document> updates) {
        if (filters.size() != updates.size()) {
            throw new IllegalArgumentException("one update per filter");
        }
        if (filters.isEmpty()) {
            return Set.of();
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        UpdateOptions upsert = new UpdateOptions().upsert(true);
        for (int i = 0; i < filters.size(); i++) {
            requireScoped(filters.get(i));
            writes.add(new UpdateOneModel<>(filters.get(i), updates.get(i), upsert));
        }
        return refusedByDuplicateKey(writes);
    }

    private void bulkUpdate(List<Document> filters, List<Document> updates, UpdateOptions options) {
        if (filters.size() != updates.size()) {
            throw new IllegalArgumentException("one update per filter");
        }
        if (filters.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            requireScoped(filters.get(i));
            writes.add(new UpdateOneModel<>(filters.get(i), updates.get(i), options));
        }
        collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    /** Inserts one document of the tenant; a document with its {@code _id} already stored fails the insert. */
    public void insertOne(Document document) {
        requireOwn(document);
        collection.insertOne(document);
    }

    /** How many documents match {@code filter}. */
    public long count(Document filter) {
        requireScoped(filter);
        return collection.countDocuments(filter);
    }

    /** Deletes every document matching {@code filter}; how many. */
    public long deleteMany(Document filter) {
        requireScoped(filter);
        return collection.deleteMany(filter).getDeletedCount();
    }

    /** Applies {@code update} to every document matching {@code filter}; how many matched. */
    public long updateMany(Document filter, Document update) {
        requireScoped(filter);
        return collection.updateMany(filter, update).getMatchedCount();
    }

    private Set<Integer> refusedByDuplicateKey(List<WriteModel<Document>> writes) {
        try {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
            return Set.of();
        } catch (MongoBulkWriteException e) {
            Set<Integer> refused = new HashSet<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                refused.add(error.getIndex());
            }
            if (e.getWriteConcernError() != null) {
                throw e;
            }
            return refused;
        }
    }

    private void requireOwn(Document document) {
        if (!tenant.value().equals(document.get(TenantOwned.TENANT))) {
            throw new IllegalArgumentException("a document of tenant " + document.get(TenantOwned.TENANT)
                    + " cannot be written through the scope of tenant " + tenant);
        }
    }

    private void requireScoped(Document filter) {
        if (!tenant.value().equals(filter.get(TenantOwned.TENANT))) {
            throw new IllegalArgumentException("filters must start from filter(): " + filter.toJson());
        }
    }
}
