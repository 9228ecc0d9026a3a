package com.gaplens.adapters.mongo.segment;

import com.gaplens.adapters.mongo.mapping.StoredValues;
import com.gaplens.adapters.mongo.tenancy.VersionedDocument;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentKind;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/** A segment as stored. */
@Document(SegmentDocument.COLLECTION)
record SegmentDocument(
        @MongoId(FieldType.STRING) String id,
        String tenant,
        String brandId,
        String kind,
        String name,
        String nameKey,
        String description,
        String status,
        long version)
        implements VersionedDocument {

    static final String COLLECTION = "segments";
    static final String BRAND_ID = "brandId";
    static final String KIND = "kind";
    static final String NAME_KEY = "nameKey";
    static final String STATUS = "status";

    /** {@code segment} as stored at {@code stored}. */
    static SegmentDocument from(Segment segment, Version stored) {
        return new SegmentDocument(
                StoredValues.segmentId(segment.id()),
                StoredValues.tenantId(segment.tenantId()),
                StoredValues.brandId(segment.brandId()),
                segment.kind().name(),
                StoredValues.name(segment.name()),
                segment.name().key(),
                StoredValues.description(segment.description()),
                segment.status().name(),
                stored.value());
    }

    Segment toDomain() {
        return Segment.restore(
                StoredValues.toTenantId(tenant),
                StoredValues.toSegmentId(id),
                StoredValues.toBrandId(brandId),
                SegmentKind.valueOf(kind),
                StoredValues.toName(name),
                StoredValues.toDescription(description),
                LifecycleStatus.valueOf(status),
                StoredValues.toVersion(version));
    }
}
