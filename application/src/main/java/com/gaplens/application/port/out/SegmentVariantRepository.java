package com.gaplens.application.port.out;

import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.SegmentVariantFilter;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.target.SegmentVariant;
import com.gaplens.domain.target.SegmentVariantId;
import com.gaplens.domain.target.TargetExperienceId;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

/**
 * Stores segment variants with their draft and every published version. A target experience has at most
 * one variant per segment: saving a second one fails with a conflict {@code DUPLICATE_SEGMENT_VARIANT}
 * on {@code segmentId}. See the package documentation.
 */
public interface SegmentVariantRepository {

    Optional<SegmentVariant> find(TenantId tenant, SegmentVariantId id);

    Optional<SegmentVariant> findFor(TenantId tenant, TargetExperienceId target, SegmentId segment);

    /** Variants ordered by id; the cursor's sort key is empty. */
    Page<SegmentVariant> list(TenantId tenant, SegmentVariantFilter filter, PageRequest page);

    SegmentVariant save(TenantId tenant, SegmentVariant variant);
}
