package com.gaplens.adapters.mongo.brand;

import com.gaplens.adapters.mongo.mapping.StoredValues;
import com.gaplens.adapters.mongo.tenancy.VersionedDocument;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Version;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/** A brand as stored, its values embedded in the order they were added. */
@Document(BrandDocument.COLLECTION)
record BrandDocument(
        @MongoId(FieldType.STRING) String id,
        String tenant,
        String name,
        String nameKey,
        String description,
        List<BrandValueDocument> values,
        String status,
        long version)
        implements VersionedDocument {

    static final String COLLECTION = "brands";
    static final String NAME_KEY = "nameKey";
    static final String STATUS = "status";

    /** {@code brand} as stored at {@code stored}. */
    static BrandDocument from(Brand brand, Version stored, BrandDocumentMapper mapper) {
        return new BrandDocument(
                StoredValues.brandId(brand.id()),
                StoredValues.tenantId(brand.tenantId()),
                StoredValues.name(brand.name()),
                brand.name().key(),
                StoredValues.description(brand.description()),
                mapper.toDocuments(brand.values()),
                brand.status().name(),
                stored.value());
    }

    Brand toDomain(BrandDocumentMapper mapper) {
        return Brand.restore(
                StoredValues.toTenantId(tenant),
                StoredValues.toBrandId(id),
                StoredValues.toName(name),
                StoredValues.toDescription(description),
                mapper.toDomain(values),
                LifecycleStatus.valueOf(status),
                StoredValues.toVersion(version));
    }
}
