package com.gaplens.application.port.out;

import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.SegmentFilter;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

/**
 * Stores segments. Segment names are unique per brand, case-insensitively, archived ones included
 * ({@code DUPLICATE_NAME} on {@code name}). See the package documentation.
 */
public interface SegmentRepository {

    Optional<Segment> find(TenantId tenant, SegmentId id);

    /** Segments ordered by name key then id; the cursor's sort key is the name key. */
    Page<Segment> list(TenantId tenant, SegmentFilter filter, PageRequest page);

    Segment save(TenantId tenant, Segment segment);
}
