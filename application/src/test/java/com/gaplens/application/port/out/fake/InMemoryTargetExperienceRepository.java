package com.gaplens.application.port.out.fake;

import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.TargetExperienceFilter;
import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.target.TargetExperienceId;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

public final class InMemoryTargetExperienceRepository implements TargetExperienceRepository {

    private final InMemoryAggregates<TargetExperience> store = new InMemoryAggregates<>(
            TargetExperience::tenantId,
            t -> t.id().value(),
            TargetExperience::version,
            (t, v) -> TargetExperience.restore(t.tenantId(), t.id(), t.brandId(), t.draft(), t.versions(), v));

    @Override
    public Optional<TargetExperience> find(TenantId tenant, TargetExperienceId id) {
        return store.find(tenant, id.value());
    }

    @Override
    public Optional<TargetExperience> findByBrand(TenantId tenant, BrandId brand) {
        return store.all(tenant, t -> t.brandId().equals(brand)).stream().findFirst();
    }

    @Override
    public Page<TargetExperience> list(TenantId tenant, TargetExperienceFilter filter, PageRequest page) {
        return InMemoryAggregates.page(store.all(tenant, filter::accepts), t -> "", t -> t.id().value(), false, page);
    }

    @Override
    public TargetExperience save(TenantId tenant, TargetExperience target) {
        return store.save(tenant, target, (t, others) -> {
            if (others.stream().anyMatch(o -> o.brandId().equals(t.brandId()))) {
                throw new ConflictException(
                        "DUPLICATE_TARGET_EXPERIENCE",
                        "brandId",
                        "brand " + t.brandId() + " already has a target experience");
            }
        });
    }
}
