package com.gaplens.adapters.mongo.impact;

import com.gaplens.adapters.mongo.tenancy.KeysetOrder;
import com.gaplens.adapters.mongo.tenancy.TenantScope;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.adapters.mongo.tenancy.UniqueKeyConflicts;
import com.gaplens.application.listing.Cursor;
import com.gaplens.application.listing.ImpactStudyFilter;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.out.ImpactStudyRepository;
import com.gaplens.domain.impact.ImpactStudy;
import com.gaplens.domain.impact.ImpactStudyId;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Impact studies in the {@value ImpactStudyDocument#COLLECTION} collection, one document per study, replaced whole
 * under the version it was read at (a lost race is {@code STALE_VERSION}, which the application retries).
 */
public final class MongoImpactStudyRepository implements ImpactStudyRepository {

    private final TenantScopedMongo mongo;
    private final ImpactDocumentMapper mapper;

    public MongoImpactStudyRepository(TenantScopedMongo mongo, ImpactDocumentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
    }

    /** Creates the indexes this repository's queries need; idempotent. */
    public void ensureIndexes() {
        mongo.indexes(ImpactStudyDocument.class)
                .ensure("impactStudies_tenant_periodFrom_id", false, ImpactStudyDocument.PERIOD_FROM, KeysetOrder.ID)
                .ensure(
                        "impactStudies_tenant_brandId_periodFrom_id",
                        false,
                        ImpactStudyDocument.BRAND_ID,
                        ImpactStudyDocument.PERIOD_FROM,
                        KeysetOrder.ID);
    }

    @Override
    public Optional<ImpactStudy> find(TenantId tenant, ImpactStudyId id) {
        return scope(tenant).findById(id.value()).map(d -> d.toDomain(mapper));
    }

    @Override
    public Page<ImpactStudy> list(TenantId tenant, ImpactStudyFilter filter, PageRequest page) {
        TenantScope<ImpactStudyDocument> scope = scope(tenant);
        Criteria criteria = scope.where();
        filter.brand()
                .ifPresent(brand -> criteria.and(ImpactStudyDocument.BRAND_ID).is(brand.value()));
        return scope.page(
                criteria,
                KeysetOrder.byKey(ImpactStudyDocument.PERIOD_FROM, false),
                page,
                d -> Cursor.of(d.periodFrom(), d.id()),
                d -> d.toDomain(mapper));
    }

    @Override
    public ImpactStudy save(TenantId tenant, ImpactStudy study) {
        if (!study.tenantId().equals(tenant)) {
            throw new IllegalArgumentException(
                    "an impact study of tenant " + study.tenantId() + " saved for tenant " + tenant);
        }
        ImpactStudyDocument stored =
                ImpactStudyDocument.from(study, study.version().next(), mapper);
        scope(tenant).storeNextVersion(study.version(), stored, UniqueKeyConflicts.none());
        return stored.toDomain(mapper);
    }

    private TenantScope<ImpactStudyDocument> scope(TenantId tenant) {
        return mongo.of(tenant, ImpactStudyDocument.class);
    }
}
