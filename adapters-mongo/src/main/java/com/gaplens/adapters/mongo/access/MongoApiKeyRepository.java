package com.gaplens.adapters.mongo.access;

import com.gaplens.application.port.out.ApiKeyRepository;
import com.gaplens.domain.access.ApiKey;
import com.gaplens.domain.access.ApiKeyId;
import com.gaplens.domain.access.SecretHash;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * API keys in MongoDB. The lookup by key id is the one read in GapLens that does not filter on a
 * tenant: it is how a call's tenant is found. Everything else here filters on the tenant.
 */
public final class MongoApiKeyRepository implements ApiKeyRepository {

    private final MongoOperations mongo;

    public MongoApiKeyRepository(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Creates the indexes this repository's queries need; idempotent. */
    public void ensureIndexes() {
        mongo.indexOps(ApiKeyDocument.COLLECTION)
                .createIndex(new Index()
                        .on("tenant", Sort.Direction.ASC)
                        .on("createdAt", Sort.Direction.ASC)
                        .named("tenant_createdAt"));
    }

    @Override
    public void save(ApiKey key) {
        mongo.save(ApiKeyDocument.from(key));
    }

    @Override
    public void replaceSecretHash(ApiKeyId id, SecretHash expected, SecretHash replacement) {
        mongo.updateFirst(
                Query.query(
                        Criteria.where("_id").is(id.value()).and("secretHash").is(expected.value())),
                Update.update("secretHash", replacement.value()),
                ApiKeyDocument.class);
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return Optional.ofNullable(mongo.findById(id.value(), ApiKeyDocument.class))
                .map(ApiKeyDocument::toDomain);
    }

    @Override
    public List<ApiKey> findByTenant(TenantId tenant) {
        Query query = Query.query(Criteria.where("tenant").is(tenant.value())).with(Sort.by("createdAt", "_id"));
        return mongo.find(query, ApiKeyDocument.class).stream()
                .map(ApiKeyDocument::toDomain)
                .toList();
    }
}
