package com.gaplens.application.port.in;

import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.target.SegmentVariant;
import com.gaplens.domain.target.SegmentVariantId;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;

/** Publishes the variant's draft as its next immutable version, in force from {@code inForceFrom} (now when absent). */
public interface PublishSegmentVariantUseCase {

    SegmentVariant publishSegmentVariant(PublishSegmentVariantCommand command);

    record PublishSegmentVariantCommand(
            TenantId tenant,
            SegmentVariantId segmentVariantId,
            Version expectedVersion,
            Optional<Instant> inForceFrom) {
        public PublishSegmentVariantCommand {
            Require.present(tenant, "tenant");
            Require.present(segmentVariantId, "segmentVariantId");
            Require.present(expectedVersion, "expectedVersion");
            Require.present(inForceFrom, "inForceFrom");
        }
    }
}
