package com.gaplens.application.port.out.fake;

import com.gaplens.application.listing.ImpactStudyFilter;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.out.ImpactStudyRepository;
import com.gaplens.domain.impact.ImpactStudy;
import com.gaplens.domain.impact.ImpactStudyId;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

public final class InMemoryImpactStudyRepository implements ImpactStudyRepository {

    private final InMemoryAggregates<ImpactStudy> store = new InMemoryAggregates<>(
            ImpactStudy::tenantId,
            s -> s.id().value(),
            ImpactStudy::version,
            (s, v) -> ImpactStudy.restore(
                    s.id(), s.tenantId(), s.brandId(), s.definition(), s.observationBatches(), s.summaries(), v));

    @Override
    public Optional<ImpactStudy> find(TenantId tenant, ImpactStudyId id) {
        return store.find(tenant, id.value());
    }

    @Override
    public Page<ImpactStudy> list(TenantId tenant, ImpactStudyFilter filter, PageRequest page) {
        return InMemoryAggregates.page(
                store.all(tenant, filter::accepts), ImpactStudyFilter::sortKey, s -> s.id().value(), false, page);
    }

    @Override
    public ImpactStudy save(TenantId tenant, ImpactStudy study) {
        return store.save(tenant, study, (s, others) -> {});
    }
}
