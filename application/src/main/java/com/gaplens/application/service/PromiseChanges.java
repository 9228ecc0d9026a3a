package com.gaplens.application.service;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * What publishing a promise sets off: the measurements it governs (of the brand — of the segment, for a variant —
 * observed from {@code inForceFrom}) are judged anew. {@link #beforePublishing} runs before the version is
 * stored, {@link #afterPublishing} once it is.
 */
public interface PromiseChanges {

    void beforePublishing(TenantId tenant, BrandId brand, Optional<SegmentId> segment, Instant inForceFrom);

    void afterPublishing(TenantId tenant, BrandId brand, Optional<SegmentId> segment, Instant inForceFrom);

    /** For services used where nothing is judged (tests of the catalogue alone). */
    PromiseChanges NONE = new PromiseChanges() {
        @Override
        public void beforePublishing(TenantId tenant, BrandId brand, Optional<SegmentId> segment, Instant from) {}

        @Override
        public void afterPublishing(TenantId tenant, BrandId brand, Optional<SegmentId> segment, Instant from) {}
    };
}
