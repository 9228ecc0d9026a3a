package com.gaplens.adapters.mongo.target;

import com.gaplens.adapters.mongo.mapping.StoredValues;
import com.gaplens.adapters.mongo.tenancy.VersionedDocument;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.target.SegmentVariant;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/** A segment variant as stored: its draft adjustments and every published version embedded, oldest first. */
@Document(SegmentVariantDocument.COLLECTION)
record SegmentVariantDocument(
        @MongoId(FieldType.STRING) String id,
        String tenant,
        String targetExperienceId,
        String brandId,
        String segmentId,
        AdjustmentsDocument draft,
        List<SegmentVariantVersionDocument> versions,
        long version)
        implements VersionedDocument {

    static final String COLLECTION = "segment_variants";
    static final String TARGET_EXPERIENCE_ID = "targetExperienceId";
    static final String SEGMENT_ID = "segmentId";

    /** {@code variant} as stored at {@code stored}. */
    static SegmentVariantDocument from(SegmentVariant variant, Version stored, TargetDocumentMapper mapper) {
        return new SegmentVariantDocument(
                StoredValues.segmentVariantId(variant.id()),
                StoredValues.tenantId(variant.tenantId()),
                StoredValues.targetExperienceId(variant.targetExperienceId()),
                StoredValues.brandId(variant.brandId()),
                StoredValues.segmentId(variant.segmentId()),
                mapper.toDocument(variant.draft()),
                mapper.toVariantVersionDocuments(variant.versions()),
                stored.value());
    }

    SegmentVariant toDomain(TargetDocumentMapper mapper) {
        return SegmentVariant.restore(
                StoredValues.toTenantId(tenant),
                StoredValues.toSegmentVariantId(id),
                StoredValues.toTargetExperienceId(targetExperienceId),
                StoredValues.toBrandId(brandId),
                StoredValues.toSegmentId(segmentId),
                mapper.toDomain(draft),
                mapper.toVariantVersions(versions),
                StoredValues.toVersion(version));
    }
}
