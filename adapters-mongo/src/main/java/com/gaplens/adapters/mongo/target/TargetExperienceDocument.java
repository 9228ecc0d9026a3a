package com.gaplens.adapters.mongo.target;

import com.gaplens.adapters.mongo.mapping.StoredValues;
import com.gaplens.adapters.mongo.tenancy.VersionedDocument;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.target.TargetExperience;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/** A target experience as stored: its draft and every published version embedded, oldest first. */
@Document(TargetExperienceDocument.COLLECTION)
record TargetExperienceDocument(
        @MongoId(FieldType.STRING) String id,
        String tenant,
        String brandId,
        List<CommitmentDocument> draft,
        List<TargetExperienceVersionDocument> versions,
        long version)
        implements VersionedDocument {

    static final String COLLECTION = "target_experiences";
    static final String BRAND_ID = "brandId";

    /** {@code target} as stored at {@code stored}. */
    static TargetExperienceDocument from(TargetExperience target, Version stored, TargetDocumentMapper mapper) {
        return new TargetExperienceDocument(
                StoredValues.targetExperienceId(target.id()),
                StoredValues.tenantId(target.tenantId()),
                StoredValues.brandId(target.brandId()),
                mapper.toCommitmentDocuments(target.draft()),
                mapper.toTargetVersionDocuments(target.versions()),
                stored.value());
    }

    TargetExperience toDomain(TargetDocumentMapper mapper) {
        return TargetExperience.restore(
                StoredValues.toTenantId(tenant),
                StoredValues.toTargetExperienceId(id),
                StoredValues.toBrandId(brandId),
                mapper.toCommitments(draft),
                mapper.toTargetVersions(versions),
                StoredValues.toVersion(version));
    }
}
