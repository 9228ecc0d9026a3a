package com.gaplens.adapters.mongo.tenancy;

import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;
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

    private final MongoOperations mongo;
    private final TenantId tenant;
    private final Class<D> type;

    TenantScope(MongoOperations mongo, TenantId tenant, Class<D> type) {
        this.mongo = mongo;
        this.tenant = tenant;
        this.type = type;
    }

    public TenantId tenant() {
        return tenant;
    }

    /** {@code tenant = this tenant}, to which callers add their own conditions with {@code .and(…)}. */
    public Criteria where() {
        return Criteria.where(TenantOwned.TENANT).is(tenant.value());
    }

    public Optional<D> findById(String id) {
        return Optional.ofNullable(mongo.findOne(Query.query(where().and("_id").is(id)), type));
    }

    /** The documents matching {@code criteria}, which must come from {@link #where()}. */
    public List<D> find(Criteria criteria, Sort sort, int limit) {
        requireScoped(criteria);
        return mongo.find(Query.query(criteria).with(sort).limit(limit), type);
    }

    public boolean exists(Criteria criteria) {
        requireScoped(criteria);
        return mongo.exists(Query.query(criteria), type);
    }

    public long count(Criteria criteria) {
        requireScoped(criteria);
        return mongo.count(Query.query(criteria), type);
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

    /** Applies {@code update} to the documents matching {@code criteria}; how many matched. */
    public long updateMulti(Criteria criteria, Update update) {
        requireScoped(criteria);
        return mongo.updateMulti(Query.query(criteria), update, type).getMatchedCount();
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
