package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.TenantRepository;
import com.gaplens.domain.tenant.Tenant;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

public final class InMemoryTenantRepository implements TenantRepository {

    private final InMemoryAggregates<Tenant> store = new InMemoryAggregates<>(
            Tenant::id, t -> t.id().value(), Tenant::version, (t, v) -> Tenant.restore(t.id(), t.name(), v));

    @Override
    public Optional<Tenant> find(TenantId tenant) {
        return store.find(tenant, tenant.value());
    }

    @Override
    public Tenant save(TenantId tenantId, Tenant tenant) {
        return store.save(tenantId, tenant, (t, others) -> {});
    }
}
