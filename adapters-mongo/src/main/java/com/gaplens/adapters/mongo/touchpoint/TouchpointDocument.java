package com.gaplens.adapters.mongo.touchpoint;

import com.gaplens.adapters.mongo.mapping.StoredValues;
import com.gaplens.adapters.mongo.tenancy.VersionedDocument;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.touchpoint.Touchpoint;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/** A touchpoint as stored. */
@Document(TouchpointDocument.COLLECTION)
record TouchpointDocument(
        @MongoId(FieldType.STRING) String id,
        String tenant,
        String brandId,
        String name,
        String nameKey,
        String phase,
        String channel,
        String description,
        String status,
        long version)
        implements VersionedDocument {

    static final String COLLECTION = "touchpoints";
    static final String BRAND_ID = "brandId";
    static final String NAME_KEY = "nameKey";
    static final String PHASE = "phase";
    static final String CHANNEL = "channel";
    static final String STATUS = "status";

    /** {@code touchpoint} as stored at {@code stored}. */
    static TouchpointDocument from(Touchpoint touchpoint, Version stored) {
        return new TouchpointDocument(
                StoredValues.touchpointId(touchpoint.id()),
                StoredValues.tenantId(touchpoint.tenantId()),
                StoredValues.brandId(touchpoint.brandId()),
                StoredValues.name(touchpoint.name()),
                touchpoint.name().key(),
                touchpoint.phase().name(),
                touchpoint.channel().name(),
                StoredValues.description(touchpoint.description()),
                touchpoint.status().name(),
                stored.value());
    }

    Touchpoint toDomain() {
        return Touchpoint.restore(
                StoredValues.toTenantId(tenant),
                StoredValues.toTouchpointId(id),
                StoredValues.toBrandId(brandId),
                StoredValues.toName(name),
                JourneyPhase.valueOf(phase),
                Channel.valueOf(channel),
                StoredValues.toDescription(description),
                LifecycleStatus.valueOf(status),
                StoredValues.toVersion(version));
    }
}
