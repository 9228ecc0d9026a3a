package com.gaplens.application.port.in;

import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.target.SegmentVariant;
import com.gaplens.domain.target.SegmentVariantId;
import com.gaplens.domain.target.VariantDraft;
import com.gaplens.domain.tenant.TenantId;

/** Replaces the draft of a segment variant, checked against the latest published central version. */
public interface UpdateSegmentVariantDraftUseCase {

    SegmentVariant updateSegmentVariantDraft(UpdateSegmentVariantDraftCommand command);

    record UpdateSegmentVariantDraftCommand(
            TenantId tenant, SegmentVariantId segmentVariantId, Version expectedVersion, VariantDraft adjustments) {
        public UpdateSegmentVariantDraftCommand {
            Require.present(tenant, "tenant");
            Require.present(segmentVariantId, "segmentVariantId");
            Require.present(expectedVersion, "expectedVersion");
            Require.present(adjustments, "adjustments");
        }
    }
}
