package com.gaplens.application.port.in;

import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

/** The segment of the tenant with that id, if any. */
public interface GetSegmentUseCase {

    Optional<Segment> getSegment(GetSegmentQuery query);

    record GetSegmentQuery(TenantId tenant, SegmentId segmentId) {
        public GetSegmentQuery {
            Require.present(tenant, "tenant");
            Require.present(segmentId, "segmentId");
        }
    }
}
