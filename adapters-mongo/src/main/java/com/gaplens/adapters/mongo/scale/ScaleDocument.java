package com.gaplens.adapters.mongo.scale;

import com.gaplens.adapters.mongo.tenancy.TenantOwned;
import com.gaplens.domain.scale.Direction;
import com.gaplens.domain.shared.LifecycleStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A tenant's own scale as stored; {@code _id} is {@code tenant/code}, unique by construction. */
@Document(ScaleDocument.COLLECTION)
record ScaleDocument(
        @Id String id,
        String tenant,
        String code,
        String name,
        double min,
        double max,
        Direction direction,
        boolean share,
        double defaultDispersion,
        LifecycleStatus status,
        long version)
        implements TenantOwned {

    static final String COLLECTION = "scales";

    static String idOf(String tenant, String code) {
        return tenant + "/" + code;
    }
}
