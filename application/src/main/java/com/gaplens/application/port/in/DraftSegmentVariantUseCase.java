package com.gaplens.application.port.in;

import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.target.SegmentVariant;
import com.gaplens.domain.target.TargetExperienceId;
import com.gaplens.domain.target.VariantDraft;
import com.gaplens.domain.tenant.TenantId;

/** Starts the variant of a target experience for a segment of its brand, checked against the latest published central version. {@code TARGET_EXPERIENCE_NOT_FOUND}, {@code SEGMENT_NOT_FOUND}, {@code DUPLICATE_SEGMENT_VARIANT} on {@code segmentId}, {@code TARGET_NOT_PUBLISHED}; adjustment failures blame {@code overrides[i]…}, {@code additions[i]…}, {@code exclusions[i]}. */
public interface DraftSegmentVariantUseCase {

    SegmentVariant draftSegmentVariant(DraftSegmentVariantCommand command);

    record DraftSegmentVariantCommand(
            TenantId tenant, TargetExperienceId targetExperienceId, SegmentId segmentId, VariantDraft adjustments) {
        public DraftSegmentVariantCommand {
            Require.present(tenant, "tenant");
            Require.present(targetExperienceId, "targetExperienceId");
            Require.present(segmentId, "segmentId");
            Require.present(adjustments, "adjustments");
        }
    }
}
