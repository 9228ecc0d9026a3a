package com.gaplens.application.port.in;

import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;

/** Archives a segment: no new variant may be declined for it; published variants stay. */
public interface ArchiveSegmentUseCase {

    Segment archiveSegment(ArchiveSegmentCommand command);

    record ArchiveSegmentCommand(TenantId tenant, SegmentId segmentId, Version expectedVersion) {
        public ArchiveSegmentCommand {
            Require.present(tenant, "tenant");
            Require.present(segmentId, "segmentId");
            Require.present(expectedVersion, "expectedVersion");
        }
    }
}
