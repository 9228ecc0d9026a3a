package com.gaplens.application.port.out;

import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.SegmentFilter;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores segments. Segment names are unique per brand, case-insensitively, archived ones included
 * ({@code DUPLICATE_NAME} on {@code name}). See the package documentation.
 */
public interface SegmentRepository {

    Optional<Segment> find(TenantId tenant, SegmentId id);

    /** The segments of the tenant among {@code ids}, in no particular order; unknown ids are skipped. */
    List<Segment> findAll(TenantId tenant, Set<SegmentId> ids);

    /** Segments ordered by name key then id; the cursor's sort key is the name key. */
    Page<Segment> list(TenantId tenant, SegmentFilter filter, PageRequest page);

    Segment save(TenantId tenant, Segment segment);
}
