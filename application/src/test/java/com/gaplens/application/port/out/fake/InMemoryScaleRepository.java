package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.ScaleRepository;
import com.gaplens.domain.scale.ScaleCode;
import com.gaplens.domain.scale.TenantScale;
import com.gaplens.domain.tenant.TenantId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link ScaleRepository} in memory; scales are identified by their code within the tenant. */
public final class InMemoryScaleRepository implements ScaleRepository {

    private final InMemoryAggregates<TenantScale> store = new InMemoryAggregates<>(
            TenantScale::tenantId,
            s -> s.code().value(),
            TenantScale::version,
            (s, v) -> TenantScale.restore(s.tenantId(), s.scale(), s.status(), v));

    @Override
    public Optional<TenantScale> find(TenantId tenant, ScaleCode code) {
        return store.find(tenant, code.value());
    }

    @Override
    public List<TenantScale> findAll(TenantId tenant) {
        return store.all(tenant, s -> true).stream()
                .sorted(Comparator.comparing(s -> s.code().value()))
                .toList();
    }

    @Override
    public TenantScale save(TenantId tenant, TenantScale scale) {
        if (scale.version().isNew() && find(tenant, scale.code()).isPresent()) {
            throw Uniqueness.duplicateScaleCode(scale.code());
        }
        return store.save(tenant, scale, (s, others) -> {});
    }
}
