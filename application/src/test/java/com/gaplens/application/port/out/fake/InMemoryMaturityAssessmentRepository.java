package com.gaplens.application.port.out.fake;

import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.out.MaturityAssessmentRepository;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.maturity.MaturityAssessment;
import com.gaplens.domain.maturity.MaturityAssessmentId;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.tenant.TenantId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryMaturityAssessmentRepository implements MaturityAssessmentRepository {

    private final Map<TenantId, Map<MaturityAssessmentId, MaturityAssessment>> byTenant = new HashMap<>();

    @Override
    public synchronized Optional<MaturityAssessment> find(TenantId tenant, MaturityAssessmentId id) {
        return Optional.ofNullable(of(tenant).get(id));
    }

    @Override
    public synchronized Page<MaturityAssessment> listOfBrand(TenantId tenant, BrandId brand, PageRequest page) {
        List<MaturityAssessment> ofBrand = of(tenant).values().stream()
                .filter(a -> a.brandId().equals(brand))
                .toList();
        return InMemoryAggregates.page(
                ofBrand, a -> MaturityAssessmentRepository.sortKey(a.assessedAt()), a -> a.id().value(), false, page);
    }

    @Override
    public synchronized MaturityAssessment add(TenantId tenant, MaturityAssessment assessment) {
        if (!assessment.tenantId().equals(tenant)) {
            throw new IllegalArgumentException(
                    "an assessment of tenant " + assessment.tenantId() + " added for tenant " + tenant);
        }
        if (of(tenant).containsKey(assessment.id())) {
            throw new ConflictException(
                    "DUPLICATE_ASSESSMENT", "maturityAssessmentId", "assessment " + assessment.id() + " exists");
        }
        of(tenant).put(assessment.id(), assessment);
        return assessment;
    }

    private Map<MaturityAssessmentId, MaturityAssessment> of(TenantId tenant) {
        return byTenant.computeIfAbsent(tenant, t -> new LinkedHashMap<>());
    }
}
