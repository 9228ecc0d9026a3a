package com.gaplens.adapters.mongo.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * {@code mongo-java-server}'s H2 backend, with one thing added: a query that names a document by a unique key —
 * its {@code _id}, or every field of a unique index — reads the documents of those keys through the index, then
 * checks the rest of the query on them. The stock server uses an index only when the query has exactly the index's
 * fields and no other condition, so every guarded update of a roll-up cell ({@code {tenant, _id, brandId, taken,
 * floor}}) and every lookup of external ids ({@code {tenant, externalId: {$in: …}}}) scanned the whole collection:
 * a first-run demo of 10,000 measurements took minutes. Storage is the stock one (same maps, same file format).
 */
final class KeyLookupH2Backend extends H2Backend {

    KeyLookupH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /** Inner, not static: the stock constructor opens collections before a field of this class could be set. */
    private final class Database extends H2Database {

        Database(String name, MVStore store, CursorRegistry cursors) {
            super(name, store, cursors);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            return new KeyLookupCollection(
                    this,
                    collectionName,
                    options,
                    getMvStore().openMap("databases." + namespace),
                    getMvStore().openMap("meta." + namespace),
                    cursorRegistry);
        }
    }

    private static final class KeyLookupCollection extends H2Collection {

        KeyLookupCollection(
                MongoDatabase database,
                String name,
                CollectionOptions options,
                org.h2.mvstore.MVMap<Object, Document> data,
                org.h2.mvstore.MVMap<String, Object> meta,
                CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        protected QueryResult queryDocuments(
                Document query, Document orderBy, int skip, int limit, int batchSize, Document fields) {
            for (Index<Object> index : getIndexes()) {
                Optional<List<Object>> positions = positions(index, query);
                if (positions.isPresent()) {
                    return matchDocuments(query, positions.get(), orderBy, skip, limit, batchSize, fields);
                }
            }
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, fields);
        }

        /**
         * The positions of the documents a unique index finds for the query: when the query names every field of the
         * index by a value or an {@code $in} of values (at most one field by {@code $in}); empty otherwise.
         */
        private static Optional<List<Object>> positions(Index<Object> index, Document query) {
            if (!index.isUnique() || index.getKeys().isEmpty()) {
                return Optional.empty();
            }
            List<Document> keys = new ArrayList<>(List.of(new Document()));
            for (IndexKey key : index.getKeys()) {
                Object value = query.get(key.getKey());
                if (value == null) {
                    return Optional.empty();
                }
                Collection<?> values;
                if (value instanceof Document condition) {
                    if (condition.size() != 1
                            || !(condition.get("$in") instanceof Collection<?> in)
                            || keys.size() > 1) {
                        return Optional.empty();
                    }
                    values = in;
                } else {
                    values = List.of(value);
                }
                List<Document> expanded = new ArrayList<>();
                for (Document partial : keys) {
                    for (Object one : values) {
                        if (one instanceof Document) {
                            return Optional.empty();
                        }
                        Document key2 = new Document(partial);
                        key2.put(key.getKey(), one);
                        expanded.add(key2);
                    }
                }
                keys = expanded;
            }
            Set<Object> positions = new LinkedHashSet<>();
            for (Document key : keys) {
                Object position = index.getPosition(key);
                if (position != null) {
                    positions.add(position);
                }
            }
            return Optional.of(new ArrayList<>(positions));
        }
    }
}
