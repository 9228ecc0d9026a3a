package com.gaplens.application.port.out.fake;

import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.SegmentVariantFilter;
import com.gaplens.application.port.out.SegmentVariantRepository;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.target.SegmentVariant;
import com.gaplens.domain.target.SegmentVariantId;
import com.gaplens.domain.target.TargetExperienceId;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

public final class InMemorySegmentVariantRepository implements SegmentVariantRepository {

    private final InMemoryAggregates<SegmentVariant> store = new InMemoryAggregates<>(
            SegmentVariant::tenantId,
            s -> s.id().value(),
            SegmentVariant::version,
            (s, v) -> SegmentVariant.restore(
                    s.tenantId(),
                    s.id(),
                    s.targetExperienceId(),
                    s.brandId(),
                    s.segmentId(),
                    s.draft(),
                    s.versions(),
                    v));

    @Override
    public Optional<SegmentVariant> find(TenantId tenant, SegmentVariantId id) {
        return store.find(tenant, id.value());
    }

    @Override
    public Optional<SegmentVariant> findFor(TenantId tenant, TargetExperienceId target, SegmentId segment) {
        return store
                .all(
                        tenant,
                        s -> s.targetExperienceId().equals(target)
                                && s.segmentId().equals(segment))
                .stream()
                .findFirst();
    }

    @Override
    public Page<SegmentVariant> list(TenantId tenant, SegmentVariantFilter filter, PageRequest page) {
        return InMemoryAggregates.page(store.all(tenant, filter::accepts), s -> "", s -> s.id().value(), false, page);
    }

    @Override
    public SegmentVariant save(TenantId tenant, SegmentVariant variant) {
        return store.save(tenant, variant, (s, others) -> {
            if (others.stream()
                    .anyMatch(o -> o.targetExperienceId().equals(s.targetExperienceId())
                            && o.segmentId().equals(s.segmentId()))) {
                throw new ConflictException(
                        "DUPLICATE_SEGMENT_VARIANT",
                        "segmentId",
                        "segment " + s.segmentId() + " already has a variant of this target experience");
            }
        });
    }
}
