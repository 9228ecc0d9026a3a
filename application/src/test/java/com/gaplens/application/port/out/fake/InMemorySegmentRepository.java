package com.gaplens.application.port.out.fake;

import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.SegmentFilter;
import com.gaplens.application.port.out.SegmentRepository;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public final class InMemorySegmentRepository implements SegmentRepository {

    private final InMemoryAggregates<Segment> store = new InMemoryAggregates<>(
            Segment::tenantId,
            s -> s.id().value(),
            Segment::version,
            (s, v) -> Segment.restore(
                    s.tenantId(), s.id(), s.brandId(), s.kind(), s.name(), s.description(), s.status(), v));

    @Override
    public Optional<Segment> find(TenantId tenant, SegmentId id) {
        return store.find(tenant, id.value());
    }

    @Override
    public List<Segment> findAll(TenantId tenant, Set<SegmentId> ids) {
        return store.all(tenant, s -> ids.contains(s.id()));
    }

    @Override
    public Page<Segment> list(TenantId tenant, SegmentFilter filter, PageRequest page) {
        return InMemoryAggregates.page(
                store.all(tenant, filter::accepts),
                s -> s.name().key(),
                s -> s.id().value(),
                filter.order().descending(),
                page);
    }

    @Override
    public Segment save(TenantId tenant, Segment segment) {
        return store.save(
                tenant,
                segment,
                (s, others) -> Uniqueness.nameFree(
                        s, others, Segment::name, o -> o.brandId().equals(s.brandId())));
    }
}
