package com.gaplens.adapters.mongo.budget;

import com.gaplens.adapters.mongo.tenancy.VersionedDocument;
import com.gaplens.application.port.out.QueryBudgetStore.Bucket;
import com.gaplens.application.port.out.QueryBudgetStore.StoredBucket;
import java.time.Instant;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/** A tenant's query budget as stored: one document per tenant, its id the tenant's. */
@Document(QueryBudgetDocument.COLLECTION)
record QueryBudgetDocument(
        @MongoId(FieldType.STRING) String id, String tenant, double points, Instant refilledAt, long version)
        implements VersionedDocument {

    static final String COLLECTION = "query_budgets";

    static QueryBudgetDocument of(String tenant, Bucket bucket, long version) {
        return new QueryBudgetDocument(tenant, tenant, bucket.points(), bucket.refilledAt(), version);
    }

    StoredBucket toStored() {
        return new StoredBucket(new Bucket(points, refilledAt), version);
    }
}
