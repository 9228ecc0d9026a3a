package com.gaplens.application.port.out.fake;

import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.TouchpointFilter;
import com.gaplens.application.port.out.TouchpointRepository;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.Touchpoint;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public final class InMemoryTouchpointRepository implements TouchpointRepository {

    private final InMemoryAggregates<Touchpoint> store = new InMemoryAggregates<>(
            Touchpoint::tenantId,
            t -> t.id().value(),
            Touchpoint::version,
            (t, v) -> Touchpoint.restore(
                    t.tenantId(),
                    t.id(),
                    t.brandId(),
                    t.name(),
                    t.phase(),
                    t.channel(),
                    t.description(),
                    t.status(),
                    v));

    @Override
    public Optional<Touchpoint> find(TenantId tenant, TouchpointId id) {
        return store.find(tenant, id.value());
    }

    @Override
    public List<Touchpoint> findAll(TenantId tenant, Set<TouchpointId> ids) {
        return store.all(tenant, t -> ids.contains(t.id()));
    }

    @Override
    public Page<Touchpoint> list(TenantId tenant, TouchpointFilter filter, PageRequest page) {
        return InMemoryAggregates.page(
                store.all(tenant, filter::accepts),
                t -> t.name().key(),
                t -> t.id().value(),
                filter.order().descending(),
                page);
    }

    @Override
    public Touchpoint save(TenantId tenant, Touchpoint touchpoint) {
        return store.save(
                tenant,
                touchpoint,
                (t, others) -> Uniqueness.nameFree(
                        t, others, Touchpoint::name, o -> o.brandId().equals(t.brandId())));
    }
}
