package com.gaplens.application.port.in;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.target.EffectiveTarget;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;

/** The effective target of a segment of a brand (or the central target without segment) at {@code at} (now when absent): empty when the brand has no target experience or none of its versions is in force then. {@code BRAND_NOT_FOUND}; {@code SEGMENT_NOT_FOUND} (also for a segment of another brand). */
public interface GetEffectiveTargetUseCase {

    Optional<EffectiveTarget> getEffectiveTarget(GetEffectiveTargetQuery query);

    record GetEffectiveTargetQuery(
            TenantId tenant, BrandId brandId, Optional<SegmentId> segmentId, Optional<Instant> at) {
        public GetEffectiveTargetQuery {
            Require.present(tenant, "tenant");
            Require.present(brandId, "brandId");
            Require.present(segmentId, "segmentId");
            Require.present(at, "at");
        }
    }
}
