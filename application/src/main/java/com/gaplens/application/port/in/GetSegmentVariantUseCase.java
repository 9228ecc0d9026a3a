package com.gaplens.application.port.in;

import com.gaplens.domain.shared.Require;
import com.gaplens.domain.target.SegmentVariant;
import com.gaplens.domain.target.SegmentVariantId;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

/** The segment variant of the tenant with that id, if any. */
public interface GetSegmentVariantUseCase {

    Optional<SegmentVariant> getSegmentVariant(GetSegmentVariantQuery query);

    record GetSegmentVariantQuery(TenantId tenant, SegmentVariantId segmentVariantId) {
        public GetSegmentVariantQuery {
            Require.present(tenant, "tenant");
            Require.present(segmentVariantId, "segmentVariantId");
        }
    }
}
