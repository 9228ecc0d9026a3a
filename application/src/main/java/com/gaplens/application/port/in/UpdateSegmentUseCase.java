package com.gaplens.application.port.in;

import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.segment.SegmentKind;
import com.gaplens.domain.shared.Description;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

/** Renames, redescribes or reclassifies a segment. */
public interface UpdateSegmentUseCase {

    Segment updateSegment(UpdateSegmentCommand command);

    record UpdateSegmentCommand(
            TenantId tenant,
            SegmentId segmentId,
            Version expectedVersion,
            SegmentKind kind,
            Name name,
            Optional<Description> description) {
        public UpdateSegmentCommand {
            Require.present(tenant, "tenant");
            Require.present(segmentId, "segmentId");
            Require.present(expectedVersion, "expectedVersion");
            Require.present(kind, "kind");
            Require.present(name, "name");
            Require.present(description, "description");
        }
    }
}
