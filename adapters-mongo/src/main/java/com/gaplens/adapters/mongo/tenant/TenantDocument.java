package com.gaplens.adapters.mongo.tenant;

import com.gaplens.adapters.mongo.mapping.StoredValues;
import com.gaplens.adapters.mongo.tenancy.VersionedDocument;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.Tenant;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/** A tenant as stored: its id is both {@code _id} and {@code tenant}, so that it is reached like any tenant-owned document. */
@Document(TenantDocument.COLLECTION)
record TenantDocument(@MongoId(FieldType.STRING) String id, String tenant, String name, String nameKey, long version)
        implements VersionedDocument {

    static final String COLLECTION = "tenants";

    /** {@code tenant} as stored at {@code stored}. */
    static TenantDocument from(Tenant tenant, Version stored) {
        String id = StoredValues.tenantId(tenant.id());
        return new TenantDocument(
                id, id, StoredValues.name(tenant.name()), tenant.name().key(), stored.value());
    }

    Tenant toDomain() {
        return Tenant.restore(StoredValues.toTenantId(id), StoredValues.toName(name), StoredValues.toVersion(version));
    }
}
